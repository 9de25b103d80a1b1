import type { Post } from '../curriculum/plan.js';

/**
 * The least a draft needs to count as a post written, from common norms:
 * - LinkedIn: 400 characters. LinkedIn folds a post after about 210 characters ("…see more");
 *   a post of two folds has room for one idea and an example, shorter is a status line.
 * - Blog: 300 words, the floor editors and SEO guides (Yoast's readability check among them)
 *   set for a regular post; the review still aims for 600-2,500 words.
 */
export const POST_MINIMUM: Readonly<Record<Post['kind'], PostMinimum>> = {
  linkedin: { min: 400, unit: 'characters' },
  blog: { min: 300, unit: 'words' },
};

/** A length floor and what it counts. */
export interface PostMinimum {
  readonly min: number;
  readonly unit: 'characters' | 'words';
}

/** A draft measured against its kind's floor: its length in the floor's unit, and whether it counts. */
export interface DraftLength extends PostMinimum {
  readonly length: number;
  readonly counts: boolean;
}

/** Characters as a reader counts them (an emoji is one), ignoring the blank ends. */
export const countCharacters = (draft: string): number => [...draft.trim()].length;

/** Words with at least one letter or digit, so a lone `-` or `#` is not a word. */
export const countWords = (draft: string): number =>
  draft.split(/\s+/).filter((word) => /\w/.test(word)).length;

/** Measures a draft against {@link POST_MINIMUM} for its kind. */
export function measureDraft(kind: Post['kind'], draft: string): DraftLength {
  const floor = POST_MINIMUM[kind];
  const length = floor.unit === 'characters' ? countCharacters(draft) : countWords(draft);
  return { ...floor, length, counts: length >= floor.min };
}
