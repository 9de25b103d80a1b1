import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../../src/adapters/curriculum/load-plan.js';
import { commandsFor, dayRangeOf } from '../../../src/adapters/discord/commands/index.js';
import { deployCommands } from '../../../src/adapters/discord/deploy.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { buddyPoolKey, buddyRecordKey } from '../../../src/app/buddies/buddy-records.js';
import type { Logger, Store } from '../../../src/app/ports.js';
import type { Plan } from '../../../src/core/curriculum/plan.js';
import { buildDiscordApp, type DiscordApp } from '../../../src/entry/discord.js';
import {
  defaultWorld,
  FIXTURE,
  startFakeDiscord,
  type FakeDiscord,
  type FakeWorld,
  type Json,
} from '../../support/fake-discord/index.js';

// Monday 2026-06-01, 06:00 UTC; the server posts at 09:00 UTC.
const MONDAY = new Date('2026-06-01T06:00:00Z');
const PEOPLE = ['1300000000000000101', '1300000000000000102', '1300000000000000103', '1300000000000000104'];
const [ANA, BEN, CAI, DEV] = PEOPLE as [string, string, string, string];

/** The default world plus four more plain members. */
function world(): FakeWorld {
  const base = defaultWorld();
  const [guild] = base.guilds;
  if (guild === undefined) throw new Error('the default world has no guild');
  const names = ['ana', 'ben', 'cai', 'dev'];
  return {
    ...base,
    users: [
      ...base.users,
      ...PEOPLE.map((id, i) => ({ id, username: names[i] ?? id, globalName: names[i] ?? id })),
    ],
    guilds: [{ ...guild, members: [...guild.members, ...PEOPLE.map((userId) => ({ userId, roles: [] }))] }],
  };
}

const quiet: Logger = { info() {}, warn() {}, error() {} };
let plan: Plan;
let fake: FakeDiscord;
let dir: string;
let store: Store;
let bot: DiscordApp;
let now = MONDAY;

beforeAll(async () => {
  const loaded = await loadPlanFile('curriculum/days-31-60-spark-airflow.md');
  if (loaded.kind !== 'ok') throw new Error('the study plan does not load');
  plan = loaded.plan;
});

async function startBot(): Promise<void> {
  store = await openStore(`sqlite://${join(dir, 'coach.sqlite')}`, { namespace: 'coach', logger: quiet });
  bot = buildDiscordApp({
    config: { DISCORD_API_URL: fake.apiUrl, POST_GRACE_HOURS: 12, LEARNER_TIMEZONE: undefined },
    plan,
    store,
    clock: { now: () => now },
    logger: quiet,
  });
  await bot.bot.start(fake.token);
}

async function stopBot(): Promise<void> {
  await bot.bot.stop(1_000);
  await store.close();
}

/** A restart: the process goes, the SQLite file stays. */
async function restart(): Promise<void> {
  await stopBot();
  await startBot();
}

beforeEach(async () => {
  now = MONDAY;
  fake = await startFakeDiscord({ world: world() });
  dir = await mkdtemp(join(tmpdir(), 'coach-buddies-'));
  await deployCommands(
    { token: fake.token, apiUrl: fake.apiUrl, guildId: FIXTURE.guild },
    commandsFor(dayRangeOf(plan)),
    quiet,
  );
  await startBot();
});

