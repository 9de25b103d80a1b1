import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { describeStoreContract } from './store-contract.js';
import { randomNamespace, recordingLogger } from './store-test-support.js';

describeStoreContract('SQLite file', () => {
  const folder = mkdtemp(join(tmpdir(), 'coach-sqlite-'));
  return {
    async open(namespace) {
      return openStore(`sqlite://${join(await folder, 'nested', 'coach.db')}`, {
        namespace,
        logger: recordingLogger(),
      });
    },
    async dispose() {
      await rm(await folder, { recursive: true, force: true });
    },
  };
});

describe('openStore with sqlite://', () => {
  const folders: string[] = [];
  const tempFolder = async (): Promise<string> => {
    const folder = await mkdtemp(join(tmpdir(), 'coach-sqlite-'));
    folders.push(folder);
    return folder;
  };
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('GIVEN a relative path with missing folders WHEN opened THEN the folders and file are created', async () => {
    const folder = await tempFolder();
    const path = relative(process.cwd(), join(folder, 'a', 'b', 'coach.db'));
    const store = await openStore(`sqlite://${path}`, {
      namespace: randomNamespace(),
      logger: recordingLogger(),
    });
    await store.set('k', 1);
    await store.close();
    expect((await stat(join(folder, 'a', 'b', 'coach.db'))).isFile()).toBe(true);
  });

  it('GIVEN a path whose folder is a file WHEN opened THEN opening throws', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'blocker'), 'not a folder');
    await expect(
      openStore(`sqlite://${join(folder, 'blocker', 'coach.db')}`, {
        namespace: randomNamespace(),
        logger: recordingLogger(),
      }),
    ).rejects.toThrow();
  });

  it('GIVEN a path that is a folder WHEN opened THEN opening throws with SQLite’s reason', async () => {
    const folder = await tempFolder();
    await expect(
      openStore(`sqlite://${folder}`, { namespace: randomNamespace(), logger: recordingLogger() }),
    ).rejects.toThrow(/SQLITE_CANTOPEN/);
  });
});
