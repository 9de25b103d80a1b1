import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Store } from '../../../src/app/ports.js';
import { placeOf } from '../../../src/app/delivery/wheel.js';
import { noteServerLearner } from '../../../src/app/storage/server-learners.js';
import { progressWorld, reviewOf, silent, tracesOf } from '../progress/progress-world.js';

const userId = '4242';
const who = { id: `discord:${userId}`, displayName: 'Lin' };
const other = { id: 'discord:7', displayName: 'Bo' };
const at = (iso: string) => new Date(iso);

/**
 * Everything a learner can leave behind: progress, settings, the reminder and warning
 * wheels, servers, reviews, and a reminder and a warning sent by the scheduler.
 */
async function busyLearner(store?: Store) {
  const world = progressWorld({ now: at('2026-03-02T08:00:00Z'), store });
  for (const learner of [who, other]) {
    await world.study.done(learner, {
      text: 'Explained lazy evaluation',
      links: ['https://example.com/dag'],
    });
    await noteServerLearner(world.store, 'g1', learner.id);
  }
  await noteServerLearner(world.store, 'g2', who.id);
  // They set up server g2 as its admin: told by DM when its post fails, so their id is kept.
  await world.app.servers.setup('g2', {
    channelId: 'c2',
    time: '09:00',
    timezone: 'Europe/Berlin',
    startDate: '2026-03-02',
    setUpBy: who.id,
  });
  await world.app.settings.update(who, {
    timezone: 'Europe/Berlin',
    reminder: '08:00',
    warning: '20',
  });
  await world.app.pace.pause(who);
  await world.app.pace.resume(who);
  await world.app.reviews.save(who.id, reviewOf(31, 'linkedin', '2026-03-02T09:00:00.000Z'));
  // 08:00 and 20:00 in Berlin on 03-03, the day not done: a reminder, then a warning.
  const first = await world.tick(at('2026-03-03T07:00:00Z'));
  const second = await world.tick(at('2026-03-03T19:00:00Z'));
  expect([first.counts, second.counts]).toMatchObject([{ 'remind:sent': 1 }, { 'warn:sent': 1 }]);
  expect(world.notifier.inChannel(`dm-${userId}`)).toHaveLength(2);
  return world;
}

describe('GIVEN a learner the coach has never seen', () => {
  it('WHEN they /export THEN they are told there is nothing, and the store was not written to', async () => {
    const world = progressWorld({ now: at('2026-03-02T08:00:00Z') });
    expect(await world.app.privacy.exportData(who)).toEqual({ kind: 'no-data' });
    expect(await world.app.privacy.forget(who)).toEqual({ kind: 'nothing-stored' });
    expect([...world.store.touched]).toEqual([]);
  });
});

describe('GIVEN a learner with progress, settings, reviews, servers, and a reminder and a warning sent', () => {
  it('WHEN they /export THEN every record of theirs is in the JSON, and nothing of anyone else', async () => {
    const world = await busyLearner();
    const outcome = await world.app.privacy.exportData(who);
    if (outcome.kind !== 'export') throw new Error(outcome.kind);
    const { data } = outcome;
    expect(data.learner).toMatchObject({
      id: who.id,
      timezone: 'Europe/Berlin',
      reminderTime: '08:00',
      streakWarningHour: 20,
    });
    expect(data.learner.completions).toHaveLength(1);
    expect(data.reviews.map((r) => r.day)).toEqual([31]);
    expect(data.servers).toEqual(['g1', 'g2']);
    expect(Object.keys(data.records)).toEqual(
      expect.arrayContaining([
        `dm-channel:${userId}`,
        'server-admin:g2',
        `state:remind:${who.id}:2026-03-03`,
        `state:streak-warning:${who.id}:2026-03-03`,
      ]),
    );
    expect(JSON.stringify(data)).not.toContain(other.id);
  });

  it('WHEN they /forget-me THEN nothing of theirs is left in the store, and the other learner is untouched', async () => {
    const world = await busyLearner();
    expect(await tracesOf(world.store, [who.id, userId])).not.toEqual([]);
    expect(await world.app.privacy.forget(who)).toMatchObject({ kind: 'forgotten', servers: 2 });
    expect(await tracesOf(world.store, [who.id, userId])).toEqual([]);
    expect([
      await placeOf(world.store, 'remind', who.id),
      await placeOf(world.store, 'warn', who.id),
    ]).toEqual([null, null]);
    expect(await world.app.privacy.exportData(who)).toEqual({ kind: 'no-data' });
    expect(await world.store.setMembers('server-learners:g1')).toEqual([other.id]);
    expect((await world.learners.load(other.id)).kind).toBe('found');
  });
});

describe('GIVEN the same learner in a real SQLite store', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('WHEN they /forget-me THEN no row of any table mentions them', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'coach-forget-'));
    folders.push(folder);
    const file = join(folder, 'coach.sqlite');
    const store = await openStore(`sqlite://${file}`, { namespace: 'forget', logger: silent });
    try {
      const world = await busyLearner(store);
      await world.app.privacy.forget(who);
    } finally {
      await store.close();
    }
    const rows = await allRows(file);
    expect(rows.filter((row) => row.includes(who.id) || row.includes(userId))).toEqual([]);
    expect(rows.some((row) => row.includes(other.id))).toBe(true);
  });
});

/** Every row of every table in the SQLite file, as text. */
async function allRows(file: string): Promise<string[]> {
  const sqlite = new KeyvSqlite({ uri: `sqlite://${file}` });
  try {
    const tables = (await sqlite.query("SELECT name FROM sqlite_master WHERE type = 'table'")) as {
      name: string;
    }[];
    const rows: string[] = [];
    for (const { name } of tables) {
      for (const row of (await sqlite.query(`SELECT * FROM "${name}"`)) as object[])
        rows.push(`${name} ${JSON.stringify(row)}`);
    }
    return rows;
  } finally {
    await sqlite.disconnect();
  }
}
