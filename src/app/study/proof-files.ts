import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { MAX_PROOF_FILE_BYTES } from '../../core/learner/proof.js';
import type { Clock, Logger, Store } from '../ports.js';
import { learnerKeys, rememberLearnerKey } from '../storage/learner-keys.js';
import { readRecord, writeRecord } from '../storage/versioned-records.js';

/** A file handed in as proof, as a front end got it: its link, and its bytes when they could be fetched. */
export interface ProofFileInput {
  readonly name: string;
  /** The media type the host reported, when it did. */
  readonly contentType: string | null;
  /** The link the file came from (a chat service's link may expire). */
  readonly url: string;
  /** The file's bytes, or null when the download failed. */
  readonly bytes: Uint8Array | null;
}

/** What became of a proof file once the day was recorded. */
export type ProofFileOutcome =
  | { readonly kind: 'kept'; readonly name: string }
  /** The bytes could not be fetched or stored: the day counts, the file's link alone was kept. */
  | { readonly kind: 'not-kept'; readonly name: string };

const StoredProofFileSchema = z.object({
  day: z.number().int().positive(),
  name: z.string(),
  contentType: z.string().nullable(),
  url: z.string(),
  at: z.iso.datetime(),
  size: z.number().int().nonnegative(),
  base64: z.string(),
});

/** A kept proof file: which day it proves, where it came from, and its bytes (base64). */
export type StoredProofFile = z.infer<typeof StoredProofFileSchema>;

const VERSION = 1;
const PREFIX = 'proof-file:';

/** The key of one kept proof file: `proof-file:<learner>:<day>-<random>`. */
const proofFileKey = (learnerId: string, day: number): string =>
  `${PREFIX}${learnerId}:${day}-${randomUUID().slice(0, 8)}`;

/** True for the key of a kept proof file (export hands them over as files, not as raw records). */
export const isProofFileKey = (key: string): boolean => key.startsWith(PREFIX);

/**
 * Keeps the bytes of proof files up to {@link MAX_PROOF_FILE_BYTES}, because the link a chat
 * service gives expires. Each file is its own record, registered with the learner's keys so
 * export and forget-me find it.
 */
export function createProofFiles(deps: { store: Store; clock: Clock; logger: Logger }) {
  const { store, clock, logger } = deps;
  return {
    /** Stores the file for `day`; never throws, since the day is already recorded. */
    async keep(learnerId: string, day: number, file: ProofFileInput): Promise<ProofFileOutcome> {
      const { bytes } = file;
      if (bytes === null || bytes.byteLength > MAX_PROOF_FILE_BYTES)
        return { kind: 'not-kept', name: file.name };
      const key = proofFileKey(learnerId, day);
      try {
        await rememberLearnerKey(store, learnerId, key);
        await writeRecord(store, key, VERSION, {
          day,
          name: file.name,
          contentType: file.contentType,
          url: file.url,
          at: clock.now().toISOString(),
          size: bytes.byteLength,
          base64: Buffer.from(bytes).toString('base64'),
        } satisfies StoredProofFile);
        return { kind: 'kept', name: file.name };
      } catch (error) {
        logger.error('proof file not kept', { learnerId, day, error: String(error) });
        return { kind: 'not-kept', name: file.name };
      }
    },
  };
}

/** Proof files, as built by `createProofFiles`. */
export type ProofFiles = ReturnType<typeof createProofFiles>;

/** Every kept proof file of the learner, by day then time (for export). */
export async function listProofFiles(
  store: Store,
  learnerId: string,
  logger: Logger,
  now: Date,
): Promise<StoredProofFile[]> {
  const keys = (await learnerKeys(store, learnerId)).filter(isProofFileKey);
  const read = await Promise.all(
    keys.map((key) => readRecord(store, key, StoredProofFileSchema, logger, now)),
  );
  return read
    .flatMap((one) => (one.kind === 'found' ? [one.value] : []))
    .sort((a, b) => a.day - b.day || a.at.localeCompare(b.at));
}
