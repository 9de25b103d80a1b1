import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { isUndecodable, type Logger, type Store } from '../ports.js';

/** Outcome of reading a typed record. `corrupt`: it was moved aside to `quarantineKey` and the key freed. */
export type ReadRecordResult<T> =
  | { readonly kind: 'found'; readonly value: T }
  | { readonly kind: 'missing' }
  | { readonly kind: 'corrupt'; readonly quarantineKey: string };

/** How a record type's stored shape evolves. */
export interface RecordVersioning {
  /** The version this code writes, i.e. what it passes to `writeRecord`. */
  readonly current: number;
  /** Lifts data stored at an older version to the current shape; undefined when it cannot. */
  readonly migrate?: (fromVersion: number, data: unknown) => unknown;
}

/** Outcome of `withLease`: `busy` when another owner held the lease through every retry. */
export type LeaseResult<T> = { readonly kind: 'ok'; readonly value: T } | { readonly kind: 'busy' };

/** Retry policy of `withLease`. */
export interface LeaseRetry {
  /** Claim attempts before giving up; default 5. */
  readonly attempts?: number;
  /** First pause between attempts, doubled each time; default 20 ms. */
  readonly backoffMs?: number;
}

/** What a record looks like in the store. */
const EnvelopeSchema = z.object({ v: z.number().int().positive(), data: z.unknown() });

const FIRST_VERSION: RecordVersioning = { current: 1 };

/**
 * Reads the record at `key` and checks it against `schema` (after migrating older versions).
 * A record that fails is copied to `quarantine:<key>:<now>`, removed from `key` and logged,
 * so the caller can carry on as if it were missing. Store failures are thrown.
 */
export async function readRecord<S extends z.ZodType>(
  store: Store,
  key: string,
  schema: S,
  logger: Logger,
  now: Date,
  versioning: RecordVersioning = FIRST_VERSION,
): Promise<ReadRecordResult<z.output<S>>> {
  const raw = await store.get(key);
  if (raw === undefined) return { kind: 'missing' };
  const quarantine = async (
    problem: string,
    details: Record<string, unknown>,
  ): Promise<ReadRecordResult<never>> => {
    const quarantineKey = `quarantine:${key}:${compactTimestamp(now)}`;
    await store.set(quarantineKey, isUndecodable(raw) ? raw.undecodable : raw);
    await store.delete(key);
    logger.error(`record set aside: ${problem}`, { key, quarantineKey, ...details });
    return { kind: 'corrupt', quarantineKey };
  };

  if (isUndecodable(raw)) return quarantine('not JSON', {});
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success)
    return quarantine('not a record envelope', { issues: z.prettifyError(envelope.error) });
  const { v, data } = envelope.data;
  const lifted = v === versioning.current ? { data } : migrated(versioning, v, data);
  if (!('data' in lifted)) {
    return quarantine('unknown version', { version: v, expected: versioning.current, why: lifted.why });
  }
  const parsed = schema.safeParse(lifted.data);
  if (!parsed.success)
    return quarantine('invalid data', { version: v, issues: z.prettifyError(parsed.error) });
  return { kind: 'found', value: parsed.data };
}

/** Stores `value` at `key` as `{ v: schemaVersion, data: value }`, expiring after `ttlMs` when given. */
export async function writeRecord<T>(
  store: Store,
  key: string,
  schemaVersion: number,
  value: T,
  ttlMs?: number,
): Promise<void> {
  await store.set(key, { v: schemaVersion, data: value }, ttlMs);
}

/**
 * Reads many records of the current version in one `getMany`; a key whose record is absent,
 * of another version or invalid reads as undefined (`readRecord` is the one path that
 * migrates and sets aside).
 */
export async function readCurrentRecords<S extends z.ZodType>(
  store: Store,
  keys: readonly string[],
  schema: S,
  version: number,
): Promise<(z.output<S> | undefined)[]> {
  const raws = keys.length === 0 ? [] : await store.getMany(keys);
  return raws.map((raw) => {
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success || envelope.data.v !== version) return undefined;
    const parsed = schema.safeParse(envelope.data.data);
    return parsed.success ? parsed.data : undefined;
  });
}

/** Stores `value` at `key` as a record only if nothing is there (one atomic write); true when it did. */
export async function createRecord<T>(
  store: Store,
  key: string,
  schemaVersion: number,
  value: T,
): Promise<boolean> {
  return store.create(key, { v: schemaVersion, data: value });
}

/**
 * Runs `fn` while holding the lease `key` under a fresh random owner, retrying a few times
 * with growing pauses while someone else holds it. The lease is released afterwards only if
 * still ours (it may have expired after `ttlMs` and been taken). Use a key of its own, such as
 * `lease:<record key>`: `Store.delete` of a record key would drop a claim under the same key.
 */
export async function withLease<T>(
  store: Store,
  key: string,
  ttlMs: number,
  fn: () => Promise<T>,
  retry: LeaseRetry = {},
): Promise<LeaseResult<T>> {
  const attempts = retry.attempts ?? 5;
  const backoffMs = retry.backoffMs ?? 20;
  const owner = randomUUID();
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (await store.claim(key, owner, ttlMs)) {
      try {
        return { kind: 'ok', value: await fn() };
      } finally {
        await store.release(key, owner);
      }
    }
    // Jitter keeps processes that collided once from colliding again in lockstep.
    if (attempt < attempts - 1) await sleep(backoffMs * 2 ** attempt * (0.5 + Math.random()));
  }
  return { kind: 'busy' };
}

function migrated(
  versioning: RecordVersioning,
  version: number,
  data: unknown,
): { readonly data: unknown } | { readonly why: string } {
  if (version > versioning.current) return { why: 'written by a newer version' };
  if (versioning.migrate === undefined) return { why: 'no migration' };
  try {
    const lifted = versioning.migrate(version, data);
    return lifted === undefined ? { why: 'migration declined' } : { data: lifted };
  } catch (error) {
    return { why: `migration failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** `2025-03-01T10:15:00.000Z` as `20250301T101500.000Z`: sortable and free of `:`. */
function compactTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '');
}
