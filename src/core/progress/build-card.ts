import { asJourney, cycleOfDay } from '../curriculum/journey.js';
import { sectionLabel } from '../curriculum/plan-lookup.js';
import type { Plan } from '../curriculum/plan.js';
import type { Learner, LocalDate } from '../learner/learner.js';
import { isPausedOn } from '../learner/pauses.js';
import { planIndexOf } from '../learner/plan-days.js';
import { completedDays, currentDay, daysBehind } from '../learner/progress.js';
import { streakOf } from '../learner/streak.js';
import { addDays, localDateOf } from '../time/local-date.js';
import type { DayState, ProgressCard } from './card-model.js';
import type { PostsWritten } from './posts-written.js';
import { sectionColor } from './section-palette.js';

/**
 * How each plan day stands for the learner on `now`, by day number:
 * - `done`: completed;
 * - `today`: the learner's current day (`paused` instead while they are paused, `upcoming`
 *   before their calendar starts);
 * - `missed` / `frozen`: as many days after the current one as the learner is behind, so the
 *   grid shows the gap at a glance; the oldest of them are `frozen` when a freeze covered one
 *   of the learner's most recent missed dates;
 * - `upcoming`: everything else.
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

  const behind = Math.max(0, daysBehind(plan, learner, now));
  const frozen = new Set(streakOf(learner, now).frozenDates);
  const misses = recentMisses(learner, today, behind);
  const from = planIndexOf(plan, current) + 1;
  for (let k = 0; k < behind; k++) {
    const day = plan.days[from + k]?.day;
    if (day === undefined) break;
    const miss = misses[k];
    states.set(day, miss !== undefined && frozen.has(miss) ? 'frozen' : 'missed');
  }
  return states;
}

/** Up to `count` dates before today since the start date with no completion and no pause, oldest first. */
function recentMisses(learner: Learner, today: LocalDate, count: number): LocalDate[] {
  const doneDates = new Set(learner.completions.map((c) => c.localDate));
  const misses: LocalDate[] = [];
  for (
    let date = addDays(today, -1);
    misses.length < count && date >= learner.startDate;
    date = addDays(date, -1)
  ) {
    if (!doneDates.has(date) && !isPausedOn(learner.pauses, date)) misses.push(date);
  }
  return misses.reverse();
}

// A journey's card draws the learner's cycle (the last once all is done): ten cycles of cells would not fit.
function shownCycle(plan: Plan, current: number | null) {
  const journey = asJourney(plan);
  const day = current ?? journey.days[journey.days.length - 1]?.day ?? 0;
  return cycleOfDay(journey, day);
}

function inCycle(plan: Plan, current: number | null, day: number): boolean {
  const place = shownCycle(plan, current);
  return place === undefined || (day >= place.cycle.firstDay && day <= place.cycle.lastDay);
}

/** The card's title: the plan's, or on a journey of cycles "Cycle 2 of 3 · <the cycle's title>". */
function cycleShown(plan: Plan, current: number | null): { planTitle: string } {
  const place = shownCycle(plan, current);
  if (place === undefined || place.count === 1) return { planTitle: plan.title };
  return { planTitle: `Cycle ${place.index + 1} of ${place.count} · ${place.cycle.plan.title}` };
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
  const current = currentDay(plan, learner);
  const planned = (kind: 'linkedin' | 'blog') => plan.days.filter((d) => d.post?.kind === kind).length;
  return {
    learnerName: learner.displayName,
    ...cycleShown(plan, current),
    sections: plan.sections
      .map((section, index) => ({
        title: section.title,
        label: section.number === null ? dayRangeLabel(section.days) : sectionLabel(section),
        color: sectionColor(index),
        days: section.days.map((day) => ({ day, state: states.get(day) ?? 'upcoming' })),
      }))
      .filter((section) => section.days.some(({ day }) => inCycle(plan, current, day))),
    streak: { current: streak.current, longest: streak.longest },
    freezesBanked: streak.freezesBanked,
    checkpointsDone: learner.completions.length,
    totalDays: plan.days.length,
    posts: {
      linkedin: { written: posts.linkedin, planned: planned('linkedin') },
      blog: { written: posts.blog, planned: planned('blog') },
    },
    daysBehind: daysBehind(plan, learner, now),
    currentDay: current !== null && states.get(current) === 'today' ? current : null,
  };
}
