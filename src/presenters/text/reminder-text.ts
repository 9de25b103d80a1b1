import type { SnoozeOutcome } from '../../app/delivery/snooze.js';
import type { ReminderLine } from '../../app/ports.js';
import type { WeeklyDigest } from '../../core/progress/weekly-digest.js';
import { plainUtc, type WhenFormat } from './coaching-text.js';
import { dayHeading } from './day-text.js';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The line a DM reminder opens with: `Day 34 of 60 · 5-day streak · 3 recall cards due (/recall)`.
 * No streak and no cards due say nothing rather than a zero.
 */
export function renderReminderLine(line: ReminderLine): string {
  return [
    `Day ${line.day} of ${line.lastDay}`,
    ...(line.streak > 0 ? [`${line.streak}-day streak`] : []),
    ...(line.cardsDue > 0 ? [`${plural(line.cardsDue, 'recall card')} due (/recall)`] : []),
  ].join(' · ');
}

/** The weekly digest DM: the week in one line each, then what is next. */
export function renderWeeklyDigest(digest: WeeklyDigest): string {
  const next =
    digest.next === null
      ? 'Next: the plan is done. /progress shows your whole cycle.'
      : `Next: ${dayHeading(digest.next.day)} (/today).`;
  return [
    'Your week with the coach:',
    `Days done: ${digest.daysDone}`,
    `Streak: ${plural(digest.streak, 'day')}`,
    `Cards recalled: ${digest.cardsRecalled}`,
    next,
    '-# /digest off stops these.',
  ].join('\n');
}

/** The answer to "Remind me in 2 hours". */
export function renderSnooze(outcome: SnoozeOutcome, when: WhenFormat = plainUtc): string {
  switch (outcome.kind) {
    case 'snoozed':
      return `I'll remind you again ${when(outcome.at)}.`;
    case 'already-snoozed':
      return "You've already asked for one more reminder today; it comes as promised.";
    case 'skipped-today':
      return "You skipped today, so I'll stay quiet until tomorrow.";
    case 'reminders-off':
      return 'Your daily reminder is off, so there is nothing to repeat. /settings reminder turns it on.';
    case 'day-over':
      return "That reminder's day is over; today's reminder comes at your usual time.";
  }
}

/** The answer to "Skip today". */
export const SKIPPED_TODAY =
  'Skipped: no more reminders or streak warnings today. See you tomorrow; /today is there if you change your mind.';

/** The answer to `/digest on|off`. */
export function renderDigestSet(on: boolean): string {
  return on
    ? 'Weekly digest on: a DM on Mondays at your reminder time (set one with /settings reminder) with your week, only in weeks with something in them. /digest off stops it.'
    : 'Weekly digest off.';
}
