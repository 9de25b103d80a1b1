import type { Store } from '../../app/ports.js';

/** The one key whose holder runs the scheduler's passes. */
export const LEADER_LEASE_KEY = 'lease:scheduler';

/**
 * Takes the leader lease for `owner`, or renews it when `owner` already holds it; false
 * when another owner holds it. The Store has no "extend", so a renewal is release then
 * claim: should another process win the claim in between, it simply leads from now on.
 */
export async function holdLeaderLease(store: Store, owner: string, ttlMs: number): Promise<boolean> {
  if (await store.claim(LEADER_LEASE_KEY, owner, ttlMs)) return true;
  if ((await store.claimOwner(LEADER_LEASE_KEY)) !== owner) return false;
  await store.release(LEADER_LEASE_KEY, owner);
  return store.claim(LEADER_LEASE_KEY, owner, ttlMs);
}

/** Lets the lease go at shutdown, if still ours, so another process can lead at its next tick. */
export async function releaseLeaderLease(store: Store, owner: string): Promise<void> {
  await store.release(LEADER_LEASE_KEY, owner);
}
