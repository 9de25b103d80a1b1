import type { Plan } from '../curriculum/plan.js';

/** The plan's day numbers in the plan's order (31, 32, ... 60 for the current plan). */
export function planDayNumbers(plan: Plan): readonly number[] {
  return plan.days.map((d) => d.day);
}

/** The plan's first and last day numbers. */
export function planBounds(plan: Plan): { readonly first: number; readonly last: number } {
  const numbers = planDayNumbers(plan);
  // PlanSchema guarantees at least one day.
  return { first: numbers[0] ?? 0, last: numbers[numbers.length - 1] ?? 0 };
}

/** Position of a day number in the plan (0-based), or -1 when the plan has no such day. */
export function planIndexOf(plan: Plan, day: number): number {
  return plan.days.findIndex((d) => d.day === day);
}

/** The day number at a plan position, clamped to the plan. */
export function planDayAt(plan: Plan, index: number): number {
  const clamped = Math.min(Math.max(index, 0), plan.days.length - 1);
  return plan.days[clamped]?.day ?? 0;
}
