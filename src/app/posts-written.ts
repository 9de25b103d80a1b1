import type { Plan } from '../core/curriculum/plan.js';
import type { Learner } from '../core/learner/learner.js';
import { completedDays } from '../core/learner/progress.js';
import { countPostsWritten, type PostsWritten, type StoredReview } from './coaching-reviews.js';

/**
 * The plan days whose post counts as written: the post days with a reviewed draft once the
 * learner has any review (reviews live in coaching-reviews.ts), else (no AI coach, or never
 * used) the post days they completed.
 */
export function writtenPostDays(plan: Plan, learner: Learner, reviews: readonly StoredReview[]): Set<number> {
  const postDays = new Set(plan.days.filter((d) => d.post !== null).map((d) => d.day));
  const counted = reviews.length > 0 ? reviews.map((r) => r.day) : [...completedDays(learner)];
  return new Set(counted.filter((day) => postDays.has(day)));
}

/** Posts written by kind against the plan's 12 and 5, by the rule of {@link writtenPostDays}. */
export function postsWritten(plan: Plan, learner: Learner, reviews: readonly StoredReview[]): PostsWritten {
  return countPostsWritten(plan, writtenPostDays(plan, learner, reviews));
}
