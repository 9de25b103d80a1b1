import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { describeStoreContract } from './store-contract.js';
import { randomNamespace, recordingLogger } from './store-test-support.js';

const redisUrl = process.env['REDIS_URL'];

describe.runIf(redisUrl !== undefined)('Redis store (REDIS_URL)', () => {
  describeStoreContract('Redis', () => ({
    expiresItself: true,
    open: (namespace) => openStore(redisUrl ?? '', { namespace, logger: recordingLogger() }),
  }));

  it('GIVEN a URL with a wrong password WHEN opened THEN it throws and no log line or message shows the password', async () => {
    const url = new URL(redisUrl ?? '');
    url.password = 'hunter2-secret';
    const logger = recordingLogger();
    const failure = await openStore(url.toString(), { namespace: randomNamespace(), logger }).then(
      async (store) => {
        await store.close();
        return undefined;
      },
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).not.toContain('hunter2-secret');
    expect(logger.lines.join('\n')).not.toContain('hunter2-secret');
  });
});