afterEach(async () => {
  await stopBot();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const buddy = async (subcommand: string, userId: string, guildId: string | null = FIXTURE.guild) =>
  String((await fake.interactions.slash({ name: 'buddy', subcommand, userId, guildId }).reply()).content);
/** `/done` with proof of its own (the same proof twice is refused). */
const done = (userId: string) =>
  fake.interactions
    .slash({ name: 'done', options: { proof: `Did the day, ${now.toISOString()}` }, userId })
    .reply();
const setUp = () =>
  fake.interactions
    .slash({
      name: 'coach',
      subcommand: 'setup',
      userId: FIXTURE.admin,
      options: {
        channel: { channel: FIXTURE.studyChannel },
        time: '09:00',
        timezone: 'UTC',
        start: '2026-06-01',
      },
    })
    .reply();
/** One scheduler pass at `at`. */
const passAt = async (at: string) => {
  now = new Date(at);
  return bot.app.runSchedulerPass();
};
/** Every day's 09:00 pass from `from` for `days` days. */
async function dailyPasses(from: string, days: number): Promise<void> {
  const start = Date.parse(`${from}T09:00:00Z`);
  for (let d = 0; d < days; d++) await passAt(new Date(start + d * 86_400_000).toISOString());
}
const dms = (userId: string): string[] =>
  fake
    .channelMessages(fake.dmChannelId(userId))
    .map((message) => String(message.content).replace(/\n-# .*$/, ''));
const mention = (userId: string) => `<@${userId}>`;
/** Who `userId` was told is their buddy in each pairing DM. */
const toldBuddies = (userId: string): string[][] =>
  dms(userId)
    .filter((text) => text.startsWith('Your study buddy this week') || text.startsWith('Your study buddies'))
    .map((text) => [...text.matchAll(/<@(\d+)>/g)].map((match) => match[1] ?? ''));

describe('GIVEN a server with the daily post at 09:00 UTC', () => {
  it('WHEN a learner joins, joins again, asks status, leaves and leaves again THEN each reply says so, and the pool follows', async () => {
    await setUp();
    expect(await buddy('status', ANA)).toMatch(
      /^You're not in study buddies here\. \/buddy join to be paired\. Next pairing: <t:1780304400:F>/,
    );
    expect(await buddy('join', ANA)).toMatch(
      /^You're in study buddies: each Monday I pair you .* Next pairing: <t:1780304400:F> \(<t:1780304400:R>\)\./,
    );
    expect(await buddy('join', ANA)).toMatch(
      /^You're already in study buddies\. Next pairing: <t:1780304400:F>/,
    );
    expect(await buddy('status', ANA)).toMatch(
      /^You're in study buddies; you'll be paired at the next pairing\./,
    );
    expect(await store.setMembers(buddyPoolKey(FIXTURE.guild))).toEqual([`discord:${ANA}`]);
    expect(await buddy('leave', ANA)).toMatch(/^You've left study buddies/);
    expect(await buddy('leave', ANA)).toBe("You're not in study buddies here. /buddy join to take part.");
    expect(await store.setMembers(buddyPoolKey(FIXTURE.guild))).toEqual([]);
  });

  it('WHEN /buddy is used before setup, through a user install, or while paused THEN it says what is missing', async () => {
    expect(await buddy('join', ANA)).toMatch(
      /isn't set up yet \(an admin runs \/coach setup\)\. \/buddy leave/,
    );
    const installed = await fake.interactions
      .slash({ name: 'buddy', subcommand: 'status', userId: BEN, userInstall: true })
      .reply();
    expect(installed.content).toBe(
      'Study buddies are per server: use /buddy in a server that has the coach.',
    );
    await setUp();
    await fake.interactions.slash({ name: 'coach', subcommand: 'pause', userId: FIXTURE.admin }).reply();
    expect(await buddy('status', ANA)).toMatch(
      /daily post, which is paused; it starts again with \/coach resume\.$/,
    );
  });

  it('WHEN four joined and one left before Monday 09:00 (and came back after) THEN the three are one group, told once each, across passes and a restart', async () => {
    await setUp();
    for (const who of PEOPLE) await buddy('join', who);
    await buddy('leave', DEV);

    // Monday's post fails at first, so the server's turn comes back at 09:01 and pairs again if it may.
    fake.faults.fail(`/channels/${FIXTURE.studyChannel}/messages`, 500, { method: 'POST', times: 20 });
    await passAt('2026-06-01T09:00:00Z');
    fake.faults.clear();
    // Back in after the pairing: paired next week, not squeezed into this one.
    await buddy('join', DEV);
    await passAt('2026-06-01T09:01:00Z');
    await restart();
    await passAt('2026-06-01T09:02:00Z');
    await passAt('2026-06-02T09:00:00Z');

    for (const who of [ANA, BEN, CAI]) {
      const others = [ANA, BEN, CAI].filter((id) => id !== who).sort();
      expect(toldBuddies(who)).toEqual([others]);
      expect(dms(who)[0]).toBe(
        `Your study buddies this week: ${others.map(mention).join(' and ')}. Say hi and check in on each other; if one of you misses two days in a row, I'll let the others know.`,
      );
    }
    const posts = fake.channelMessages(FIXTURE.studyChannel).map((m) => (m.embeds as Json[])[0]?.title);
    expect(posts).toEqual(['Day 31 · Spark Architecture', 'Day 32 · RDD Fundamentals']);
    expect(dms(DEV)).toEqual([]);
    expect(await buddy('status', DEV)).toMatch(
      /^You're in study buddies; you'll be paired at the next pairing\./,
    );
    const sent = fake.requests.filter(
      (r) => r.method === 'POST' && r.path.startsWith('/channels/') && r.path.endsWith('/messages'),
    );
    const buddyDms = sent.filter((r) => String((r.body as Json).content).startsWith('Your study buddies'));
    expect(buddyDms).toHaveLength(3);
    for (const request of buddyDms) expect((request.body as Json).allowed_mentions).toEqual({ parse: [] });
    const status = await buddy('status', ANA);
    expect(status).toMatch(
      new RegExp(
        `^Your study buddies this week: ${mention(BEN)} and ${mention(CAI)}\\. Next pairing: <t:1780909200:F>`,
      ),
    );
  });

  it('WHEN only one learner joined THEN they hear they are the only one', async () => {
    await setUp();
    await buddy('join', ANA);
    await passAt('2026-06-01T09:00:00Z');
    expect(dms(ANA)).toEqual([
      "No study buddy this week: you're the only one who joined. Ask a friend in the server to /buddy join, and you'll be paired next Monday.",
    ]);
    expect(await buddy('status', ANA)).toMatch(/^No buddy this week: you're the only one who joined\./);
  });

  it('WHEN four learners are paired three Mondays running THEN no pair repeats', async () => {
    await setUp();
    for (const who of PEOPLE) await buddy('join', who);
    for (const who of PEOPLE) await done(who);
    await dailyPasses('2026-06-01', 15);

    const pairs = PEOPLE.flatMap((who) =>
      toldBuddies(who).map((others) => [who, ...others].sort().join('+')),
    );
    // Three weeks, two pairs each, each pair told to both of its members.
    expect(pairs).toHaveLength(12);
    expect(new Set(pairs).size).toBe(6);
  });

  it('WHEN a learner has closed DMs THEN they are paired, one 403, and their buddy is told all the same', async () => {
    await setUp();
    await buddy('join', ANA);
    await buddy('join', FIXTURE.closedDms);
    await passAt('2026-06-01T09:00:00Z');
    await passAt('2026-06-01T09:05:00Z');

    expect(toldBuddies(ANA)).toEqual([[FIXTURE.closedDms]]);
    expect(fake.stats().byStatus['403']).toBe(1);
    expect(await buddy('status', FIXTURE.closedDms)).toMatch(
      new RegExp(`^Your study buddy this week: ${mention(ANA)}\\.`),
    );
  });

  it('WHEN a partner misses two days in a row THEN their buddy is told once, across days and a restart', async () => {
    await setUp();
    await buddy('join', ANA);
    await buddy('join', BEN);
    await passAt('2026-06-01T09:00:00Z');
    // Ana studies every day; Ben only on Monday.
    await done(ANA);
    await done(BEN);
    for (const day of ['2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05']) {
      now = new Date(`${day}T08:00:00Z`);
      await done(ANA);
      await passAt(`${day}T09:00:00Z`);
      if (day === '2026-06-04') await restart();
    }
    await passAt('2026-06-05T09:30:00Z');

    const lapses = dms(ANA).filter((text) => text.startsWith('Your study buddy <@'));
    expect(lapses).toEqual([
      `Your study buddy ${mention(BEN)} hasn't studied for 2 days. A short hello might help them back in.`,
    ]);
    expect(dms(BEN).filter((text) => text.startsWith('Your study buddy <@'))).toEqual([]);
  });

  it('WHEN a paired learner leaves mid-week THEN their buddy sees only that they left, and hears nothing of their lapse', async () => {
    await setUp();
    await buddy('join', ANA);
    await buddy('join', BEN);
    await passAt('2026-06-01T09:00:00Z');
    await done(ANA);
    now = new Date('2026-06-02T08:00:00Z');
    await done(ANA);
    expect(await buddy('leave', BEN)).toMatch(/^You've left study buddies/);

    expect(await buddy('status', ANA)).toMatch(
      /^Your buddy this week has left study buddies\. Next pairing: <t:1780909200:F>/,
    );
    await dailyPasses('2026-06-02', 4);
    expect(dms(ANA)).toHaveLength(1);
  });

  it('WHEN a paired learner exports, then forgets themselves THEN the export holds their buddies; afterwards no row of the store names them and their buddy sees only that they left', async () => {
    await setUp();
    await buddy('join', ANA);
    await buddy('join', BEN);
    await passAt('2026-06-01T09:00:00Z');
    // Neither studies: on Wednesday each is told of the other's two days.
    await dailyPasses('2026-06-02', 2);
    expect(dms(ANA)).toHaveLength(2);
    expect(dms(BEN)).toHaveLength(2);

    const exported = (await fake.interactions.slash({ name: 'export', userId: BEN }).callback()).files;
    const json = JSON.parse(
      exported.find((file) => file.name.endsWith('.json'))?.data.toString() ?? '{}',
    ) as {
      records: Record<string, unknown>;
    };
    expect(json.records[buddyRecordKey(`discord:${BEN}`, FIXTURE.guild)]).toMatchObject({
      weeks: [{ week: '2026-06-01', with: [`discord:${ANA}`] }],
    });

    await bot.app.privacy.forget({ id: `discord:${BEN}`, displayName: 'ben' });
    expect(await store.setMembers(buddyPoolKey(FIXTURE.guild))).toEqual([`discord:${ANA}`]);
    expect(await buddy('status', ANA)).toMatch(
      /^Your buddy this week has left study buddies\. Next pairing:/,
    );
    expect((await allRows(join(dir, 'coach.sqlite'))).filter((row) => row.includes(BEN))).toEqual([]);
    // Nothing more to Ana this week about someone who is gone.
    await dailyPasses('2026-06-04', 3);
    expect(dms(ANA)).toHaveLength(2);
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
