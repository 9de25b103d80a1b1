import { findLeak, showableLength, type GuardContext, type Leak } from '../../core/coaching/answer-guard.js';
import { dayHintLines } from '../../core/coaching/day-hints.js';
import { cyclePlanOf } from '../../core/curriculum/journey.js';
import type { Day, Plan } from '../../core/curriculum/plan.js';
import type { ConversationTurn } from '../../core/prompts/learner-data.js';
import type { CoachModel, TextStream } from '../ports.js';
import type { Meter } from './meter.js';
import type { Caller } from './quota.js';

/** What the guard leaves visible: the answer as it was, its hints-only rewrite, or the day's own hints. */
export type Guarded =
  | { readonly kind: 'kept'; readonly text: string }
  | { readonly kind: 'rewritten'; readonly text: string; readonly leak: Leak['kind'] }
  | { readonly kind: 'hints-only'; readonly hints: readonly string[]; readonly leak: Leak['kind'] };

/** One finished answer and what it answered. */
export interface GuardInput {
  readonly caller: Caller;
  readonly day: Day;
  readonly question: string;
  readonly history: readonly ConversationTurn[];
  readonly answer: string;
}

/**
 * The second check on every finished answer, before it stays visible. The rules (core) say
 * whether it hands over the day's work; a leak is rewritten by one short model call (tokens
 * recorded, no quota unit: the learner asked one question), and when that call fails or
 * leaks again, the day's own hints take its place.
 */
export function createAnswerGuard(deps: { plan: Plan; model: CoachModel; meter: Meter }) {
  const { plan, model, meter } = deps;
  return async function guard(input: GuardInput): Promise<Guarded> {
    const context = { day: input.day, learnerText: learnerTextOf(input.question, input.history) };
    const leak = findLeak(input.answer, context);
    if (leak === null) return { kind: 'kept', text: input.answer };
    const rewrite = await meter.extra(input.caller, () =>
      // The day's cycle, as the question went out: the same shared prefix, so the cached copy serves.
      model.rewriteAsHints({
        plan: cyclePlanOf(plan, input.day.day),
        day: input.day,
        question: input.question,
        draft: input.answer,
      }),
    );
    if (rewrite.kind === 'ok' && findLeak(rewrite.value, context) === null) {
      return { kind: 'rewritten', text: rewrite.value, leak: leak.kind };
    }
    return { kind: 'hints-only', hints: dayHintLines(input.day), leak: leak.kind };
  };
}

/** The learner's own words in a conversation: the question and their earlier questions. */
export function learnerTextOf(question: string, history: readonly ConversationTurn[]): string[] {
  return [question, ...history.filter((turn) => turn.role === 'user').map((turn) => turn.text)];
}

/**
 * Passes an answer's pieces on as far as the rules allow while it is written: a code block
 * once it has closed, nothing more once the text hands over the day's work. Returns the
 * stream's result and how many characters were passed on, so the caller can pass on the rest
 * of an answer the guard keeps.
 */
export async function* showWhileSafe<R>(
  stream: TextStream<R>,
  context: GuardContext,
): AsyncGenerator<string, { readonly result: R; readonly shown: number }, void> {
  let written = '';
  let shown = 0;
  let stopped = false;
  let holding = false;
  let finished = false;
  try {
    for (;;) {
      const next = await stream.next();
      if (next.done === true) {
        finished = true;
        return { result: next.value, shown };
      }
      written += next.value;
      if (stopped) continue;
      // The rules count lines, so the whole check runs when a line ends; within a line, text
      // outside a code block shows at once unless the line may be opening one.
      let showable: number | null;
      if (next.value.includes('\n')) {
        showable = showableLength(written, context);
        holding = showable !== null && showable < written.length;
      } else if (holding) showable = shown;
      else {
        const line = written.slice(written.lastIndexOf('\n') + 1);
        showable = /^\s{0,3}[`~]/.test(line) ? written.length - line.length : written.length;
      }
      if (showable === null) stopped = true;
      else if (showable > shown) {
        yield written.slice(shown, showable);
        shown = showable;
      }
    }
  } finally {
    // A reader that stops early ends the model's stream too (its quota unit is given back).
    if (!finished) await stream.return(undefined as never);
  }
}

/** The answer guard, as built by `createAnswerGuard`. */
export type AnswerGuard = ReturnType<typeof createAnswerGuard>;
