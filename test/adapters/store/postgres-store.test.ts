import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { describeStoreContract } from './store-contract.js';
import { randomNamespace, recordingLogger } from './store-test-support.js';

const postgresUrl = process.env['POSTGRES_URL'];

describe.runIf(postgresUrl !== undefined)('PostgreSQL store (POSTGRES_URL)', () => {
  describeStoreContract('PostgreSQL', () => ({
    open: (namespace) => openStore(postgresUrl ?? '', { namespace, logger: recordingLogger() }),
  }));

  it('GIVEN a database that does not exist WHEN opened THEN it throws instead of answering undefined', async () => {
    const url = new URL(postgresUrl ?? '');
    url.pathname = `/missing_${randomNamespace()}`;
    await expect(
      openStore(url.toString(), { namespace: randomNamespace(), logger: recordingLogger() }),
    ).rejects.toThrow(/does not exist/);
  });

  it('GIVEN a URL with a password WHEN opened and used THEN no log line shows the password', async () => {
    const url = new URL(postgresUrl ?? '');
    url.password = 'hunter2-secret';
    const logger = recordingLogger();
    const store = await openStore(url.toString(), { namespace: randomNamespace(), logger }).catch(
      (error: unknown) => {
        expect(String(error)).not.toContain('hunter2-secret');
        return undefined;
      },
    );
    await store?.get('k');
    await store?.close();
    expect(logger.lines.join('\n')).not.toContain('hunter2-secret');
  });
});
