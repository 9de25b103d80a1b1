import type { TokenUsage } from '../ports.js';
import { utcDate } from './quota.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';
import type { Clock, Store } from '../ports.js';

/** Model calls and their tokens over some span. */
export interface UsageTotals extends TokenUsage {
  readonly calls: number;
}

/** What `/coach usage` shows an admin: the server's usage today (UTC) and since the start. */
export interface UsageReport {
  readonly kind: 'usage';
  readonly date: string;
  readonly today: UsageTotals;
  readonly total: UsageTotals;
}

const FIELDS = ['calls', 'input', 'output', 'cacheRead', 'cacheWrite'] as const;
type Field = (typeof FIELDS)[number];
type Scope = { readonly kind: 'day'; readonly date: string } | { readonly kind: 'total' };

// Day counters are kept for a while after their day so a monthly view stays possible.
const DAY_COUNTER_TTL_MS = 40 * 86_400_000;

const scopeKey = (scope: Scope): string => (scope.kind === 'day' ? `day:${scope.date}` : 'total');

/** A learner's usage counter, e.g. `coach-usage:learner:discord:1:day:2026-11-25:input`. */
export const learnerUsageKey = (learnerId: string, scope: Scope, field: Field): string =>
  `coach-usage:learner:${learnerId}:${scopeKey(scope)}:${field}`;

/** A server's usage counter, e.g. `coach-usage:server:123:total:output`. */
export const serverUsageKey = (guildId: string, scope: Scope, field: Field): string =>
  `coach-usage:server:${guildId}:${scopeKey(scope)}:${field}`;

/**
 * Token usage per learner and per server, per UTC day and in total, with atomic counters so
 * processes sharing a store never lose a count.
 */
export function createUsage(deps: { store: Store; clock: Clock }) {
  const { store, clock } = deps;

  const add = async (keyOf: (scope: Scope, field: Field) => string, date: string, usage: UsageTotals) => {
    const steps = FIELDS.flatMap((field) =>
      usage[field] === 0
        ? []
        : [
            store.increment(keyOf({ kind: 'day', date }, field), usage[field], DAY_COUNTER_TTL_MS),
            store.increment(keyOf({ kind: 'total' }, field), usage[field]),
          ],
    );
    await Promise.all(steps);
  };

  const read = async (keyOf: (field: Field) => string): Promise<UsageTotals> => {
    const values = await Promise.all(FIELDS.map((field) => store.counter(keyOf(field))));
    return Object.fromEntries(FIELDS.map((field, index) => [field, values[index] ?? 0])) as Record<
      Field,
      number
    >;
  };

  return {
    /** Counts one model call that answered, for its learner and (when in a server) its server. */
    async record(learnerId: string, guildId: string | null | undefined, usage: TokenUsage): Promise<void> {
      const date = utcDate(clock.now());
      const keys = [{ kind: 'day', date } as const, { kind: 'total' } as const].flatMap((scope) =>
        FIELDS.map((field) => learnerUsageKey(learnerId, scope, field)),
      );
      // Registered before the first write, so export and forget-me always find the counters.
      await Promise.all(keys.map((key) => rememberLearnerKey(store, learnerId, key)));
      const totals: UsageTotals = { calls: 1, ...usage };
      await Promise.all([
        add((scope, field) => learnerUsageKey(learnerId, scope, field), date, totals),
        guildId ? add((scope, field) => serverUsageKey(guildId, scope, field), date, totals) : undefined,
      ]);
    },

    async serverReport(guildId: string): Promise<UsageReport> {
      const date = utcDate(clock.now());
      const [today, total] = await Promise.all([
        read((field) => serverUsageKey(guildId, { kind: 'day', date }, field)),
        read((field) => serverUsageKey(guildId, { kind: 'total' }, field)),
      ]);
      return { kind: 'usage', date, today, total };
    },

    /** Calls that answered for this learner today (UTC): the ones their quota is charged for. */
    answeredToday(learnerId: string): Promise<number> {
      return store.counter(learnerUsageKey(learnerId, { kind: 'day', date: utcDate(clock.now()) }, 'calls'));
    },

    async learnerReport(learnerId: string): Promise<UsageReport> {
      const date = utcDate(clock.now());
      const [today, total] = await Promise.all([
        read((field) => learnerUsageKey(learnerId, { kind: 'day', date }, field)),
        read((field) => learnerUsageKey(learnerId, { kind: 'total' }, field)),
      ]);
      return { kind: 'usage', date, today, total };
    },
  };
}

/** The usage counters, as built by `createUsage`. */
export type Usage = ReturnType<typeof createUsage>;
