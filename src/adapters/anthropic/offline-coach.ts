import type { CoachModel, ModelOutcome } from '../../app/coach-model.js';

/** The coach used when no API key is configured: every call says so, nothing is sent. */
export function createOfflineCoach(): CoachModel {
  const notConfigured = <T>(): Promise<ModelOutcome<T>> =>
    Promise.resolve({ kind: 'failed', reason: 'not-configured' });
  return {
    ask: () => notConfigured(),
    review: () => notConfigured(),
    assessProof: () => notConfigured(),
  };
}
