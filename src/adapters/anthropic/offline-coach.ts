import type { CoachModel, ModelOutcome } from '../../app/ports.js';

const NOT_CONFIGURED = { kind: 'failed', reason: 'not-configured' } as const;

/** The coach used when no API key is configured: every call says so, nothing is sent. */
export function createOfflineCoach(): CoachModel {
  const notConfigured = <T>(): Promise<ModelOutcome<T>> => Promise.resolve(NOT_CONFIGURED);
  return {
    // eslint-disable-next-line require-yield -- an answer with no pieces, only its outcome
    ask: async function* () {
      return NOT_CONFIGURED;
    },
    // eslint-disable-next-line require-yield -- feedback with no pieces, only its outcome
    recallFeedback: async function* () {
      return NOT_CONFIGURED;
    },
    review: () => notConfigured(),
    assessProof: () => notConfigured(),
    rewriteAsHints: () => notConfigured(),
  };
}
