import { LearnerSchema, type Learner } from '../../core/learner/learner.js';
import type { Clock, Logger, Store } from '../ports.js';
import { rankEverywhere } from './server-ranking.js';
import { learnerServersKey } from './server-learners.js';
import { createRecord, readCurrentRecords, readRecord, withLease, writeRecord } from './versioned-records.js';

/** Schema version of stored learner records; bump with a migration when the shape changes. */
export const LEARNER_RECORD_VERSION = 1;

/** The store could not serve this learner right now. */
export type StoreTrouble =
  { readonly kind: 'set-aside'; readonly quarantineKey: string } | { readonly kind: 'busy' };

/** Outcome of loading a learner. */
export type LoadedLearner =
  | { readonly kind: 'found'; readonly learner: Learner }
  | { readonly kind: 'missing' }
  | { readonly kind: 'set-aside'; readonly quarantineKey: string };

/** Outcome of a locked read-modify-write of a learner. */
export type LearnerUpdate<O> = { readonly kind: 'ok'; readonly outcome: O } | StoreTrouble;

export const learnerKey = (id: string): string => `learner:${id}`;
/** The lease every write of a learner's record holds. */
export const learnerLeaseKey = (id: string): string => `lease:learner:${id}`;

/** Reads and writes learner records; every write holds the learner's lease so processes never interleave. */
export class Learners {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async load(id: string): Promise<LoadedLearner> {
    const read = await readRecord(this.store, learnerKey(id), LearnerSchema, this.logger, this.clock.now());
    if (read.kind === 'found') return { kind: 'found', learner: read.value };
    if (read.kind === 'missing') return { kind: 'missing' };
    return { kind: 'set-aside', quarantineKey: read.quarantineKey };
  }

  /**
   * Learners by id in one read; null where there is no readable record of the current version
   * (`load` is the path that migrates and sets aside).
   */
  async loadMany(ids: readonly string[]): Promise<(Learner | null)[]> {
    const keys = ids.map(learnerKey);
    const found = await readCurrentRecords(this.store, keys, LearnerSchema, LEARNER_RECORD_VERSION);
    return found.map((learner) => learner ?? null);
  }

  /** Saves the record, then the learner's place in the ranking of each server they used. */
  async save(learner: Learner): Promise<void> {
    await writeRecord(this.store, learnerKey(learner.id), LEARNER_RECORD_VERSION, learner);
    const guildIds = await this.store.setMembers(learnerServersKey(learner.id));
    await rankEverywhere(this.store, guildIds, learner, this.clock.now());
  }

  /**
   * Saves a learner seen for the first time, in one atomic write and without the lease: false
   * when a record was there already (another command created it first), which is then kept.
   */
  async create(learner: Learner): Promise<boolean> {
    return createRecord(this.store, learnerKey(learner.id), LEARNER_RECORD_VERSION, learner);
  }

  /**
   * Runs `change` on the current record under the learner's lease and saves what it returns.
   * `change` gets null for a learner not seen before.
   */
  async update<O>(
    id: string,
    change: (learner: Learner | null) => { readonly learner?: Learner; readonly outcome: O },
  ): Promise<LearnerUpdate<O>> {
    const leased = await withLease(
      this.store,
      learnerLeaseKey(id),
      10_000,
      async (): Promise<LearnerUpdate<O>> => {
        const loaded = await this.load(id);
        if (loaded.kind === 'set-aside') return loaded;
        const result = change(loaded.kind === 'found' ? loaded.learner : null);
        if (result.learner !== undefined) await this.save(result.learner);
        return { kind: 'ok', outcome: result.outcome };
      },
    );
    return leased.kind === 'ok' ? leased.value : { kind: 'busy' };
  }

  async delete(id: string): Promise<void> {
    await this.store.delete(learnerKey(id));
  }
}
