/**
 * The "How hard was today?" poll after a cohort's daily post (a message of its own): its answers in the order they are
 * posted (the platform numbers them 1, 2, ... in that order) and how long it stays open.
 */
export const DAY_POLL_ANSWERS = ['easy', 'about-right', 'hard', 'too-long'] as const;

/** One answer of the day's poll. */
export type DayPollAnswer = (typeof DAY_POLL_ANSWERS)[number];

/** Hours the poll stays open: one day, so it closes before the next day's post. */
export const DAY_POLL_HOURS = 24;

/** Votes per answer, in the order of {@link DAY_POLL_ANSWERS}. */
export type DayPollCounts = readonly number[];

/** What the platform says of a day's poll now. */
export type DayPollResults =
  /** `final`: the poll ended and its votes are counted precisely; else it is still open. */
  | { readonly kind: 'counted'; readonly counts: DayPollCounts; readonly final: boolean }
  /** The message carries no poll. */
  | { readonly kind: 'no-poll' }
  /** The post could not be read now (deleted, no access, the platform did not answer). */
  | { readonly kind: 'unreadable'; readonly reason: 'gone' | 'forbidden' | 'failed' };

/** Total votes of a counted poll. */
export const totalVotes = (counts: DayPollCounts): number => counts.reduce((sum, n) => sum + n, 0);

/** The votes for one answer. */
export const votesFor = (counts: DayPollCounts, answer: DayPollAnswer): number =>
  counts[DAY_POLL_ANSWERS.indexOf(answer)] ?? 0;
