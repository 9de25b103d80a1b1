import type { Store } from '../../app/ports.js';
import type { BotMetrics } from './metrics.js';

type Operation = Exclude<keyof Store, 'close'>;
const OPERATIONS: readonly Operation[] = [
  'get',
  'getMany',
  'set',
  'create',
  'delete',
  'claim',
  'claimOwner',
  'release',
  'increment',
  'counter',
  'addToSet',
  'removeFromSet',
  'setMembers',
  'setMembersMany',
  'rankSet',
  'rankRemove',
  'rankTop',
  'rankUpTo',
  'rankCount',
  'rankScore',
  'sweepExpired',
];

/** The store with each call's latency and failure counted; values and errors pass through unchanged. */
export function measuredStore(store: Store, metrics: Pick<BotMetrics, 'observeStoreCall'>): Store {
  const measured = { close: () => store.close() } as Store;
  for (const operation of OPERATIONS) {
    const call = store[operation].bind(store) as (...args: unknown[]) => Promise<unknown>;
    (measured as unknown as Record<Operation, unknown>)[operation] = async (...args: unknown[]) => {
      const started = performance.now();
      let failed = false;
      try {
        return await call(...args);
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        metrics.observeStoreCall(operation, (performance.now() - started) / 1000, failed);
      }
    };
  }
  return measured;
}
