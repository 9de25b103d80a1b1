import type { AtRiskNudge } from '../../core/progress/at-risk-nudge.js';
import type { NudgesOutcome } from '../../app/servers/outcomes.js';
import { dayHeading } from './day-text.js';
import { plural } from './plural.js';

/**
 * The weekly DM to a learner at risk: what is true without judging it, one step for today
 * (the day's work, in the reminder just above), and the way out when life got in the way.
 */
export function renderAtRiskNudge(nudge: AtRiskNudge): string {
  const { reason, day } = nudge;
  const where =
    reason.kind === 'idle'
      ? `It's been ${plural(reason.days, 'day')} since your last study day. That happens, and everything you've done is still here.`
      : `Your calendar has run ${plural(reason.days, 'day')} ahead of you. That happens, and nothing is lost.`;
  const activity = day.day.activities[0];
  const work =
    activity === undefined
      ? 'the work of'
      : activity.minutes === null
        ? `the ${activity.kind} of`
        : `the ${activity.minutes}-minute ${activity.kind} of`;
  const step = `One step for today: ${work} ${dayHeading(day.day)}, right above (/today shows it too).`;
  const out = nudge.canShift
    ? `If life got in the way, /shift starts your calendar again from Day ${day.day.day}, or /pause holds it until you're back.`
    : "If life got in the way, /pause holds your calendar until you're back.";
  return [`Hi, it's your coach. ${where}`, step, out, '-# At most one of these a week.'].join('\n');
}

/** `/coach nudges on|off`. */
export function renderNudges(outcome: NudgesOutcome): string {
  switch (outcome.kind) {
    case 'nudges-set':
      return outcome.on
        ? 'At-risk nudges are on: a learner idle or 3+ days behind gets one friendly DM a week, after their daily reminder (never to anyone who turned reminders off or paused).'
        : 'At-risk nudges are off. /coach nudges state:on turns them on.';
    case 'not-set-up':
      return "This server isn't set up yet. Run /coach setup first; nudges are off by default.";
    case 'busy':
      return 'The coach settings are being changed elsewhere right now. Try again in a moment.';
  }
}
