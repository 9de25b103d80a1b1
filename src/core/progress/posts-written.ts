import type { Plan } from '../curriculum/plan.js';

/** Posts a learner has written: the plan's post days with a reviewed draft, by the kind the plan asks for. */
export interface PostsWritten {
  readonly linkedin: number;
  readonly blog: number;
}

/**
 * The plan days whose post counts as written: post days with a reviewed draft. A review is
 * stored with or without the AI coach, so `/review` is how a learner logs a post; finishing a
 * post day alone does not say the post was written.
 */
export function writtenPostDays(plan: Plan, reviews: readonly { readonly day: number }[]): Set<number> {
  const postDays = new Set(plan.days.filter((d) => d.post !== null).map((d) => d.day));
  return new Set(reviews.map((r) => r.day).filter((day) => postDays.has(day)));
}

/**
 * Posts written, counted against the plan's post days (its 12 LinkedIn and 5 blog posts): a
 * post day counts once, by the kind the plan asks for, however often its draft was reviewed.
 */
export function postsWritten(plan: Plan, reviews: readonly { readonly day: number }[]): PostsWritten {
  const reviewed = writtenPostDays(plan, reviews);
  const count = (kind: 'linkedin' | 'blog') =>
    plan.days.filter((day) => day.post?.kind === kind && reviewed.has(day.day)).length;
  return { linkedin: count('linkedin'), blog: count('blog') };
}
