import type { AskOutcome } from '../../../app/coaching/outcomes.js';
import {
  questionsLeft,
  renderAskOutcome,
  renderGuarded,
  type WhenFormat,
} from '../../../presenters/text/coaching-text.js';
import { MESSAGE_CONTENT_LIMIT, splitMessage } from './split-message.js';
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

/** Ends every part of a reply split over several messages but the last, so the reader looks below. */
export const CONTINUED_MARK = smallPrint('continued below');

/** A reply as the messages that carry it: one when it fits, else parts that each say it continues. */
export function replyParts(text: string): string[] {
  if (text.length <= MESSAGE_CONTENT_LIMIT) return [text];
  const parts = splitMessage(text, MESSAGE_CONTENT_LIMIT - CONTINUED_MARK.length - 1);
  return parts.map((part, index) => (index < parts.length - 1 ? `${part}\n${CONTINUED_MARK}` : part));
}
