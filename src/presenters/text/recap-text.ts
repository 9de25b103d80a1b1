import type { RecapsOutcome } from '../../app/servers/outcomes.js';
import type { Journey } from '../../core/curriculum/journey.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { StreakWarning } from '../../app/delivery/streak-warning.js';
import { sanitizeLine, truncate } from '../../core/progress/card-text-safety.js';
import type { CycleEnd } from '../../core/progress/cycle-end.js';
import type { SectionRecap } from '../../core/progress/section-recap.js';
import { dayHeading } from './day-text.js';

const MAX_NAMES = 40;

// Names are user text posted to a channel: one line each, and no @ that could read as a mention.
const safeName = (name: string): string =>
  truncate(sanitizeLine(name).replace(/@/g, '@\u200b'), 32) || 'Learner';

/** The section recap post: who finished the project day, streak highlights, what comes next. */
export function renderSectionRecap(recap: SectionRecap): string {
  const heading = recap.label === recap.title ? recap.title : `${recap.label} · ${recap.title}`;
  const names = recap.finishers.slice(0, MAX_NAMES).map(safeName);
  const more = recap.finishers.length - names.length;
  const finished =
    names.length === 0
      ? `No one has posted the Day ${recap.projectDay} project yet; there's still time, and /done counts it whenever you finish.`
      : `Finished the Day ${recap.projectDay} project: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
  const lines = [`${heading} is complete.`, finished];
  if (recap.streaks.length > 0) {
    lines.push(`Streaks: ${recap.streaks.map((s) => `${safeName(s.name)} ${s.days} days`).join(' · ')}.`);
  }
  if (recap.nextDay !== null) lines.push(`Next up: Day ${recap.nextDay.day} · ${recap.nextDay.title}.`);
  return lines.join('\n');
}

/** The streak warning DM: how long is left, and the one thing to do. */
export function renderStreakWarning(warning: StreakWarning): string {
  const hours = Math.floor(warning.hoursLeft);
  const left = hours >= 1 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : 'less than an hour';
  const freeze = warning.freezeWillCover ? ' A banked freeze would cover today, but you can keep it.' : '';
  const task =
    warning.day === null ? '' : ` Today's task is ${dayHeading(warning.day.day)}: /today shows it.`;
  return `Your ${warning.streak}-day streak ends in ${left}.${task}${freeze}`;
}

/** `/coach recaps on|off`. */
export function renderRecaps(outcome: RecapsOutcome): string {
  switch (outcome.kind) {
    case 'recaps-set':
      return outcome.on
        ? 'Section recaps are on: when the cohort finishes a section, I post who finished its project and the longest streaks (never anyone who opted out).'
        : 'Section recaps are off. /coach recaps state:on turns them back on.';
    case 'not-set-up':
      return "This server isn't set up yet. Run /coach setup first; recaps are on by default.";
    case 'busy':
      return 'The coach settings are being changed elsewhere right now. Try again in a moment.';
  }
}

/** The one post the day after the plan's last day. */
export function renderCycleComplete(plan: Plan | Journey): string {
  if ('cycles' in plan && plan.cycles.length > 1) {
    return `That's the whole journey: all ${plan.days.length} days of its ${plan.cycles.length} cycles are done. Well played, everyone. /progress shows how far you got.`;
  }
  return `That's the whole cycle: all ${plan.days.length} days of ${plan.title} are done. Well played, everyone. /progress shows how far you got.`;
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const MAX_GOALS = 6;
const MAX_CHECKLISTS = 6;

/**
 * The end-of-cycle message that opens the next cycle's first post: what the finished cycle's
 * assessment asked for, how the cohort did, and the next cycle's goals. Plan text is cut to
 * stay well inside a 2,000-character message.
 */
export function renderCycleEnd(end: CycleEnd): string {
  const { finished, cohort, next } = end;
  const lines = [`Cycle ${finished.number} of ${end.count} is complete: ${truncate(finished.title, 150)}.`];
  if (finished.asked.length > 0) {
    const asked = finished.asked
      .slice(0, MAX_CHECKLISTS)
      .map((list) => `${truncate(list.heading, 60)} (${count(list.items, 'item')})`);
    const more = finished.asked.length - asked.length;
    const rest = more > 0 ? ` and ${count(more, 'more checklist')}` : '';
    lines.push(
      `Its assessment asked for: ${asked.join(', ')}${rest}. /assessment cycle:${finished.number} ticks yours.`,
    );
  }
  if (finished.successCriteria !== '')
    lines.push(`Success criteria: ${truncate(finished.successCriteria, 300)}`);
  lines.push(
    cohort.learners === 0
      ? 'How the cohort did: no one here has completed a day of it yet.'
      : `How the cohort did: ${cohort.finishedAll} of ${count(cohort.learners, 'learner')} did all ${finished.days} days; ${cohort.daysDone} of ${cohort.learners * finished.days} days done together.`,
  );
  lines.push(
    `Next: cycle ${next.number} of ${end.count}, ${truncate(next.title, 150)}, from Day ${next.firstDay} below.`,
  );
  const goals = next.goals.slice(0, MAX_GOALS).map((goal) => `- ${truncate(goal, 80)}`);
  if (goals.length > 0) lines.push('Its goals:', ...goals);
  return lines.join('\n');
}
