import type { Logger, Store } from '../app/ports.js';
import type { Config } from '../config.js';
import { openStore } from '../adapters/store/open-store.js';
import { redactUrl } from '../adapters/store/store-support.js';

/**
 * Opens the configured store; on failure writes one line to stderr saying which store and why
 * (no stack trace: the cause is the store, not a bug), and gives null. Every front end starts so.
 */
export async function openStoreOrExplain(
  config: Pick<Config, 'STORE_URL' | 'STORE_NAMESPACE'>,
  logger: Logger,
): Promise<Store | null> {
  try {
    return await openStore(config.STORE_URL, { namespace: config.STORE_NAMESPACE, logger });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Can't open the store at ${redactUrl(config.STORE_URL)}: ${reason}\n`);
    return null;
  }
}
