import type { Day } from '../curriculum/plan.js';
import { countCodeLines, isBareCode, ownLines } from './code-lines.js';
import { postProse, postThreshold, readsAsPost } from './post-voice.js';

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
  const size = postProse(answer, context.day, context.learnerText);
  if (size >= threshold.min) return { kind: 'post', size, unit: threshold.unit };
  return null;
}

// A line that opens or closes a code block, or may be about to (its end has not arrived).
const FENCE_LINE = /^\s{0,3}(?:`{3,}|~{3,})/;
const MAYBE_FENCE = /^\s{0,3}[`~]{1,2}$/;

/**
 * How much of an answer still being written may be shown now: everything up to a code block
 * that has not closed yet, fenced or not (a block shows whole, once its size is known), or
 * `null` once the text so far hands over the day's work or reads as a post (nothing more is
 * shown while it streams; the guard decides on the whole answer).
 */
export function showableLength(partial: string, context: GuardContext): number | null {
  if (findLeak(partial, context) !== null || readsAsPost(partial, context.day, context.learnerText))
    return null;
  let open: number | null = null;
  let bareRun: number | null = null;
  let start = 0;
  const lines = partial.split('\n');
  for (const [index, line] of lines.entries()) {
    // The last line may still be arriving: it can open a block, but not yet end a run of code.
    const complete = index < lines.length - 1;
    if (FENCE_LINE.test(line)) open = open === null ? start : null;
    else if (open === null && complete && line.trim() !== '') {
      bareRun = isBareCode(line) ? (bareRun ?? start) : null;
    }
    start += line.length + 1;
  }
  if (open !== null) return open;
  if (bareRun !== null) return bareRun;
  const lastLine = partial.slice(partial.lastIndexOf('\n') + 1);
  return MAYBE_FENCE.test(lastLine) ? partial.length - lastLine.length : partial.length;
}
