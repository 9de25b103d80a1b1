/** A day found for a question, scored against the best match (1). Mirrors the app's `DayMatch`. */
interface Match {
  readonly day: number;
  readonly score: number;
}

/** A day counts as being about the question when it scores at least this share of the best match. */
export const RELEVANT_SHARE = 0.5;
/** Other days offered beside the learner's own, at most. */
export const MAX_OTHER_DAYS = 2;

/** Which days a question is about: whether the learner's own day is one, and the best others. */
export interface RelatedDays {
  /** True when the learner's day is among the matches, or when nothing matched at all. */
  readonly ownDay: boolean;
  /** Day numbers, best first, without the learner's own. */
  readonly others: readonly number[];
}

/**
 * The days a question is about, from the plan search's matches (best first): those close to
 * the best match, the learner's own day apart. With no match at all the learner's day stands.
 */
export function relatedDays(matches: readonly Match[], ownDay: number): RelatedDays {
  if (matches.length === 0) return { ownDay: true, others: [] };
  const close = matches.filter((match) => match.score >= RELEVANT_SHARE);
  return {
    ownDay: close.some((match) => match.day === ownDay),
    others: close
      .filter((match) => match.day !== ownDay)
      .slice(0, MAX_OTHER_DAYS)
      .map((match) => match.day),
  };
}
