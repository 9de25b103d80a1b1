import type { Day } from '../curriculum/plan.js';
import { countCodeLines, ownLines } from './code-lines.js';
import { postProse, postThreshold } from './post-voice.js';

/** More code than this in one answer is a finished program, not an example. */
export const MAX_CODE_LINES = 15;
/** A review of the learner's own code may change this many of its lines; more is finishing it for them. */
export const MAX_REVIEW_EDIT_LINES = 5;

/** Why an answer would hand over the day's work: too much code, or a whole post. */
export type Leak =
  | { readonly kind: 'code'; readonly lines: number }
  | { readonly kind: 'post'; readonly size: number; readonly unit: 'chars' | 'words' };

/** What an answer is checked against: the learner's day and everything they wrote in the conversation. */
export interface GuardContext {
  readonly day: Day;
  /** The question and the learner's earlier questions: code they sent is theirs to have reviewed. */
  readonly learnerText: readonly string[];
}

/**
 * The rule-based check every finished answer passes before it stays visible: code blocks of
 * more than {@link MAX_CODE_LINES} lines (unless all but a few are the learner's own, quoted
 * back in a review), or most of a post in a post's voice, is a leak of the day's work. Short
 * examples, explanations and reviews of the learner's own code pass.
 */
export function findLeak(answer: string, context: GuardContext): Leak | null {
  const code = countCodeLines(answer, ownLines(context.learnerText));
  if (code.total > MAX_CODE_LINES && code.total - code.learners > MAX_REVIEW_EDIT_LINES) {
    return { kind: 'code', lines: code.total };
  }
  const threshold = postThreshold(context.day.post?.kind ?? 'linkedin');
  const size = postProse(answer, context.day);
  if (size >= threshold.min) return { kind: 'post', size, unit: threshold.unit };
  return null;
}
