import type { Plan } from '../curriculum/plan.js';
import { countPostsWritten, type PostsWritten, type StoredReview } from '../../app/coaching/saved-reviews.js';

/**
 * The plan days whose post counts as written: post days with a reviewed draft. A review is
 * stored with or without the AI coach, so `/review` is how a learner logs a post; finishing a
 * post day alone does not say the post was written.
 */
export function writtenPostDays(plan: Plan, reviews: readonly StoredReview[]): Set<number> {
  const postDays = new Set(plan.days.filter((d) => d.post !== null).map((d) => d.day));
  return new Set(reviews.map((r) => r.day).filter((day) => postDays.has(day)));
}

/** Posts written by kind against the plan's post days, by the rule of {@link writtenPostDays}. */
export function postsWritten(plan: Plan, reviews: readonly StoredReview[]): PostsWritten {
  return countPostsWritten(plan, writtenPostDays(plan, reviews));
}
