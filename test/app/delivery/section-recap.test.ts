import { noteServerLearner } from '../../../src/app/storage/server-learners.js';
import { describe, expect, it } from 'vitest';
import { runSectionRecap, type SectionRecapDeps } from '../../../src/app/delivery/section-recap.js';
import { ServerRecords } from '../../../src/app/storage/server-records.js';
import { renderSectionRecap } from '../../../src/presenters/text/recap-text.js';
import { FakeNotifier, HOUR_MS } from './daily-posts-fixture.js';
import { progressWorld, silent } from '../progress/progress-world.js';

const at = (iso: string) => new Date(iso);
const GUILD = 'g1';
const CHANNEL = 'c-study';
const learner = (id: string, displayName: string) => ({ id: `discord:${id}`, displayName });
const [ada, bo, hidden] = [learner('1', 'Ada'), learner('2', '@everyone Bo'), learner('3', 'Hidden')];

/**
 * A Berlin server whose cohort started 2026-06-01 (Day 37, Module 5's project, on 06-07):
 * Ada and Hidden did all seven days, Bo six; Hidden opted out.
 */
async function cohort() {
  const world = progressWorld({ now: at('2026-06-01T06:00:00Z') });
  const records = new ServerRecords(world.store, silent);
  await records.save({
    guildId: GUILD,
    channelId: CHANNEL,
    time: '09:00',
    timezone: 'Europe/Berlin',
    startDate: '2026-06-01',
    paused: false,
    recaps: true,
    nudges: false,
    problem: null,
  });
  for (const who of [ada, bo, hidden]) await noteServerLearner(world.store, GUILD, who.id);
  for (let day = 1; day <= 7; day++) {
    world.setNow(at(`2026-06-0${day}T10:00:00Z`));
    for (const who of day === 7 ? [ada, hidden] : [ada, bo, hidden])
      await world.study.done(who, { text: `did day ${day}`, links: [] });
  }
  await world.app.settings.update(hidden, { leaderboard: 'off' });
  const notifier = new FakeNotifier(() => world.clock.now());
  const deps: SectionRecapDeps = {
    ...world,
    servers: records,
    notifier,
    logger: silent,
    graceMs: 12 * HOUR_MS,
    texts: { sectionRecap: renderSectionRecap },
  };
  const run = (iso: string) => {
    world.setNow(at(iso));
    return runSectionRecap(deps, GUILD, world.clock.now());
  };
  return { world, notifier, run };
}

describe('GIVEN a cohort that just finished Module 5', () => {
  it('WHEN the slot after Day 37 comes, twice THEN one recap: who finished the project, streaks, no one opted out', async () => {
    const { notifier, run } = await cohort();
    expect(await run('2026-06-08T07:00:00Z')).toMatchObject({
      kind: 'delivery',
      sectionIndex: 0,
      delivery: { kind: 'sent' },
    });
    expect(await run('2026-06-08T07:01:00Z')).toMatchObject({
      kind: 'delivery',
      delivery: { kind: 'already-sent' },
    });
    expect(notifier.inChannel(CHANNEL).map((m) => m.text)).toEqual([
      [
        'Module 5 · Spark Fundamentals + PySpark is complete.',
        'Finished the Day 37 project: Ada.',
        'Streaks: Ada 7 days · @\u200beveryone Bo 6 days.',
        'Next up: Day 38 · Airflow Architecture.',
      ].join('\n'),
    ]);
  });

  it('WHEN the process died right after the send THEN the next turn finds the post and does not send it again', async () => {
    const { notifier, run } = await cohort();
    notifier.fail(CHANNEL, { kind: 'crash-after-send' });
    await expect(run('2026-06-08T07:00:00Z')).rejects.toThrow('process died');
    expect(await run('2026-06-08T07:01:00Z')).toMatchObject({ delivery: { kind: 'sent', how: 'found' } });
    expect(notifier.inChannel(CHANNEL)).toHaveLength(1);
  });

  it('WHEN the server turned recaps off THEN nothing is posted', async () => {
    const { world, notifier, run } = await cohort();
    expect(await world.app.servers.setRecaps(GUILD, false)).toEqual({
      kind: 'recaps-set',
      on: false,
      changed: true,
    });
    expect(await run('2026-06-08T07:00:00Z')).toMatchObject({ kind: 'not-due', reason: 'off' });
    expect(notifier.messages).toEqual([]);
  });

  it('WHEN it is the middle of a module THEN nothing is due', async () => {
    const { run } = await cohort();
    expect(await run('2026-06-07T07:00:00Z')).toMatchObject({ kind: 'not-due', reason: 'not-section-end' });
  });
});

