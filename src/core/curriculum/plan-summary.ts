import type { Plan } from './plan.js';

/** The counts `curriculum check` prints for a valid plan. */
export interface PlanSummary {
  readonly days: number;
  readonly sections: number;
  readonly linkedinPosts: number;
  readonly blogPosts: number;
  /** Days with a Project (alone or beside a Task). */
  readonly projects: number;
  readonly firstDay: number;
  readonly lastDay: number;
  /** Day numbers whose proof is judged against the task, in plan order. */
  readonly withoutCheckpoint: readonly number[];
}

/** Counts days, sections, posts and project days of a plan, and lists the days without a checkpoint. */
export function planSummary(plan: Plan): PlanSummary {
  const count = (test: (day: Plan['days'][number]) => boolean) => plan.days.filter(test).length;
  return {
    days: plan.days.length,
    sections: plan.sections.length,
    linkedinPosts: count((day) => day.post?.kind === 'linkedin'),
    blogPosts: count((day) => day.post?.kind === 'blog'),
    projects: count((day) => day.activities.some((activity) => activity.kind === 'project')),
    firstDay: Math.min(...plan.days.map((day) => day.day)),
    lastDay: Math.max(...plan.days.map((day) => day.day)),
    withoutCheckpoint: plan.days.filter((day) => day.checkpoint === null).map((day) => day.day),
  };
}
