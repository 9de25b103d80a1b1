import type { RecallAnswer, RecallDueLine, RecallNext, RecallRated } from '../../app/recall/outcomes.js';
import type { RecallFeedbackOutcome } from '../../app/recall/recall-feedback.js';
import { activityLabel, labelledText, resourceText } from '../../core/curriculum/day-parts.js';
import type { Day } from '../../core/curriculum/plan.js';
import { recallTermsOf, type RecallCardKind } from '../../core/recall/recall-cards.js';
import {
  aiAnswersLeft,
  plainUtc,
  renderAiFailed,
  renderQuotaSpent,
  type WhenFormat,
} from './coaching-text.js';
import { dayHeading } from './day-text.js';
import { renderStoreTrouble } from './study-text.js';
import { plural } from './plural.js';

/** A field of the day shown with an answer; long nested lists are cut so a card fits one message. */
const FIELD_MAX = 400;

/** `on 2026-03-03 at 09:10 UTC`: a card can come back days later, so the date is named. */
export const plainUtcDay: WhenFormat = (at) =>
  `on ${at.toISOString().slice(0, 10)} at ${at.toISOString().slice(11, 16)} UTC`;

/** The ratings, in the order they are offered. */
export const RATING_WORDS = ['again', 'hard', 'good', 'easy'] as const;

/** "3 cards to recall, about 4 minutes (/recall)": the one line the daily DM and /today add. */
export function renderRecallDueLine(line: RecallDueLine): string {
  return `${plural(line.cards, 'card')} to recall, about ${plural(line.minutes, 'minute')} (/recall).`;
}

/** The card's question, with how many are left today. */
export function renderRecallCard(next: Extract<RecallNext, { kind: 'card' }>): string {
  const left = next.left === 1 ? 'last card for today' : `${next.left} cards left today`;
  return `${next.card.question}\n(${dayHeading(next.place.day)} · ${left})`;
}

/** What /recall says when there is no card to show. */
export function renderRecallNext(next: RecallNext, when: WhenFormat = plainUtcDay): string {
  switch (next.kind) {
    case 'card':
      return renderRecallCard(next);
    case 'no-cards':
      return 'No recall cards yet: each day you complete adds its cards here. /today shows your day.';
    case 'nothing-due': {
      if (next.heldBack > 0) {
        return `That's ${plural(next.reviewedToday, 'card')} today, your daily limit of ${next.dailyCap}. ${plural(next.heldBack, 'more card')} wait for tomorrow.`;
      }
      const later = next.nextDue === null ? '' : ` The next one is due ${when(next.nextDue)}.`;
      return `Nothing to recall right now.${later}`;
    }
    default:
      return renderStoreTrouble(next);
  }
}

/** The day's own material as the answer to a card, the part the card asked about first. */
export function renderRecallAnswer(answer: RecallAnswer): string {
  if (answer.kind === 'no-such-card')
    return "That card isn't in this plan any more. /recall shows your next one.";
  const { day } = answer.place;
  const parts = fieldsOf(day);
  const focus = parts.find((part) => part.kind === answer.card.kind);
  const ordered = focus === undefined ? parts : [focus, ...parts.filter((part) => part !== focus)];
  const resources = day.resources.map(resourceText);
  return [
    `Answer from ${dayHeading(day)}:`,
    ...ordered.map((part) => cut(part.text)),
    ...(resources.length === 0 ? [] : [cut(`Resources: ${resources.join(' · ')}`)]),
    `How well did you recall it? ${RATING_WORDS.join(' | ')}`,
  ].join('\n');
}

/** After a rating: when the card comes back. The next card is rendered on its own. */
export function renderRated(rated: RecallRated, when: WhenFormat = plainUtcDay): string {
  switch (rated.kind) {
    case 'rated':
      return `Rated ${rated.rating}. Day ${rated.card.day}'s card comes back ${when(rated.due)}.`;
    case 'not-due':
      return `That card is already rated for now (or beyond today's limit). /recall shows the next one.`;
    case 'no-such-card':
      return "That card isn't in this plan any more. /recall shows your next one.";
    case 'bad-rating':
      return `Rate it with one word: ${RATING_WORDS.join(', ')}.`;
    default:
      return renderStoreTrouble(rated);
  }
}

/** The coach's feedback on a typed answer, or why there is none (offline: the answer alone is shown). */
export function renderRecallFeedback(
  feedback: RecallFeedbackOutcome,
  when: WhenFormat = plainUtc,
): string | null {
  switch (feedback.kind) {
    case 'ok':
      return `Coach's feedback: ${feedback.value}\n(${aiAnswersLeft(feedback.remaining)})`;
    case 'offline':
    case 'answer-missing':
      return null;
    case 'no-such-card':
      return "That card isn't in this plan any more. /recall shows your next one.";
    case 'answer-too-long':
      return `Your answer is ${feedback.length.toLocaleString('en-US')} characters; feedback takes up to ${feedback.max.toLocaleString('en-US')}. Compare it with the material below.`;
    case 'quota-spent':
      return renderQuotaSpent(feedback, when);
    case 'failed':
      return renderAiFailed(feedback);
  }
}

function fieldsOf(day: Day): { kind: RecallCardKind; text: string }[] {
  const parts: { kind: RecallCardKind; text: string }[] = [];
  if (day.objective !== null)
    parts.push({ kind: 'objective', text: labelledText('Objective', day.objective) });
  if (day.checkpoint !== null)
    parts.push({ kind: 'checkpoint', text: labelledText('Checkpoint', day.checkpoint) });
  if (day.pythonSkill !== null)
    parts.push({ kind: 'python', text: labelledText('Python skill', day.pythonSkill) });
  const terms = recallTermsOf(day);
  if (terms.length > 0) parts.push({ kind: 'terms', text: `Key terms: ${terms.join(', ')}` });
  for (const activity of day.activities) {
    parts.push({ kind: 'task', text: labelledText(activityLabel(activity), activity.text) });
  }
  return parts;
}

function cut(text: string): string {
  return text.length <= FIELD_MAX ? text : `${text.slice(0, FIELD_MAX - 1).trimEnd()}…`;
}
