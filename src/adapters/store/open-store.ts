import type { Logger, Store } from '../../app/ports.js';
import { createMemoryStore } from './memory-store.js';
import { openSqliteStore } from './sqlite-store.js';
import { checkNamespace, redactUrl } from './store-support.js';

/** What every store needs besides its URL. */
export interface OpenStoreOptions {
  /** Prefix that keeps this store's keys apart from other stores on the same server; no `:`. */
  readonly namespace: string;
  readonly logger: Logger;
}

/**
 * Opens the Store a URL names: `sqlite://<path>` (relative or absolute), `redis://` or
 * `rediss://`, `postgres://` or `postgresql://`, `memory://`. Throws when the URL is not
 * supported or the backend cannot be reached.
 */
export async function openStore(url: string, options: OpenStoreOptions): Promise<Store> {
  const namespace = checkNamespace(options.namespace);
  const { logger } = options;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  const store = await openByScheme(scheme, url, { namespace, logger });
  logger.info('store opened', { backend: scheme, url: redactUrl(url), namespace });
  return store;
}

async function openByScheme(
  scheme: string | undefined,
  url: string,
  options: OpenStoreOptions,
): Promise<Store> {
  // Redis and PostgreSQL clients load only when named: the redis client alone costs every
  // other bot about 10 MB of memory it never uses.
  switch (scheme) {
    case 'memory':
      return createMemoryStore();
    case 'sqlite': {
      const path = url.slice('sqlite://'.length);
      // SQLite would open a private temporary database for an empty path, and the reader another.
      if (path.trim() === '') {
        throw new Error(
          'the file path is missing; write it after sqlite://, like sqlite://./data/study-coach.sqlite',
        );
      }
      return openSqliteStore(path, options);
    }
    case 'redis':
    case 'rediss':
      return (await import('./redis-store.js')).openRedisStore(url, options);
    case 'postgres':
    case 'postgresql':
      return (await import('./postgres-store.js')).openPostgresStore(url, options);
    default:
      throw new Error(
        `unsupported store URL ${redactUrl(url)}: use sqlite://, redis://, rediss://, postgres://, postgresql:// or memory://`,
      );
  }
}
