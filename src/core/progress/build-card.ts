import { asJourney, cycleOfDay } from '../curriculum/journey.js';
import { sectionLabel } from '../curriculum/plan-lookup.js';
import type { Plan } from '../curriculum/plan.js';
import { recentWeeks } from '../learner/date-states.js';
import type { Learner } from '../learner/learner.js';
import { isPausedOn, openPause } from '../learner/pauses.js';
import { completedDays, currentDay, daysBehind } from '../learner/progress.js';
import { streakOf } from '../learner/streak.js';
import { localDateOf } from '../time/local-date.js';
import type { DayState, ProgressCard } from './card-model.js';
import type { PostsWritten } from './posts-written.js';
import { sectionColor } from './section-palette.js';

/** How many weeks of the learner's own dates the card shows. */
export const RECENT_WEEKS = 4;

/**
 * How each plan day stands for the learner on `now`, by day number: `done` when completed;
 * the current day `today` (`paused` while they are paused, `upcoming` before their calendar
 * starts); everything else `upcoming`. Missed and frozen are facts about dates, shown on
 * the learner's own dates ({@link recentWeeks}), so no plan day is ever missed or frozen.
 */
export function dayStates(plan: Plan, learner: Learner, now: Date): ReadonlyMap<number, DayState> {
  const done = completedDays(learner);
  const states = new Map<number, DayState>(
    plan.days.map((d) => [d.day, done.has(d.day) ? 'done' : 'upcoming']),
  );
  const current = currentDay(plan, learner);
  if (current === null) return states;
  const today = localDateOf(now, learner.timezone);
  if (isPausedOn(learner.pauses, today)) states.set(current, 'paused');
  else if (today >= learner.startDate) states.set(current, 'today');
  return states;
}

// A journey's card draws the learner's cycle (the last once all is done): ten cycles of cells would not fit.
function shownCycle(plan: Plan, current: number | null) {
  const journey = asJourney(plan);
  const place = cycleOfDay(journey, current ?? journey.days[journey.days.length - 1]?.day ?? 0);
  if (place === undefined || place.count === 1) return { planTitle: plan.title, shows: () => true };
  const { cycle } = place;
  return {
    planTitle: `Cycle ${place.index + 1} of ${place.count} · ${cycle.plan.title}`,
    shows: (day: number) => day >= cycle.firstDay && day <= cycle.lastDay,
  };
}

/** "Days 59-60" or "Day 60": the short name of a section without a module number. */
function dayRangeLabel(days: readonly number[]): string {
  const first = days[0] ?? 0;
  const last = days[days.length - 1] ?? first;
  return first === last ? `Day ${first}` : `Days ${first}-${last}`;
}

/** Everything the progress card shows for this learner on `now`. */
export function buildProgressCard(
  plan: Plan,
  learner: Learner,
  now: Date,
  posts: PostsWritten,
): ProgressCard {
  const states = dayStates(plan, learner, now);
  const streak = streakOf(learner, now);
  const colorOfDay = new Map(
    plan.sections.flatMap((section, index) => section.days.map((day) => [day, sectionColor(index)] as const)),
  );
  const current = currentDay(plan, learner);
  const cycle = shownCycle(plan, current);
  const planned = (kind: 'linkedin' | 'blog') => plan.days.filter((d) => d.post?.kind === kind).length;
  return {
    learnerName: learner.displayName,
    planTitle: cycle.planTitle,
    sections: plan.sections
      .map((section, index) => ({
        title: section.title,
        label: section.number === null ? dayRangeLabel(section.days) : sectionLabel(section),
        color: sectionColor(index),
        days: section.days.map((day) => ({ day, state: states.get(day) ?? 'upcoming' })),
      }))
      .filter((section) => section.days.some(({ day }) => cycle.shows(day))),
    streak: { current: streak.current, longest: streak.longest },
    freezesBanked: streak.freezesBanked,
    checkpointsDone: learner.completions.length,
    totalDays: plan.days.length,
    posts: {
      linkedin: { written: posts.linkedin, planned: planned('linkedin') },
      blog: { written: posts.blog, planned: planned('blog') },
    },
    daysBehind: daysBehind(plan, learner, now),
    recentWeeks: recentWeeks(plan, learner, now, RECENT_WEEKS).map((week) =>
      week.map(({ date, state, day }) => ({
        date,
        state,
        color: day === null ? null : (colorOfDay.get(day) ?? null),
      })),
    ),
    status: current === null ? 'complete' : openPause(learner) ? 'paused' : 'on-calendar',
    currentDay: current !== null && states.get(current) === 'today' ? current : null,
  };
}
