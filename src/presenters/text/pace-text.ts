import type { LearnerPauseOutcome, LearnerResumeOutcome, ShiftOutcome } from '../../app/study/pace.js';
import { dayHeading } from './day-text.js';
import { renderStoreTrouble } from './study-text.js';
import { plural } from './plural.js';

/** `/shift`: the new calendar, or why there was nothing to shift. */
export function renderShift(outcome: ShiftOutcome): string {
  switch (outcome.kind) {
    case 'shifted':
      return `Your calendar starts again today with ${dayHeading(outcome.day.day)}. You were ${plural(outcome.wasBehind, 'day')} behind; now you're on pace. Your done days and streak stay as they were.`;
    case 'nothing-done':
      return "There's nothing to shift yet: /shift restarts your calendar from your current day once you've done one. /today shows where to begin.";
    case 'not-behind':
      return outcome.behind < 0
        ? `You're ${plural(-outcome.behind, 'day')} ahead of your calendar, so there's nothing to shift.`
        : "You're on pace, so there's nothing to shift.";
    case 'finished':
      return "You've finished every day of the plan, so there's nothing to shift.";
    default:
      return renderStoreTrouble(outcome);
  }
}

/** `/pause` for the learner's own calendar. */
export function renderLearnerPause(outcome: LearnerPauseOutcome): string {
  switch (outcome.kind) {
    case 'paused':
      return `Paused from ${outcome.since}. Paused days don't count as behind and don't break your streak. /resume when you're back.`;
    case 'already-paused':
      return `You're already paused (since ${outcome.since}). /resume picks up where you left off.`;
    default:
      return renderStoreTrouble(outcome);
  }
}

/** `/resume`: welcome back with the next step, or why there was nothing to resume. */
export function renderLearnerResume(outcome: LearnerResumeOutcome): string {
  switch (outcome.kind) {
    case 'resumed': {
      const counted =
        outcome.pausedDays === 0
          ? 'Nothing was paused long enough to count.'
          : `${plural(outcome.pausedDays, 'paused day')} didn't count against you.`;
      const next = outcome.standing.current;
      const today = next === null ? '' : ` Today: ${dayHeading(next.day)} (/today).`;
      return `Welcome back. ${counted}${today}`;
    }
    case 'not-paused':
      return "You're not paused, so there's nothing to resume. /pause stops your calendar when you need a break.";
    default:
      return renderStoreTrouble(outcome);
  }
}
