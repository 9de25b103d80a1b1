import type { SnoozeOutcome } from '../../app/delivery/snooze.js';
import { plainUtc, type WhenFormat } from './coaching-text.js';

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
