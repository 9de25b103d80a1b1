import type { Plan } from '../../core/curriculum/plan.js';
import { offlineMaterial } from '../../core/coaching/offline-material.js';
import { placeOfDay } from '../../core/curriculum/plan-lookup.js';
import { dayOfStanding } from '../../core/learner/standing.js';
import type { ActorRef } from '../actor.js';
import type { CoachModel, TextStream } from '../ports.js';
import type { Study } from '../study/study.js';
import type { ConversationRef, Conversations } from './conversations.js';
import type { Meter } from './meter.js';
import type { AskOutcome } from './outcomes.js';
import { callerOf } from './quota.js';

/** Longest question the coach takes, in characters: a question, not a document. */
export const MAX_QUESTION_CHARS = 1_500;

/** Where a question was asked, and so which conversation it continues. */
export interface AskPlace {
  /** The Discord thread the conversation lives in; without it, the learner's own conversation. */
  readonly threadId?: string;
  /** The day the question is about, when the place says so (a day's thread); else the learner's own day. */
  readonly day?: number;
}

/**
 * A concept question grounded in the learner's current day, continuing the conversation so
 * far: the answer's pieces as the model writes them, then the outcome.
 */
export function createAsk(deps: {
  plan: Plan;
  study: Study;
  model: CoachModel;
  conversations: Conversations;
  meter: Meter;
}) {
  const { plan, study, model, conversations, meter } = deps;

  return async function* ask(
    actor: ActorRef,
    question: string,
    where: AskPlace = {},
  ): TextStream<AskOutcome> {
    const text = question.trim();
    if (text === '') return { kind: 'question-missing' };
    if (text.length > MAX_QUESTION_CHARS) {
      return { kind: 'question-too-long', max: MAX_QUESTION_CHARS, length: text.length };
    }
    const today = await study.today(actor);
    if (today.kind !== 'standing') return today;
    const place =
      (where.day === undefined ? undefined : placeOfDay(plan, where.day)) ?? dayOfStanding(plan, today);
    const ref: ConversationRef =
      where.threadId === undefined
        ? { kind: 'learner', learnerId: actor.id }
        : { kind: 'thread', threadId: where.threadId };
    const history = await conversations.load(ref);
    const answer = yield* meter.stream(callerOf(actor), () =>
      model.ask({ plan, day: place.day, question: text, history }),
    );
    switch (answer.kind) {
      case 'ok':
        await conversations.append(ref, actor.id, text, answer.value);
        return {
          kind: 'answered',
          text: answer.value,
          day: place,
          remaining: answer.remaining,
          limit: answer.limit,
        };
      case 'offline':
        return { kind: 'offline', day: place, material: offlineMaterial(place.day, text) };
      default:
        return answer;
    }
  };
}
