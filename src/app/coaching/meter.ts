import type { ModelOutcome, TextStream } from '../ports.js';
import type { Metered } from './outcomes.js';
import type { Caller, Quota, Reservation } from './quota.js';
import type { Usage } from './usage.js';

type Reserved = Extract<Reservation, { kind: 'reserved' }>;

/**
 * Runs model calls under the caller's quota: offline at once when no model is configured;
 * refused with no call when the quota is spent; the unit given back when the call fails or the
 * model says it is not configured, so only answers are charged; token usage recorded for the
 * learner and the server. The figure shown after a call is the limit less the calls answered
 * today: units held by the learner's other calls still in flight are not spent yet.
 */
export function createMeter(deps: { quota: Quota; usage: Usage; online: boolean }) {
  const { quota, usage } = deps;

  const settle = async <T>(
    caller: Caller,
    reservation: Reserved,
    outcome: ModelOutcome<T>,
  ): Promise<Metered<T>> => {
    const left = async () => Math.max(0, reservation.limit - (await usage.answeredToday(caller.learnerId)));
    if (outcome.kind === 'ok') {
      await usage.record(caller.learnerId, caller.guildId, outcome.usage);
      return { kind: 'ok', value: outcome.value, remaining: await left(), limit: reservation.limit };
    }
    await reservation.release();
    if (outcome.reason === 'not-configured') return { kind: 'offline' };
    const remaining = await left();
    return {
      kind: 'failed',
      reason: outcome.reason,
      remaining,
      ...(outcome.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: outcome.retryAfterSeconds }),
    };
  };

  return {
    /** One call that answers at once (a review, proof feedback). */
    async call<T>(caller: Caller, call: () => Promise<ModelOutcome<T>>): Promise<Metered<T>> {
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
      return settle(caller, reservation, outcome);
    },

    /**
     * A second call that belongs to an answer already charged (the rewrite of a leaked answer):
     * its tokens are recorded like any call's, but it takes no unit of the learner's quota. A
     * failure is the caller's to handle; nothing is given back because nothing was taken.
     */
    async extra<T>(caller: Caller, call: () => Promise<ModelOutcome<T>>): Promise<ModelOutcome<T>> {
      if (!deps.online) return { kind: 'failed', reason: 'not-configured' };
      const outcome = await call();
      if (outcome.kind === 'ok') await usage.record(caller.learnerId, caller.guildId, outcome.usage);
      return outcome;
    },

    /** One streamed call (a question): the pieces pass through; the unit is given back if the stream is left early. */
    async *stream<T>(caller: Caller, call: () => TextStream<ModelOutcome<T>>): TextStream<Metered<T>> {
      if (!deps.online) return { kind: 'offline' };
      const reservation = await quota.reserve(caller);
      if (reservation.kind === 'quota-spent') return reservation;
      let settled = false;
      try {
        const outcome = yield* call();
        settled = true;
        return await settle(caller, reservation, outcome);
      } finally {
        if (!settled) await reservation.release();
      }
    },
  };
}

/** The metered call runner, as built by `createMeter`. */
export type Meter = ReturnType<typeof createMeter>;
