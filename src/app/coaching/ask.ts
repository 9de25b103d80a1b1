import { placeOfDay, type DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { CoachModel } from '../coach-model.js';
import type { ConversationRef, Conversations } from './conversations.js';
import type { Meter } from './meter.js';
import { offlineMaterial } from '../../core/coaching/offline-material.js';
import type { AskOutcome } from './outcomes.js';
import type { LearnerRef } from '../storage/learners.js';
import type { Standing, Study } from '../study/study.js';

/** Longest question the coach takes, in characters: a question, not a document. */
export const MAX_QUESTION_CHARS = 1_500;

/** Where a question comes from and where its answer goes. */
export interface AskOptions {
  readonly guildId?: string | null;
  /** The Discord thread the conversation lives in; without it, the learner's own conversation. */
  readonly threadId?: string;
  /** Server admins (Manage Server) get the admin quota. */
  readonly admin?: boolean;
  /** Each piece of the answer as the model sends it. */
  readonly onText?: (delta: string) => void;
}

/** The day a learner's questions are about: the current one, or the last once every day is done. */
export function dayOfStanding(plan: Plan, standing: Standing): DayPlace {
  if (standing.current !== null) return standing.current;
  const last = plan.days[plan.days.length - 1];
  const place = last === undefined ? undefined : placeOfDay(plan, last.day);
  if (place === undefined) throw new Error('the plan has no days');
  return place;
}

/** A concept question grounded in the learner's current day, continuing the conversation so far. */
export function createAsk(deps: {
  plan: Plan;
  study: Study;
  model: CoachModel;
  conversations: Conversations;
  metered: Meter;
}) {
  const { plan, study, model, conversations, metered } = deps;

  return async function ask(
    who: LearnerRef,
    question: string,
    options: AskOptions = {},
  ): Promise<AskOutcome> {
    const text = question.trim();
    if (text === '') return { kind: 'question-missing' };
    if (text.length > MAX_QUESTION_CHARS) {
      return { kind: 'question-too-long', max: MAX_QUESTION_CHARS, length: text.length };
    }
    const today = await study.today(who);
    if (today.kind !== 'standing') return today;
    const place = dayOfStanding(plan, today);
    const ref: ConversationRef =
      options.threadId === undefined
        ? { kind: 'learner', learnerId: who.id }
        : { kind: 'thread', threadId: options.threadId };
    const history = await conversations.load(ref);
    const caller = { learnerId: who.id, guildId: options.guildId ?? null, admin: options.admin === true };
    const answer = await metered(caller, () =>
      model.ask({ plan, day: place.day, question: text, history }, options.onText ?? (() => undefined)),
    );
    switch (answer.kind) {
      case 'ok':
        await conversations.append(ref, who.id, text, answer.value);
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
