import type { DayPollAnswer } from '../../core/progress/day-poll.js';

/** The day poll's question, as the cohort sees it under the daily post (Discord: up to 300 characters). */
export const DAY_POLL_QUESTION = 'How hard was today?';

/** Each answer as the cohort votes on it (Discord: up to 55 characters each). */
export const DAY_POLL_ANSWER_TEXT: Readonly<Record<DayPollAnswer, string>> = {
  easy: 'Easy',
  'about-right': 'About right',
  hard: 'Hard',
  'too-long': "Too long / didn't finish",
};

/** Each answer in the admin's report, short enough for one line per day. */
export const DAY_POLL_ANSWER_LABEL: Readonly<Record<DayPollAnswer, string>> = {
  easy: 'Easy',
  'about-right': 'About right',
  hard: 'Hard',
  'too-long': 'Too long',
};
