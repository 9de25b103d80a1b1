import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { recordingLogger } from './store-test-support.js';

describe('openStore', () => {
  it('GIVEN memory:// WHEN opened THEN it is a working store', async () => {
    const store = await openStore('memory://', { namespace: 'coach', logger: recordingLogger() });
    await store.set('k', { v: 1 });
    expect(await store.get('k')).toEqual({ v: 1 });
    await store.close();
  });

  it.each(['mysql://db/coach', 'coach.db', 'http://localhost:6379'])(
    'GIVEN the unsupported URL %s WHEN opened THEN it throws naming the supported schemes',
    async (url) => {
      await expect(openStore(url, { namespace: 'coach', logger: recordingLogger() })).rejects.toThrow(
        /sqlite:\/\/.*memory:\/\//,
      );
    },
  );

  it('GIVEN an unsupported URL with a password WHEN rejected THEN the message hides the password', async () => {
    await expect(
      openStore('mysql://coach:hunter2-secret@db/coach', { namespace: 'coach', logger: recordingLogger() }),
    ).rejects.toThrow(/^(?!.*hunter2-secret)/s);
  });

  it.each(['', 'coach:prod'])('GIVEN the namespace %j WHEN opened THEN it throws', async (namespace) => {
    await expect(openStore('memory://', { namespace, logger: recordingLogger() })).rejects.toThrow(
      /namespace/,
    );
  });
});
