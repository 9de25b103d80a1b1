import type { APIMessage, RESTAPIPoll } from 'discord.js';
import { DAY_POLL_ANSWERS, DAY_POLL_HOURS, type DayPollResults } from '../../../core/progress/day-poll.js';
import { DAY_POLL_ANSWER_TEXT, DAY_POLL_QUESTION } from '../../../presenters/text/day-poll-text.js';

/** The "How hard was today?" poll as Discord's poll create request: one answer each, open a day. */
export function dayPollBody(): RESTAPIPoll {
  return {
    question: { text: DAY_POLL_QUESTION },
    answers: DAY_POLL_ANSWERS.map((answer) => ({ poll_media: { text: DAY_POLL_ANSWER_TEXT[answer] } })),
    duration: DAY_POLL_HOURS,
    allow_multiselect: false,
  };
}

/**
 * The day poll's counts from a message as Discord returns it. Discord numbers answers from 1
 * in the order they were sent and leaves answers without votes out of `answer_counts`; a
 * message read without `results` has counts Discord did not fetch: unknown, not zero.
 */
export function dayPollResultsOf(message: APIMessage): DayPollResults {
  const { poll } = message;
  if (poll === undefined) return { kind: 'no-poll' };
  if (poll.results === undefined) return { kind: 'unreadable', reason: 'failed' };
  const counts = DAY_POLL_ANSWERS.map((_answer, index) => {
    const answerId = poll.answers[index]?.answer_id ?? index + 1;
    return poll.results?.answer_counts.find((count) => count.id === answerId)?.count ?? 0;
  });
  return { kind: 'counted', counts, final: poll.results.is_finalized };
}
