import type { ModelFailureReason } from '../../app/ports.js';

const TEXT: Readonly<Record<ModelFailureReason, string>> = {
  'rate-limited': 'The coach is busy right now (rate limited); try again in a minute.',
  overloaded: 'The AI service is overloaded right now; try again in a few minutes.',
  'timed-out': 'The coach took too long to answer; try again, or ask a shorter question.',
  'not-configured': "The AI coach isn't set up here yet; ask an admin to add an API key.",
  'bad-output': "The coach's answer came back garbled; try again.",
  unavailable: "The coach can't be reached right now; try again later.",
};

/**
 * One line telling the learner what happened and what to do next, without codes.
 * With `retryAfterSeconds` (rate limits) the wait is named instead of "a minute".
 */
export function describeModelFailure(reason: ModelFailureReason, retryAfterSeconds?: number): string {
  if (reason === 'rate-limited' && retryAfterSeconds !== undefined && retryAfterSeconds > 0) {
    return `The coach is busy right now (rate limited); try again in ${formatWait(retryAfterSeconds)}.`;
  }
  return TEXT[reason];
}

function formatWait(seconds: number): string {
  if (seconds <= 1) return 'a second';
  if (seconds < 60) return `${Math.ceil(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}