describe("GIVEN the cohort's server in the scheduling wheel", () => {
  const RECAP_HEAD = 'Module 5 · Spark Fundamentals + PySpark is complete.';
  const channelLog = (world: Awaited<ReturnType<typeof cohort>>['world']) =>
    world.notifier.inChannel(CHANNEL).map((m) => m.day ?? m.text?.split('\n')[0]);

  async function scheduled() {
    const made = await cohort();
    const settings = await new ServerRecords(made.world.store, silent).load(GUILD, made.world.clock.now());
    if (settings === null) throw new Error('the server is not set up');
    await made.world.wheel.placeServer(settings, at('2026-06-08T06:50:00Z'));
    return { ...made, settings };
  }

  it('WHEN the slot after Day 37 comes and the scheduler ticks on, and again after a restart THEN Day 38, then the recap, each once', async () => {
    const { world, settings } = await scheduled();
    await world.tickEveryMinute('2026-06-08T06:55:00Z', '2026-06-08T07:10:00Z');
    await world.store.delete('scheduler:cursor');
    await world.wheel.placeServer(settings, world.clock.now());
    await world.tickEveryMinute('2026-06-08T07:11:00Z', '2026-06-08T07:15:00Z');
    expect(channelLog(world)).toEqual([38, RECAP_HEAD]);
  });

  it('WHEN the day post fails in passing THEN the recap waits for it, and follows it a minute later', async () => {
    const { world } = await scheduled();
    world.notifier.fail(CHANNEL, { kind: 'failed', detail: '503' });
    await world.tick(at('2026-06-08T07:00:00Z'));
    expect(channelLog(world)).toEqual([]);
    await world.tickEveryMinute('2026-06-08T07:01:00Z', '2026-06-08T07:05:00Z');
    expect(channelLog(world)).toEqual([38, RECAP_HEAD]);
  });

  it('WHEN the recap fails in passing THEN the turn comes back next minute and posts the recap once, not the day again', async () => {
    const { world } = await scheduled();
    world.notifier.fail(CHANNEL, { kind: 'pass' }, { kind: 'failed', detail: '503' });
    const first = await world.tick(at('2026-06-08T07:00:00Z'));
    expect(first.counts).toMatchObject({ 'post:sent': 1, 'recap:failed': 1 });
    const second = await world.tick(at('2026-06-08T07:01:00Z'));
    expect(second.counts).toMatchObject({ 'post:already-sent': 1, 'recap:sent': 1 });
    expect(channelLog(world)).toEqual([38, RECAP_HEAD]);
  });

  it('WHEN the server turned recaps off THEN only the day is posted', async () => {
    const { world } = await scheduled();
    await world.app.servers.setRecaps(GUILD, false);
    await world.tickEveryMinute('2026-06-08T06:59:00Z', '2026-06-08T07:05:00Z');
    expect(channelLog(world)).toEqual([38]);
  });

  it('WHEN a day in the middle of a module is posted THEN no recap follows', async () => {
    const { world } = await scheduled();
    await world.tickEveryMinute('2026-06-08T06:59:00Z', '2026-06-08T07:01:00Z');
    await world.tickEveryMinute('2026-06-09T06:59:00Z', '2026-06-09T07:01:00Z');
    expect(channelLog(world)).toEqual([38, RECAP_HEAD, 39]);
  });
});

describe('GIVEN a server that was never set up', () => {
  it('WHEN recaps are switched THEN it is told to set up first', async () => {
    const world = progressWorld({ now: at('2026-06-01T06:00:00Z') });
    expect(await world.app.servers.setRecaps('nope', true)).toEqual({ kind: 'not-set-up' });
  });
});
