import type { Plan } from './plan.js';

/** The counts `curriculum check` prints for a valid plan. */
export interface PlanSummary {
  readonly days: number;
  readonly sections: number;
  readonly linkedinPosts: number;
  readonly blogPosts: number;
  /** Days whose activity is a Project rather than a Task. */
  readonly projects: number;
  readonly firstDay: number;
  readonly lastDay: number;
}

/** Counts days, sections, posts and project days of a plan. */
export function planSummary(plan: Plan): PlanSummary {
  const count = (test: (day: Plan['days'][number]) => boolean) => plan.days.filter(test).length;
  return {
    days: plan.days.length,
    sections: plan.sections.length,
    linkedinPosts: count((day) => day.post?.kind === 'linkedin'),
    blogPosts: count((day) => day.post?.kind === 'blog'),
    projects: count((day) => day.activity.kind === 'project'),
    firstDay: Math.min(...plan.days.map((day) => day.day)),
    lastDay: Math.max(...plan.days.map((day) => day.day)),
  };
}
