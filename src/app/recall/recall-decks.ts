import type { Plan } from '../../core/curriculum/plan.js';
import type { Learner } from '../../core/learner/learner.js';
import {
  deckWithCompletions,
  emptyDeck,
  RecallDeckSchema,
  type RecallDeck,
} from '../../core/recall/recall-deck.js';
import type { Clock, Logger, Store } from '../ports.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';
import { readRecord, withLease, writeRecord, type LeaseResult } from '../storage/versioned-records.js';

/** Schema version of stored decks; bump with a migration when the shape changes. */
export const RECALL_DECK_VERSION = 1;

/** A learner's recall cards and review logs. */
export const recallDeckKey = (learnerId: string): string => `recall:${learnerId}`;
/** The lease every write of a deck holds (ratings from two devices never interleave). */
export const recallLeaseKey = (learnerId: string): string => `lease:recall:${learnerId}`;

/** Outcome of reading a deck: it (with the cards of every completed day), or that it was set aside. */
export type LoadedDeck =
  | { readonly kind: 'found'; readonly deck: RecallDeck }
  | { readonly kind: 'set-aside'; readonly quarantineKey: string };

/** Reads and writes recall decks; each is one record per learner, registered for export and forget-me. */
export function createRecallDecks(deps: { store: Store; clock: Clock; logger: Logger; plan: Plan }) {
  const { store, logger, plan } = deps;

  const load = async (learner: Learner): Promise<LoadedDeck> => {
    const read = await readRecord(
      store,
      recallDeckKey(learner.id),
      RecallDeckSchema,
      logger,
      deps.clock.now(),
    );
    if (read.kind === 'corrupt') return { kind: 'set-aside', quarantineKey: read.quarantineKey };
    // Cards of a day completed since the last write (or before a crash) join here.
    return {
      kind: 'found',
      deck: deckWithCompletions(plan, learner, read.kind === 'found' ? read.value : emptyDeck),
    };
  };

  const save = async (learnerId: string, deck: RecallDeck): Promise<void> => {
    await rememberLearnerKey(store, learnerId, recallDeckKey(learnerId));
    await writeRecord(store, recallDeckKey(learnerId), RECALL_DECK_VERSION, deck);
  };

  return {
    load,

    /**
     * Runs `change` on the learner's deck under its lease and saves the deck it returns
     * (none: nothing is written). `busy` when another write held the lease throughout.
     */
    async update<O>(
      learner: Learner,
      change: (deck: RecallDeck) => { readonly deck?: RecallDeck; readonly outcome: O },
    ): Promise<LeaseResult<O | Extract<LoadedDeck, { kind: 'set-aside' }>>> {
      return withLease(store, recallLeaseKey(learner.id), 10_000, async () => {
        const loaded = await load(learner);
        if (loaded.kind === 'set-aside') return loaded;
        const result = change(loaded.deck);
        if (result.deck !== undefined) await save(learner.id, result.deck);
        return result.outcome;
      });
    },
  };
}

/** The recall decks, as built by `createRecallDecks`. */
export type RecallDecks = ReturnType<typeof createRecallDecks>;
