import { findDay } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { findRecallCard } from '../../core/recall/recall-cards.js';
import type { ActorRef } from '../actor.js';
import type { Meter } from '../coaching/meter.js';
import type { Metered } from '../coaching/outcomes.js';
import { callerOf } from '../coaching/quota.js';
import type { CoachModel } from '../ports.js';

/** The longest recall answer sent to the model (a modal's paragraph field holds 4,000). */
export const MAX_RECALL_ANSWER = 2_000;

/** Outcome of asking for feedback on a typed recall answer. */
export type RecallFeedbackOutcome =
  | Metered<string>
  | { readonly kind: 'no-such-card'; readonly cardId: string }
  | { readonly kind: 'answer-missing' }
  | { readonly kind: 'answer-too-long'; readonly max: number; readonly length: number };

/**
 * Feedback on a learner's typed answer to a recall card, against that day's material, before
 * they rate it: one model call under their daily quota (offline: none, and the answer is shown).
 */
export function createRecallFeedback(deps: { plan: Plan; model: CoachModel; meter: Meter }) {
  const { plan, model, meter } = deps;
  return async function recallFeedback(
    actor: ActorRef,
    cardId: string,
    answer: string,
  ): Promise<RecallFeedbackOutcome> {
    const card = findRecallCard(plan, cardId);
    const day = card === undefined ? undefined : findDay(plan, card.day);
    if (card === undefined || day === undefined) return { kind: 'no-such-card', cardId };
    const text = answer.trim();
    if (text === '') return { kind: 'answer-missing' };
    if (text.length > MAX_RECALL_ANSWER) {
      return { kind: 'answer-too-long', max: MAX_RECALL_ANSWER, length: text.length };
    }
    // Shown whole with the answer, so the pieces are not relayed as they come.
    const stream = meter.stream(callerOf(actor), () =>
      model.recallFeedback({ plan, day, question: card.question, answer: text }),
    );
    let next = await stream.next();
    while (next.done !== true) next = await stream.next();
    return next.value;
  };
}
