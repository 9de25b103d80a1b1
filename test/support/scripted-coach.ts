import type {
  AskInput,
  CoachModel,
  HintsInput,
  ModelOutcome,
  ProofInput,
  ReviewInput,
  TokenUsage,
} from '../../src/app/ports.js';
import type { CheckpointAssessment } from '../../src/core/learner/learner.js';
import type { PostReview } from '../../src/core/review/post-review.js';

export const USAGE: TokenUsage = { input: 120, output: 40, cacheRead: 900, cacheWrite: 0 };

/** A scripted answer: the outcome, and (for ask) the deltas to stream first. */
type Scripted<T> = ModelOutcome<T> | (() => Promise<ModelOutcome<T>>);

/** A hand-written CoachModel: answers from queues, records every input, streams answers in pieces. */
export interface ScriptedCoach extends CoachModel {
  readonly asked: AskInput[];
  readonly reviewed: ReviewInput[];
  readonly assessed: ProofInput[];
  readonly rewritten: HintsInput[];
  readonly calls: () => number;
}

export const ok = <T>(value: T, usage: TokenUsage = USAGE): ModelOutcome<T> => ({ kind: 'ok', value, usage });
export const failedWith = (reason: 'rate-limited' | 'overloaded' | 'timed-out' | 'bad-output') =>
  ({ kind: 'failed', reason }) as const;

export function scriptedCoach(script: {
  ask?: Scripted<string>[];
  review?: Scripted<PostReview>[];
  assess?: Scripted<CheckpointAssessment>[];
  hints?: Scripted<string>[];
}): ScriptedCoach {
  const asked: AskInput[] = [];
  const reviewed: ReviewInput[] = [];
  const assessed: ProofInput[] = [];
  const rewritten: HintsInput[] = [];
  const next = async <T>(queue: Scripted<T>[] | undefined, what: string): Promise<ModelOutcome<T>> => {
    const item = queue?.shift();
    if (item === undefined) throw new Error(`unscripted ${what} call`);
    return typeof item === 'function' ? item() : item;
  };
  return {
    asked,
    reviewed,
    assessed,
    rewritten,
    calls: () => asked.length + reviewed.length + assessed.length + rewritten.length,
    async *ask(input) {
      asked.push(input);
      const outcome = await next(script.ask, 'ask');
      if (outcome.kind === 'ok') for (const piece of outcome.value.match(/.{1,8}/gs) ?? []) yield piece;
      return outcome;
    },
    async *recallFeedback(input) {
      asked.push({ plan: input.plan, day: input.day, question: input.answer, history: [] });
      const outcome = await next(script.ask, 'recallFeedback');
      if (outcome.kind === 'ok') yield outcome.value;
      return outcome;
    },
    async review(input) {
      reviewed.push(input);
      return next(script.review, 'review');
    },
    async assessProof(input) {
      assessed.push(input);
      return next(script.assess, 'assessProof');
    },
    async rewriteAsHints(input) {
      rewritten.push(input);
      return next(script.hints, 'rewriteAsHints');
    },
  };
}

/** A review as the model might give it. */
export function sampleReview(overrides: Partial<PostReview> = {}): PostReview {
  const line = (score: number, reason: string) => ({ score, reason });
  return {
    verdict: 'almost',
    criteria: {
      coversObjective: line(4, 'Explains the driver and executors.'),
      technicallyAccurate: line(5, 'Accurate.'),
      hook: line(2, 'The first line is generic.'),
      structure: line(4, 'Clear paragraphs.'),
      callToAction: line(3, 'Ends without a question.'),
      fitsFormat: line(4, 'A good length for LinkedIn.'),
    },
    strengths: ['A concrete example of lazy evaluation.'],
    fixes: ['Open with the surprise.', 'Name the DAG.', 'Ask readers a question.'],
    suggestedOpening: 'Spark did nothing for ten lines, then everything at once.',
    ...overrides,
  };
}
