import type { CoachModel, ModelOutcome, TextStream } from '../../app/ports.js';
import type { BotMetrics } from './metrics.js';

type Observe = BotMetrics['observeModelCall'];

const count = <T>(observe: Observe, kind: Parameters<Observe>[0], outcome: ModelOutcome<T>): void =>
  outcome.kind === 'ok' ? observe(kind, 'ok', outcome.usage) : observe(kind, 'failed');

/** The AI coach with every call counted by job and outcome, and its tokens by type. */
export function measuredCoach(model: CoachModel, metrics: Pick<BotMetrics, 'observeModelCall'>): CoachModel {
  const observe: Observe = (...args) => metrics.observeModelCall(...args);
  return {
    async *ask(input): TextStream<ModelOutcome<string>> {
      const outcome = yield* model.ask(input);
      count(observe, 'ask', outcome);
      return outcome;
    },
    async *recallFeedback(input): TextStream<ModelOutcome<string>> {
      const outcome = yield* model.recallFeedback(input);
      count(observe, 'recall', outcome);
      return outcome;
    },
    review: async (input) => {
      const outcome = await model.review(input);
      count(observe, 'review', outcome);
      return outcome;
    },
    assessProof: async (input) => {
      const outcome = await model.assessProof(input);
      count(observe, 'proof', outcome);
      return outcome;
    },
    rewriteAsHints: async (input) => {
      const outcome = await model.rewriteAsHints(input);
      count(observe, 'hints', outcome);
      return outcome;
    },
  };
}
