import type { Journey } from './journey.js';
import type { Day, Plan, Section } from './plan.js';

/** Where a day sits in its plan: its section, index, and position in the section. */
export interface DayPlace {
  readonly day: Day;
  readonly section: Section;
  readonly sectionIndex: number;
  /** 1-based position within the section. */
  readonly positionInSection: number;
  /** 1-based position within the plan (the whole journey when there are cycles). */
  readonly positionInPlan: number;
  /** The day's cycle, 1-based, of how many: 1 of 1 for a single plan. */
  readonly cycle: { readonly number: number; readonly count: number };
}

/** The day with this number, or undefined. */
export function findDay(plan: Plan, dayNumber: number): Day | undefined {
  return plan.days.find((day) => day.day === dayNumber);
}

/** The day and where it sits, or undefined when the plan has no such day. */
export function placeOfDay(plan: Plan, dayNumber: number): DayPlace | undefined {
  const positionInPlan = plan.days.findIndex((day) => day.day === dayNumber) + 1;
  const day = plan.days[positionInPlan - 1];
  if (day === undefined) return undefined;
  const sectionIndex = plan.sections.findIndex((section) => section.days.includes(dayNumber));
  const section = plan.sections[sectionIndex];
  if (section === undefined) return undefined;
  return {
    day,
    section,
    sectionIndex,
    positionInSection: section.days.indexOf(dayNumber) + 1,
    positionInPlan,
    cycle: cycleNumberOf(plan, dayNumber),
  };
}

function cycleNumberOf(plan: Plan | Journey, day: number): DayPlace['cycle'] {
  if (!('cycles' in plan)) return { number: 1, count: 1 };
  const index = plan.cycles.findIndex((cycle) => day >= cycle.firstDay && day <= cycle.lastDay);
  return { number: index + 1, count: plan.cycles.length };
}

/** First and last day numbers of the plan. */
export function dayRange(plan: Plan): { first: number; last: number } {
  const first = plan.days[0]?.day ?? 0;
  const last = plan.days[plan.days.length - 1]?.day ?? 0;
  return { first, last };
}

/** A section's display label: "Module 5" or "Week 2" for numbered sections, its title otherwise. */
export function sectionLabel(section: Section): string {
  if (section.kind === 'days' || section.number === null) return section.title;
  return `${section.kind === 'week' ? 'Week' : 'Module'} ${section.number}`;
}
