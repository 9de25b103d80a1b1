import { learnerDmKeysAround } from '../delivery/learner-dm-keys.js';
import type { Learner } from '../../core/learner/learner.js';
import { learnerKeys } from '../storage/learner-keys.js';
import { learnerKey, type Learners } from '../storage/learners.js';
import type { Clock, Logger, Store } from '../ports.js';
import { isProofFileKey, listProofFiles } from '../study/proof-files.js';
import {
  isReviewRecordKey,
  reviewsKey,
  type SavedReviews,
  type StoredReview,
} from '../coaching/saved-reviews.js';
import { learnerServersKey } from '../storage/server-learners.js';

/**
 * Everything stored about one learner, machine-readable: their record, their reviews, the
 * servers they used the coach in, and the raw value of every other key registered for them.
 */
export interface LearnerExport {
  readonly format: 'study-coach-export';
  readonly version: 1;
  readonly exportedAt: string;
  readonly learner: Learner;
  readonly reviews: readonly StoredReview[];
  readonly servers: readonly string[];
  /** Other registered keys with what they hold: a value, `{ set: members }` or `{ counter: n }`. */
  readonly records: Readonly<Record<string, unknown>>;
  /** Proof files kept, each handed over beside the export under `file`. */
  readonly proofFiles: readonly ExportedProofFileInfo[];
}

/** A kept proof file as the export lists it: `file` names the attachment beside the export. */
export interface ExportedProofFileInfo {
  readonly day: number;
  readonly file: string;
  readonly name: string;
  readonly contentType: string | null;
  readonly size: number;
  /** The link it came from, which may have expired. */
  readonly url: string;
  readonly keptAt: string;
}

/** A file handed over with the export. */
export interface ExportFile {
  readonly name: string;
  readonly contentType: string | null;
  readonly bytes: Uint8Array;
}

/** Outcome of `/export`. `no-data`: the coach has nothing stored for this learner. */
export type ExportOutcome =
  | { readonly kind: 'export'; readonly data: LearnerExport; readonly files: readonly ExportFile[] }
  | { readonly kind: 'no-data' }
  | { readonly kind: 'set-aside'; readonly quarantineKey: string };

/** What the export reads. */
export interface ExportDeps {
  readonly store: Store;
  readonly learners: Learners;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly reviews: Pick<SavedReviews, 'list'>;
}

/** Reads every record of the learner; changes nothing. */
export async function exportLearner(deps: ExportDeps, learnerId: string): Promise<ExportOutcome> {
  const { store } = deps;
  const now = deps.clock.now();
  const loaded = await deps.learners.load(learnerId);
  if (loaded.kind === 'missing') return { kind: 'no-data' };
  if (loaded.kind === 'set-aside') return loaded;
  const known = new Set([learnerKey(learnerId), reviewsKey(learnerId), learnerServersKey(learnerId)]);
  const records: Record<string, unknown> = {};
  const registered = await learnerKeys(store, learnerId);
  for (const key of [...new Set([...registered, ...learnerDmKeysAround(learnerId, now)])]) {
    if (known.has(key) || isReviewRecordKey(key) || isProofFileKey(key)) continue;
    const held = await heldAt(store, key);
    if (held !== undefined) records[key] = held;
  }
  const kept = await listProofFiles(store, learnerId, deps.logger, now);
  const names = new Set<string>();
  const proofFiles = kept.map((one) => ({
    ...one,
    file: uniqueName(names, `proof-day${one.day}-${one.name.replace(/[^\w.-]/g, '_')}`),
  }));
  return {
    kind: 'export',
    files: proofFiles.map((one) => ({
      name: one.file,
      contentType: one.contentType,
      bytes: Buffer.from(one.base64, 'base64'),
    })),
    data: {
      format: 'study-coach-export',
      version: 1,
      exportedAt: now.toISOString(),
      learner: loaded.learner,
      reviews: await deps.reviews.list(learnerId),
      servers: await store.setMembers(learnerServersKey(learnerId)),
      records,
      proofFiles: proofFiles.map(({ day, file, name, contentType, size, url, at }) => ({
        day,
        file,
        name,
        contentType,
        size,
        url,
        keptAt: at,
      })),
    },
  };
}

/** `name`, or `name` with a number before its extension when taken already. */
function uniqueName(taken: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = name.replace(/(\.[^.]*)?$/, `-${n}$1`);
  taken.add(candidate);
  return candidate;
}

/** What a key holds, as export shows it: a value, `{ set }` or `{ counter }`; claims are markers, not data. */
async function heldAt(store: Store, key: string): Promise<unknown> {
  const value = await store.get(key);
  if (value !== undefined) return value;
  const members = await store.setMembers(key);
  if (members.length > 0) return { set: members };
  const counter = await store.counter(key);
  return counter === 0 ? undefined : { counter };
}
