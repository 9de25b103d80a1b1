import type { Day } from '../../core/curriculum/plan.js';
import { describeModelFailure } from './model-failure-text.js';
import type { AiFailed, AskOutcome, QuotaSpent } from '../../app/coaching/outcomes.js';
import type { UsageReport, UsageTotals } from '../../app/coaching/usage.js';
import { activityLabel, labelledText, resourceText } from '../../core/curriculum/day-parts.js';
import { dayHeading, proveItLine } from './day-text.js';
import { renderStoreTrouble } from './study-text.js';
import { plural } from './plural.js';

/** How a front end writes a moment in time: Discord timestamps, or plain UTC in the console. */
export type WhenFormat = (at: Date) => string;

/** `at 00:00 UTC`: the console's way of naming when the quota comes back. */
export const plainUtc: WhenFormat = (at) => `at ${at.toISOString().slice(11, 16)} UTC`;

const number = (n: number): string => n.toLocaleString('en-US');

/** The small print after an answer: "4 questions left today". */
export const questionsLeft = (remaining: number): string => `${plural(remaining, 'question')} left today`;

/** The small print after a review or proof feedback, which use the same daily budget. */
export const aiAnswersLeft = (remaining: number): string => `${plural(remaining, 'AI answer')} left today`;

/** The daily budget is used up: nothing was sent, and when it comes back. */
export function renderQuotaSpent(spent: QuotaSpent, when: WhenFormat = plainUtc): string {
  return `You've used all ${plural(spent.limit, 'AI answer')} for today. More ${when(spent.resetsAt)}; /today and the day's resources are there meanwhile.`;
}

/** A model failure in one line; the failed call was not counted. */
export function renderAiFailed(failed: AiFailed): string {
  return `${describeModelFailure(failed.reason, failed.retryAfterSeconds)} (Not counted: ${questionsLeft(failed.remaining)}.)`;
}

/**
 * Every ask outcome but a streamed answer's text: the answer itself is shown as it arrives,
 * so `answered` renders only its small print. Use {@link renderAnswer} for the whole of it.
 */
export function renderAskOutcome(outcome: AskOutcome, when: WhenFormat = plainUtc): string {
  switch (outcome.kind) {
    case 'answered':
      return questionsLeft(outcome.remaining);
    case 'rewritten':
    case 'hints-only':
      return `${renderGuarded(outcome)}\n\n${questionsLeft(outcome.remaining)}`;
    case 'offline':
      return renderOfflineAnswer(outcome);
    case 'quota-spent':
      return renderQuotaSpent(outcome, when);
    case 'failed':
      return renderAiFailed(outcome);
    case 'question-missing':
      return 'Ask a question about your day, like: /ask What does lazy evaluation buy me?';
    case 'question-too-long':
      return `That question is ${number(outcome.length)} characters; keep it under ${number(outcome.max)} (ask about one thing at a time).`;
    default:
      return renderStoreTrouble(outcome);
  }
}

/** A whole answer with its small print, for front ends that do not stream. */
export function renderAnswer(outcome: AskOutcome, when: WhenFormat = plainUtc): string {
  if (outcome.kind !== 'answered') return renderAskOutcome(outcome, when);
  return `${outcome.text.trim()}\n\n${questionsLeft(outcome.remaining)}`;
}

type GuardedOutcome = Extract<AskOutcome, { kind: 'rewritten' | 'hints-only' }>;

/** Why the answer changed: the coach gives steps, never the finished work. */
export function guardNotice(leak: GuardedOutcome['leak']): string {
  const work = leak === 'post' ? 'your post' : 'the finished checkpoint';
  return `The coach gives you steps, not ${work}: this answer was replaced by hints, so the work stays yours.`;
}

/**
 * A replaced answer, whole: the notice, then the rewritten hints or the day's own steps with
 * its resources and what proves it. Shown in place of what streamed in, never after it.
 */
export function renderGuarded(outcome: GuardedOutcome): string {
  const notice = guardNotice(outcome.leak);
  if (outcome.kind === 'rewritten') return `${notice}\n\n${outcome.text.trim()}`;
  const { day } = outcome.day;
  const lines = [notice, '', `Steps from the plan for ${dayHeading(day)}:`];
  lines.push(...outcome.hints.map((hint, index) => `${index + 1}. ${hint}`));
  if (day.resources.length > 0) {
    lines.push('Resources:', ...day.resources.map((resource) => `- ${resourceText(resource)}`));
  }
  lines.push(proveItLine(day), 'Try the first step, then ask me about the part that stops you.');
  return lines.join('\n');
}

type OfflineOutcome = Extract<AskOutcome, { kind: 'offline' }>;

/**
 * The plan's own words for a question: the learner's day first when it is about the question
 * (or nothing else is), then each other day that is, named so the learner can open it with /day.
 */
function renderOfflineAnswer(outcome: OfflineOutcome): string {
  const { day } = outcome.day;
  const ownFirst = outcome.material.length > 0 || outcome.related.length === 0;
  const [firstOther] = outcome.related;
  const lines =
    ownFirst || firstOther === undefined
      ? [`AI answers are off here, so this comes straight from the plan for ${dayHeading(day)}.`]
      : [
          `AI answers are off here, so this comes straight from the plan: ${dayHeading(firstOther.place.day)} covers this.`,
        ];
  if (ownFirst) lines.push(...daySection(day, outcome.material));
  for (const [index, other] of outcome.related.entries()) {
    if (ownFirst || index > 0) lines.push('', `${dayHeading(other.place.day)} covers this:`);
    lines.push(...daySection(other.place.day, other.material), `Open it with /day ${other.place.day.day}.`);
  }
  if (!ownFirst) lines.push('', `Your day is ${dayHeading(day)}.`);
  lines.push(proveItLine(day));
  return lines.join('\n');
}

/** One day's objective, the lines that match the question (its work when none does) and its resources. */
function daySection(day: Day, material: readonly string[]): string[] {
  const lines: string[] = [];
  if (day.objective !== null) lines.push(labelledText('Objective', day.objective));
  if (material.length > 0) {
    lines.push('What the day says about it:', ...material.map((line) => `- ${line}`));
  } else {
    lines.push(...day.activities.map((activity) => labelledText(activityLabel(activity), activity.text)));
  }
  if (day.resources.length > 0) {
    lines.push('Resources:', ...day.resources.map((resource) => `- ${resourceText(resource)}`));
  }
  return lines;
}

/** Calls and tokens in one line: `1 call · 1,234 input tokens · 56 output · ...`. */
export function renderTotals(totals: UsageTotals): string {
  return [
    plural(totals.calls, 'call'),
    `${number(totals.input)} input tokens`,
    `${number(totals.output)} output`,
    `${number(totals.cacheRead)} cache read`,
    `${number(totals.cacheWrite)} cache write`,
  ].join(' · ');
}

/** `/coach usage`: the server's model calls and tokens today and since the start. */
export function renderUsage(report: UsageReport): string {
  return [
    'AI coach usage in this server',
    `Today (${report.date}, UTC): ${renderTotals(report.today)}`,
    `Since the start: ${renderTotals(report.total)}`,
  ].join('\n');
}
