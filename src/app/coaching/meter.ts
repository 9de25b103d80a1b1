import type { ModelOutcome } from '../coach-model.js';
import type { Metered } from './outcomes.js';
import type { Caller, Quota } from './quota.js';
import type { Usage } from './usage.js';

/**
 * Runs one model call under the caller's quota: offline at once when no model is configured;
 * refused with no call when the quota is spent; the unit given back when the call fails or the
 * model says it is not configured, so only answers are charged; token usage recorded for the
 * learner and the server.
 */
export function createMeter(deps: { quota: Quota; usage: Usage; online: boolean }) {
  const { quota, usage } = deps;

  return async function metered<T>(
    caller: Caller,
    call: () => Promise<ModelOutcome<T>>,
  ): Promise<Metered<T>> {
    // Known to be offline: no quota to check, nothing to call.
    if (!deps.online) return { kind: 'offline' };
    const reservation = await quota.reserve(caller);
    if (reservation.kind === 'quota-spent') return reservation;
    let outcome: ModelOutcome<T>;
    try {
      outcome = await call();
    } catch (error) {
      await reservation.release();
      throw error;
    }
    if (outcome.kind === 'ok') {
      await usage.record(caller.learnerId, caller.guildId, outcome.usage);
      return { kind: 'ok', value: outcome.value, remaining: reservation.remaining, limit: reservation.limit };
    }
    const { remaining } = await reservation.release();
    if (outcome.reason === 'not-configured') return { kind: 'offline' };
    return {
      kind: 'failed',
      reason: outcome.reason,
      remaining,
      ...(outcome.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: outcome.retryAfterSeconds }),
    };
  };
}

/** A metered call runner, as built by `createMeter`. */
export type Meter = ReturnType<typeof createMeter>;
