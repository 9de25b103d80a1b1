import type { AskOutcome } from '../../../app/coaching/outcomes.js';
import {
  questionsLeft,
  renderAskOutcome,
  renderGuarded,
  type WhenFormat,
} from '../../../presenters/text/coaching-text.js';
import { discordTimestamp } from './timestamps.js';

/** "in 5 hours", in each reader's own clock. */
export const discordWhen: WhenFormat = (at) => discordTimestamp(at, 'R');

/** Discord's small print (a subtext line). */
export const smallPrint = (text: string): string => `-# ${text}`;

/**
 * The finished reply to a question: the answer with the questions left in small print, or
 * why there is none, after whatever had already streamed in. A replaced answer (it handed over
 * the day's work) takes the place of what streamed, which is never shown again.
 */
export function askReplyText(outcome: AskOutcome, streamed: string): string {
  if (outcome.kind === 'answered') {
    return `${outcome.text.trim()}\n\n${smallPrint(questionsLeft(outcome.remaining))}`;
  }
  if (outcome.kind === 'rewritten' || outcome.kind === 'hints-only') {
    return `${renderGuarded(outcome)}\n\n${smallPrint(questionsLeft(outcome.remaining))}`;
  }
  const why = renderAskOutcome(outcome, discordWhen);
  return streamed.trim() === '' ? why : `${streamed.trim()}\n\n${why}`;
}
