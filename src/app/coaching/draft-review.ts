import { cyclePlanOf } from '../../core/curriculum/journey.js';
import { placeOfDay, type DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { Plan, Post } from '../../core/curriculum/plan.js';
import { checkDraft } from '../../core/review/draft-checks.js';
import { measureDraft } from '../../core/review/post-length.js';
import { dayOfStanding } from '../../core/learner/standing.js';
import type { ActorRef } from '../actor.js';
import type { Clock, CoachModel } from '../ports.js';
import type { Study } from '../study/study.js';
import type { Meter } from './meter.js';
import type { DraftSource, ReviewOutcome } from './outcomes.js';
import { callerOf } from './quota.js';
import type { SavedReviews } from './saved-reviews.js';

/** Longest draft per source: Discord's text input holds 4,000; a file or the console may hold more. */
export const MAX_DRAFT_CHARS: Readonly<Record<DraftSource, number>> = {
  modal: 4_000,
  file: 20_000,
  console: 20_000,
};

/** How a review was asked for. */
export interface ReviewOptions {
  readonly source: DraftSource;
  /** The learner's choice; defaults to the kind of post the day asks for (LinkedIn when none). */
  readonly postKind?: Post['kind'];
}

/**
 * The day a draft is about: the latest day up to the learner's current one that asks for a
 * post (of the chosen kind, when chosen), since posts are often written after the day is done;
 * the current day when none does.
 */
export function reviewDayOf(plan: Plan, current: DayPlace, kind?: Post['kind']): DayPlace {
  const upTo = plan.days.slice(0, current.positionInPlan).reverse();
  const match = upTo.find((day) => day.post !== null && (kind === undefined || day.post.kind === kind));
  return (match === undefined ? undefined : placeOfDay(plan, match.day)) ?? current;
}

/** Reviews a draft: deterministic checks always, the model's rubric when it answers; stored either way. */
export function createReview(deps: {
  plan: Plan;
  study: Study;
  model: CoachModel;
  reviews: SavedReviews;
  meter: Meter;
  clock: Clock;
}) {
  const { plan, study, model, reviews, meter, clock } = deps;

  return async function review(
    actor: ActorRef,
    draft: string,
    options: ReviewOptions,
  ): Promise<ReviewOutcome> {
    const text = draft.trim();
    const max = MAX_DRAFT_CHARS[options.source];
    if (text === '') return { kind: 'draft-missing' };
    if (text.length > max) return { kind: 'draft-too-long', max, length: text.length };
    const today = await study.today(actor);
    if (today.kind !== 'standing') return today;
    const place = reviewDayOf(plan, dayOfStanding(plan, today), options.postKind);
    const { day } = place;
    const postKind = options.postKind ?? day.post?.kind ?? 'linkedin';
    const postTitle = day.post?.kind === postKind ? day.post.title : day.title;
    const checks = checkDraft(day, postKind, text);
    const ai = await meter.call(callerOf(actor), () =>
      model.review({ plan: cyclePlanOf(plan, day.day), day, postKind, postTitle, draft: text }),
    );
    await reviews.save(actor.id, {
      day: day.day,
      kind: postKind,
      title: postTitle,
      draft: text,
      at: clock.now().toISOString(),
      checks,
      review: ai.kind === 'ok' ? ai.value : null,
    });
    const postsWritten = await reviews.postsWritten(plan, actor.id);
    const length = measureDraft(postKind, text);
    return { kind: 'reviewed', day: place, postKind, postTitle, checks, ai, postsWritten, length };
  };
}
