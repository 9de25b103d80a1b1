import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Store } from '../../../src/app/ports.js';
import { learnerKeys } from '../../../src/app/storage/learner-keys.js';
import { progressWorld, silent } from '../progress/progress-world.js';

const who = { id: 'discord:4242', displayName: 'Lin' };
const URL_OF = 'https://cdn.discordapp.com/attachments/1/2/dag.png?ex=1&is=2&hm=3';
const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const file = (content: Uint8Array | null) => ({
  name: 'dag.png',
  contentType: 'image/png',
  url: URL_OF,
  bytes: content,
});
const folders: string[] = [];

afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function sqliteStore(): Promise<Store> {
  const folder = await mkdtemp(join(tmpdir(), 'proof-files-'));
  folders.push(folder);
  return openStore(`sqlite://${join(folder, 'coach.sqlite')}`, { namespace: 'proof', logger: silent });
}

describe.each([
  ['memory', async () => undefined],
  ['SQLite', sqliteStore],
])('GIVEN the %s store and a learner handing in a file as proof', (_name, open) => {
  it('WHEN the day is recorded THEN the bytes are kept, exported as a file beside the JSON, and forgotten', async () => {
    const world = progressWorld({ now: new Date('2026-03-02T08:00:00Z'), store: await open() });
    const outcome = await world.app.coaching.submitProof(
      who,
      { text: 'Drew the DAG', links: [URL_OF] },
      { file: file(bytes) },
    );
    expect(outcome).toMatchObject({ done: { kind: 'done' }, file: { kind: 'kept', name: 'dag.png' } });
    const exported = await world.app.privacy.exportData(who);
    if (exported.kind !== 'export') throw new Error(exported.kind);
    expect(exported.files).toEqual([
      { name: 'proof-day31-dag.png', contentType: 'image/png', bytes: expect.anything() },
    ]);
    expect(Buffer.from(exported.files[0]?.bytes ?? []).equals(bytes)).toBe(true);
    expect(exported.data.proofFiles).toEqual([
      {
        day: 31,
        file: 'proof-day31-dag.png',
        name: 'dag.png',
        contentType: 'image/png',
        size: bytes.length,
        url: URL_OF,
        keptAt: '2026-03-02T08:00:00.000Z',
      },
    ]);
    expect(Object.keys(exported.data.records).some((key) => key.startsWith('proof-file:'))).toBe(false);
    const [key] = (await learnerKeys(world.store, who.id)).filter((one) => one.startsWith('proof-file:'));
    expect(await world.app.privacy.forget(who)).toMatchObject({ kind: 'forgotten' });
    expect(await world.store.get(String(key))).toBeUndefined();
  });

  it('WHEN the bytes could not be fetched THEN the day still counts and the outcome says the file was not kept', async () => {
    const world = progressWorld({ now: new Date('2026-03-02T08:00:00Z'), store: await open() });
    const outcome = await world.app.coaching.submitProof(
      who,
      { text: 'Drew the DAG', links: [URL_OF] },
      { file: file(null) },
    );
    expect(outcome).toMatchObject({ done: { kind: 'done' }, file: { kind: 'not-kept', name: 'dag.png' } });
    expect(await learnerKeys(world.store, who.id)).not.toContainEqual(expect.stringMatching(/^proof-file:/));
  });

  it('WHEN the proof is refused THEN no file is kept', async () => {
    const world = progressWorld({ now: new Date('2026-03-02T08:00:00Z'), store: await open() });
    const outcome = await world.app.coaching.submitProof(
      who,
      { text: ' ', links: [] },
      { file: file(bytes) },
    );
    expect(outcome).toMatchObject({ done: { kind: 'proof-missing' } });
    expect(outcome.file).toBeUndefined();
    expect(await learnerKeys(world.store, who.id)).toEqual([]);
  });
});
