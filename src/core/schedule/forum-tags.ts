import type { Day } from '../curriculum/plan.js';

/** The tags a cohort's forum offers: learners mark a post `stuck` or `solved`; the coach marks `project` days. */
export const FORUM_TAGS = ['stuck', 'solved', 'project'] as const;

/** One of {@link FORUM_TAGS}. */
export type ForumTag = (typeof FORUM_TAGS)[number];

/** The tags a day's forum post carries: `project` on a day with project work, else none. */
export function forumTagsOfDay(day: Day): readonly ForumTag[] {
  return day.activities.some((activity) => activity.kind === 'project') ? ['project'] : [];
}
