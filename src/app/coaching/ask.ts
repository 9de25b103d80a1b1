import { cyclePlanOf } from '../../core/curriculum/journey.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { offlineMaterial } from '../../core/coaching/offline-material.js';
import { relatedDays } from '../../core/coaching/related-days.js';
import { placeOfDay, type DayPlace } from '../../core/curriculum/plan-lookup.js';
import { dayOfStanding } from '../../core/learner/standing.js';
import type { ActorRef } from '../actor.js';
import type { CoachModel, DaySearch, TextStream } from '../ports.js';
import type { Study } from '../study/study.js';
import { createAnswerGuard, learnerTextOf, showWhileSafe } from './answer-guard.js';
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
  /** The plan's day search; none: the learner's day alone. */
  search?: DaySearch;
}) {
  const { plan, study, model, conversations, meter, search } = deps;
  const guard = createAnswerGuard({ plan, model, meter });

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
    const caller = callerOf(actor);
    const found = relatedDays(search?.search(text) ?? [], place.day.day);
    const others = found.others.flatMap((number) => placeOfDay(plan, number) ?? []);
    const related = others.map((other) => other.day);
    const context = { day: place.day, learnerText: learnerTextOf(text, history) };
    const { result: answer, shown: streamed } = yield* showWhileSafe(
      meter.stream(caller, () =>
        model.ask({
          plan: cyclePlanOf(plan, place.day.day),
          day: place.day,
          related,
          question: text,
          history,
        }),
      ),
      context,
    );
    switch (answer.kind) {
      case 'ok': {
        const shown = await guard({ caller, day: place.day, question: text, history, answer: answer.value });
        // A kept answer's last pieces (a code block that just closed) follow what already showed.
        if (shown.kind === 'kept' && streamed < shown.text.length) yield shown.text.slice(streamed);
        // The conversation keeps what the learner was left with, never the handed-over work.
        const kept = shown.kind === 'hints-only' ? shown.hints.join('\n') : shown.text;
        await conversations.append(ref, actor.id, text, kept);
        const counts = { day: place, remaining: answer.remaining, limit: answer.limit };
        if (shown.kind === 'kept') return { kind: 'answered', text: shown.text, ...counts };
        return { ...shown, ...counts };
      }
      case 'offline':
        return {
          kind: 'offline',
          day: place,
          material: found.ownDay ? offlineMaterial(place.day, text) : [],
          related: others.map((other: DayPlace) => ({
            place: other,
            material: offlineMaterial(other.day, text),
          })),
        };
      default:
        return answer;
    }
  };
}
