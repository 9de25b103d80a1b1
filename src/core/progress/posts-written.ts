import type { Plan, Post } from '../curriculum/plan.js';
import { measureDraft } from '../review/post-length.js';

/** Posts a learner has written, by kind. */
export interface PostsWritten {
  readonly linkedin: number;
  readonly blog: number;
}

/** A reviewed draft, as far as counting posts goes. */
export interface ReviewedDraft {
  readonly day: number;
  readonly kind: Post['kind'];
  readonly draft: string;
}

/** The reviewed drafts that count as posts: long enough for their kind (see `POST_MINIMUM`). */
const countingDrafts = (reviews: readonly ReviewedDraft[]): ReviewedDraft[] =>
  reviews.filter((review) => measureDraft(review.kind, review.draft).counts);

/**
 * The plan's post days whose post counts as written: a draft long enough to count was reviewed
 * for that day. A review is stored with or without the AI coach, so `/review` is how a learner
 * logs a post; finishing a post day alone does not say the post was written.
 */
export function writtenPostDays(plan: Plan, reviews: readonly ReviewedDraft[]): Set<number> {
  const postDays = new Set(plan.days.filter((d) => d.post !== null).map((d) => d.day));
  return new Set(
    countingDrafts(reviews)
      .map((r) => r.day)
      .filter((day) => postDays.has(day)),
  );
}

/**
 * Posts written, by the kind the learner wrote: one post per day and kind, however often its
 * draft was reviewed, and only for drafts long enough to count. A blog post written before the
 * plan's first blog day is still a blog post.
 */
export function postsWritten(_plan: Plan, reviews: readonly ReviewedDraft[]): PostsWritten {
  const counting = countingDrafts(reviews);
  const count = (kind: Post['kind']) =>
    new Set(counting.filter((review) => review.kind === kind).map((review) => review.day)).size;
  return { linkedin: count('linkedin'), blog: count('blog') };
}
