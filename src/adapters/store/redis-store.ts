import { createKeyv, type RedisClientType } from '@keyv/redis';
import type KeyvRedis from '@keyv/redis';
import type { Logger, Store } from '../../app/ports.js';
import {
  checkStep,
  checkTtl,
  closable,
  keyvText,
  keyvValues,
  logKeyvErrors,
  checkScore,
  tolerateUndecodable,
  redactUrl,
  safeMessage,
} from './store-support.js';

/** Options of the Redis store. */
export interface RedisStoreOptions {
  readonly namespace: string;
  readonly logger: Logger;
}

const CONNECT_TIMEOUT_MS = 5_000;

// Compare-and-delete: only the holder may release a lease.
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

// The TTL starts when the counter is created; later increments keep it.
const INCREMENT = `local existed = redis.call('EXISTS', KEYS[1])
local total = redis.call('INCRBY', KEYS[1], ARGV[1])
if existed == 0 and ARGV[2] ~= '' then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return total`;

/**
 * A Store on one Redis server (not a cluster), shared safely by any number of processes:
 * values go through keyv (`<namespace>::<key>`), claims/counters/sets are native Redis
 * commands on `<namespace>:claim:<key>`, `<namespace>:counter:<key>`, `<namespace>:set:<key>`.
 */
export async function openRedisStore(url: string, options: RedisStoreOptions): Promise<Store> {
  const { namespace, logger } = options;
  const keyv = createKeyv(url, {
    namespace,
    throwOnErrors: true,
    throwOnConnectError: true,
    connectionTimeout: CONNECT_TIMEOUT_MS,
  });
  logKeyvErrors(keyv, logger, 'redis', url);
  tolerateUndecodable(keyv);
  let firstError: unknown;
  keyv.on('error', (error: unknown) => {
    firstError ??= error;
  });
  const adapter = keyv.store as KeyvRedis<unknown>;
  let client: RedisClientType;
  try {
    client = (await adapter.getClient()) as RedisClientType;
  } catch (error) {
    await adapter.disconnect(true).catch(() => undefined);
    const reason = safeMessage(firstError ?? error, url);
    throw new Error(`cannot connect to Redis at ${redactUrl(url)}: ${reason}`, { cause: error });
  }

  const claimKey = (key: string): string => `${namespace}:claim:${key}`;
  const counterKey = (key: string): string => `${namespace}:counter:${key}`;
  const setKey = (key: string): string => `${namespace}:set:${key}`;
  const rankKey = (key: string): string => `${namespace}:rank:${key}`;

  return closable({
    ...keyvValues(keyv),
    async create(key, value) {
      // Where keyv keeps the value (`<namespace>::<key>`); Redis itself drops expired ones.
      const valueKey = adapter.createKeyPrefix(key, namespace);
      return (await client.set(valueKey, await keyvText(keyv, value), { condition: 'NX' })) === 'OK';
    },
    async delete(key) {
      await keyv.delete(key);
      await client.del([claimKey(key), counterKey(key), setKey(key), rankKey(key)]);
    },
    async claim(key, owner, ttlMs) {
      const ttl = checkTtl(ttlMs);
      const reply = await client.set(claimKey(key), owner, {
        condition: 'NX',
        ...(ttl === undefined ? {} : { expiration: { type: 'PX', value: ttl } }),
      });
      return reply === 'OK';
    },
    async claimOwner(key) {
      return (await client.get(claimKey(key))) ?? undefined;
    },
    async release(key, owner) {
      const removed = await client.eval(RELEASE, { keys: [claimKey(key)], arguments: [owner] });
      return removed === 1;
    },
    async increment(key, by, ttlMs) {
      const ttl = checkTtl(ttlMs);
      const total = await client.eval(INCREMENT, {
        keys: [counterKey(key)],
        arguments: [String(checkStep(by)), ttl === undefined ? '' : String(ttl)],
      });
      return Number(total);
    },
    async counter(key) {
      return Number((await client.get(counterKey(key))) ?? 0);
    },
    async addToSet(key, member) {
      await client.sAdd(setKey(key), member);
    },
    async removeFromSet(key, member) {
      await client.sRem(setKey(key), member);
    },
    async setMembers(key) {
      return (await client.sMembers(setKey(key))).sort();
    },
    async setMembersMany(keys) {
      // Sent together: node-redis pipelines the commands of one tick into one round trip.
      const all = await Promise.all(keys.map((key) => client.sMembers(setKey(key))));
      return all.map((members) => members.sort());
    },
    async rankSet(key, member, score) {
      await client.zAdd(rankKey(key), { score: checkScore(score), value: member });
    },
    async rankRemove(key, member) {
      await client.zRem(rankKey(key), member);
    },
    async rankTop(key, limit) {
      if (limit <= 0) return [];
      const rows = await client.zRangeWithScores(rankKey(key), 0, limit - 1, { REV: true });
      return rows.map(({ value, score }) => ({ member: value, score }));
    },
    async rankUpTo(key, maxScore, limit) {
      if (limit <= 0) return [];
      const rows = await client.zRangeWithScores(rankKey(key), '-inf', maxScore, {
        BY: 'SCORE',
        LIMIT: { offset: 0, count: limit },
      });
      return rows.map(({ value, score }) => ({ member: value, score }));
    },
    async rankCount(key, above) {
      return above === undefined
        ? client.zCard(rankKey(key))
        : client.zCount(rankKey(key), `(${above}`, '+inf');
    },
    async rankScore(key, member) {
      return (await client.zScore(rankKey(key), member)) ?? undefined;
    },
    // Redis drops expired keys itself.
    sweepExpired: async () => 0,
    async close() {
      await keyv.disconnect();
    },
  });
}
