import { z } from 'zod';

const DayNumbers = z.array(z.number().int().positive()).min(1);
const AtLeast = z.number().int().positive().optional();

/**
 * What feeds one checklist item. `days`: ticked when the learner has completed those days;
 * `posts`: ticked when the posts of those days are written (reviewed by the coach, or, for
 * a learner with no reviews, the post days done). `atLeast` lowers the bar from all of them
 * to that many ("10-12 LinkedIn posts" is 10 of the 12 post days).
 */
export const AssessmentFeedSchema = z.union([
  z.strictObject({ days: DayNumbers, atLeast: AtLeast }),
  z.strictObject({ posts: DayNumbers, atLeast: AtLeast }),
]);
export type AssessmentFeed = z.infer<typeof AssessmentFeedSchema>;

/**
 * The data file next to a plan (`<plan>.assessment.json`): for each checklist heading of the
 * plan's Cycle Assessment, each item's text (as written in the plan) and what feeds it.
 */
export const AssessmentMapSchema = z.strictObject({
  $comment: z.string().optional(),
  checklists: z.record(z.string().min(1), z.record(z.string().min(1), AssessmentFeedSchema)),
});
export type AssessmentMap = z.infer<typeof AssessmentMapSchema>;

/** The feed's day numbers and whether they count done days or written posts. */
export function feedDays(feed: AssessmentFeed): {
  readonly source: 'days' | 'posts';
  readonly days: readonly number[];
} {
  return 'days' in feed ? { source: 'days', days: feed.days } : { source: 'posts', days: feed.posts };
}

/** How many of the feed's days must count for the item to be ticked. */
export function feedNeeds(feed: AssessmentFeed): number {
  return feed.atLeast ?? feedDays(feed).days.length;
}
