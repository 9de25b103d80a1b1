import type { Plan } from '../curriculum/plan.js';

/** Position of a day number in the plan (0-based), or -1 when the plan has no such day. */
export function planIndexOf(plan: Plan, day: number): number {
  return plan.days.findIndex((d) => d.day === day);
}

/** The day number at a plan position, clamped to the plan. */
export function planDayAt(plan: Plan, index: number): number {
  const clamped = Math.min(Math.max(index, 0), plan.days.length - 1);
  return plan.days[clamped]?.day ?? 0;
}
