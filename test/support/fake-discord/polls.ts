import type { Json } from './json.js';
import { max, type Problem } from './validate.js';

/**
 * Discord's poll limits (resources/poll): a question of up to 300 characters, 1 to 10 answers
 * of up to 55 characters, open 1 to 768 hours (32 days), 24 when no duration is given.
 */
export const POLL_LIMITS = {
  question: 300,
  answers: 10,
  answerText: 55,
  minHours: 1,
  maxHours: 768,
  defaultHours: 24,
} as const;

const HOUR_MS = 3_600_000;

const invalid = (path: Problem['path'], message: string): Problem => ({
  path,
  code: 'BASE_TYPE_INVALID',
  message,
});

/** Checks a poll create request object, adding what Discord would refuse to `problems`. */
export function checkPoll(poll: unknown, path: Problem['path'], problems: Problem[]): void {
  if (typeof poll !== 'object' || poll === null) {
    problems.push(invalid(path, 'Must be an object.'));
    return;
  }
  const request = poll as Json;
  const question = (request.question as Json | undefined)?.text;
  if (typeof question !== 'string' || question.length === 0)
    problems.push(invalid([...path, 'question', 'text'], 'This field is required'));
  else if (question.length > POLL_LIMITS.question)
    problems.push(max([...path, 'question', 'text'], POLL_LIMITS.question));
  const answers = Array.isArray(request.answers) ? (request.answers as Json[]) : [];
  if (answers.length === 0) problems.push(invalid([...path, 'answers'], 'This field is required'));
  if (answers.length > POLL_LIMITS.answers) problems.push(max([...path, 'answers'], POLL_LIMITS.answers));
  answers.forEach((answer, index) => {
    const text = (answer.poll_media as Json | undefined)?.text;
    const at = [...path, 'answers', index, 'poll_media', 'text'];
    if (typeof text !== 'string' || text.length === 0) problems.push(invalid(at, 'This field is required'));
    else if (text.length > POLL_LIMITS.answerText) problems.push(max(at, POLL_LIMITS.answerText));
  });
  const { duration } = request;
  if (
    duration !== undefined &&
    (typeof duration !== 'number' ||
      !Number.isInteger(duration) ||
      duration < POLL_LIMITS.minHours ||
      duration > POLL_LIMITS.maxHours)
  )
    problems.push(
      invalid([...path, 'duration'], `Must be between ${POLL_LIMITS.minHours} and ${POLL_LIMITS.maxHours}.`),
    );
  if (request.allow_multiselect !== undefined && typeof request.allow_multiselect !== 'boolean')
    problems.push(invalid([...path, 'allow_multiselect'], 'Must be a boolean.'));
  if (request.layout_type !== undefined && request.layout_type !== 1)
    problems.push(invalid([...path, 'layout_type'], 'Value must be one of {1}.'));
}

/** The poll object of a new message, as Discord returns it: answers numbered from 1, duration become expiry. */
export function pollOf(request: Json, now: number): Json {
  const hours = typeof request.duration === 'number' ? request.duration : POLL_LIMITS.defaultHours;
  return {
    question: { text: (request.question as Json).text },
    answers: (request.answers as Json[]).map((answer, index) => ({
      answer_id: index + 1,
      poll_media: answer.poll_media,
    })),
    expiry: new Date(now + hours * HOUR_MS).toISOString(),
    allow_multiselect: request.allow_multiselect === true,
    layout_type: 1,
    results: { is_finalized: false, answer_counts: [] },
  };
}

/** A vote a test casts as a user. */
export interface PollVote {
  readonly channelId: string;
  readonly messageId: string;
  readonly userId: string;
  /** Answer ids (from 1); an empty list takes the user's vote back. */
  readonly answerIds: readonly number[];
}

/** Who voted for what on each poll, and the results Discord shows from it. */
export class PollBook {
  private readonly votes = new Map<string, Map<string, readonly number[]>>();

  /**
   * Records a user's vote as Discord's client would cast it: refused (thrown, a test's mistake)
   * for an ended poll, an unknown answer, or several answers on a single-answer poll.
   */
  vote(message: Json, vote: PollVote, now: number): void {
    const poll = message.poll as Json | undefined;
    if (poll === undefined) throw new Error(`message ${vote.messageId} has no poll`);
    this.settle(message, now);
    if ((poll.results as Json).is_finalized === true) throw new Error('the poll has ended');
    const ids = (poll.answers as Json[]).map((answer) => answer.answer_id);
    if (vote.answerIds.some((id) => !ids.includes(id))) throw new Error('no such answer');
    if (vote.answerIds.length > 1 && poll.allow_multiselect !== true)
      throw new Error('this poll takes one answer');
    const voters = this.votes.get(vote.messageId) ?? new Map<string, readonly number[]>();
    this.votes.set(vote.messageId, voters);
    if (vote.answerIds.length === 0) voters.delete(vote.userId);
    else voters.set(vote.userId, [...vote.answerIds]);
    this.count(message);
  }

  /** Ends the poll now, as the poll's author can (POST /channels/:c/polls/:m/expire). */
  end(message: Json, now: number): void {
    const poll = message.poll as Json;
    if (Date.parse(String(poll.expiry)) > now) poll.expiry = new Date(now).toISOString();
    this.settle(message, now);
  }

  /** Once its expiry has passed, the poll's results are final. */
  settle(message: Json, now: number): Json {
    const poll = message.poll as Json | undefined;
    if (poll !== undefined && Date.parse(String(poll.expiry)) <= now)
      (poll.results as Json).is_finalized = true;
    return message;
  }

  // Discord lists only answers that have votes.
  private count(message: Json): void {
    const poll = message.poll as Json;
    const counts = new Map<number, number>();
    for (const ids of this.votes.get(String(message.id))?.values() ?? [])
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    (poll.results as Json).answer_counts = [...counts.entries()]
      .sort(([a], [b]) => a - b)
      .map(([id, count]) => ({ id, count, me_voted: false }));
  }
}
