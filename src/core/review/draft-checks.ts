import type { Day, Post } from '../curriculum/plan.js';
import { findLinks } from './draft-links.js';
import { deriveKeyTerms, mentionsTerm } from './key-terms.js';
import { countCharacters, countWords, POST_MINIMUM } from './post-length.js';

/** What a deterministic check looked at. */
export type DraftCheckId = 'length' | 'word-count' | 'key-terms' | 'hashtags' | 'links';

/** One deterministic check of a draft, with a one-line message for the learner. */
export interface DraftCheck {
  readonly id: DraftCheckId;
  readonly status: 'pass' | 'warn';
  readonly message: string;
}

// LinkedIn cuts a post at 3,000 characters; under the floor a post does not count (post-length.ts).
const LINKEDIN_MAX_CHARS = 3000;
export const LINKEDIN_MIN_CHARS = POST_MINIMUM.linkedin.min;
// A technical blog post needs ~600 words to show one idea with code and explanation; past
// ~2,500 (a 10-minute read) readers drop off, and a learner on 30 minutes a day can't polish it.
// Under the floor (300 words) it does not count as a post at all.
export const BLOG_MIN_WORDS = 600;
const BLOG_MAX_WORDS = 2500;
const BLOG_FLOOR_WORDS = POST_MINIMUM.blog.min;
const HASHTAGS = { min: 3, max: 5 };

/** Checks a draft without a model: length, key terms, hashtags (LinkedIn) and links. */
export function checkDraft(day: Day, kind: Post['kind'], draft: string): DraftCheck[] {
  return [
    kind === 'linkedin' ? checkLength(draft) : checkWordCount(draft),
    checkKeyTerms(day, draft),
    ...(kind === 'linkedin' ? [checkHashtags(draft)] : []),
    checkLinks(draft),
  ];
}

function checkLength(draft: string): DraftCheck {
  const chars = countCharacters(draft);
  const counted = `${fmt(chars)} of ${fmt(LINKEDIN_MAX_CHARS)} characters`;
  if (chars > LINKEDIN_MAX_CHARS) {
    return warn('length', `${counted}: cut ${fmt(chars - LINKEDIN_MAX_CHARS)} to fit LinkedIn's limit.`);
  }
  if (chars < LINKEDIN_MIN_CHARS) {
    return warn(
      'length',
      `${counted}: too short to count as a post (${fmt(LINKEDIN_MIN_CHARS)} at least); add an example or a takeaway.`,
    );
  }
  return pass('length', `${counted}.`);
}

function checkWordCount(draft: string): DraftCheck {
  const words = countWords(draft);
  const range = `${fmt(BLOG_MIN_WORDS)}-${fmt(BLOG_MAX_WORDS)}`;
  if (words < BLOG_FLOOR_WORDS) {
    return warn(
      'word-count',
      `${fmt(words)} words: too short to count as a blog post (${fmt(BLOG_FLOOR_WORDS)} at least; aim for ${range}).`,
    );
  }
  if (words < BLOG_MIN_WORDS)
    return warn('word-count', `${fmt(words)} words: short for a blog post (aim for ${range}).`);
  if (words > BLOG_MAX_WORDS)
    return warn('word-count', `${fmt(words)} words: long for a blog post (aim for ${range}).`);
  return pass('word-count', `${fmt(words)} words, within ${range}.`);
}

function checkKeyTerms(day: Day, draft: string): DraftCheck {
  const terms = deriveKeyTerms(day);
  if (terms.length === 0) return pass('key-terms', `No key terms to look for on Day ${day.day}.`);
  const missing = terms.filter((term) => !mentionsTerm(draft, term.term));
  const present = terms.length - missing.length;
  const names = missing.map((term) => term.term).join(', ');
  if (missing.length === 0)
    return pass('key-terms', `Mentions all ${terms.length} key terms of Day ${day.day}.`);
  const titleTerms = terms.filter((term) => term.fromTitle);
  const titleCovered = titleTerms.length === 0 || titleTerms.some((term) => !missing.includes(term));
  const counted = `Mentions ${present} of ${terms.length} key terms`;
  if (present * 2 >= terms.length && titleCovered)
    return pass('key-terms', `${counted}; could add: ${names}.`);
  return warn('key-terms', `${counted} of Day ${day.day}; missing: ${names}.`);
}

function checkHashtags(draft: string): DraftCheck {
  const tags = draft.match(/(?<![\w#/&])#[A-Za-z][\w]*/g) ?? [];
  const range = `${HASHTAGS.min}-${HASHTAGS.max}`;
  const counted = `${tags.length} ${tags.length === 1 ? 'hashtag' : 'hashtags'}`;
  if (tags.length < HASHTAGS.min) return warn('hashtags', `${counted}: add a few (${range} suggested).`);
  if (tags.length > HASHTAGS.max) return warn('hashtags', `${counted}: keep the best ${range}.`);
  return pass('hashtags', `${counted}.`);
}

function checkLinks(draft: string): DraftCheck {
  const links = findLinks(draft);
  const bad = links.filter((link) => link.problem !== null);
  if (bad.length > 0) return warn('links', bad.map((link) => `${link.url} ${link.problem}`).join('; ') + '.');
  if (links.length === 0) return pass('links', 'No links.');
  return pass(
    'links',
    links.length === 1 ? '1 link, well-formed.' : `${links.length} links, all well-formed.`,
  );
}

function pass(id: DraftCheckId, message: string): DraftCheck {
  return { id, status: 'pass', message };
}

function warn(id: DraftCheckId, message: string): DraftCheck {
  return { id, status: 'warn', message };
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
