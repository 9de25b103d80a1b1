import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.js';
import { loadPlanFile } from '../../../src/adapters/curriculum/load-plan.js';
import { commandsFor, dayRangeOf } from '../../../src/adapters/discord/commands/index.js';
import { deployCommands } from '../../../src/adapters/discord/deploy.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Logger, Store } from '../../../src/app/ports.js';
import { buildDiscordApp, type DiscordApp } from '../../../src/entry/discord.js';
import {
  defaultWorld,
  FIXTURE,
  startFakeDiscord,
  type FakeDiscord,
  type FakeWorld,
} from '../../support/fake-discord/index.js';
import { shardOfGuild } from '../../support/fake-discord/gateway.js';
import { START } from './bot-session.js';

/** The shards' shared clock; each test starts at START. */
let now = START;

const quiet: Logger = { info() {}, warn() {}, error() {} };

// FIXTURE.guild lands on shard 1 of 2; one 2^22 further along lands on shard 0.
const OTHER = {
  guild: '1200000000004194305',
  study: '1220000000004194305',
  adminRole: '1210000000004194305',
};

/** The default world plus a second guild, the same people in it, on the other shard. */
function twoGuilds(): FakeWorld {
  const world = defaultWorld();
  const [first] = world.guilds;
  if (first === undefined) throw new Error('the default world has no guild');
  const second = {
    ...first,
    id: OTHER.guild,
    name: 'Evening Group',
    roles: first.roles.map((role) =>
      role.id === FIXTURE.guild
        ? { ...role, id: OTHER.guild }
        : role.id === FIXTURE.adminRole
          ? { ...role, id: OTHER.adminRole }
          : role,
    ),
    channels: [{ id: OTHER.study, name: 'study' }],
    members: first.members.map((member) =>
      member.userId === FIXTURE.admin ? { ...member, roles: [OTHER.adminRole] } : member,
    ),
  };
  return { ...world, guilds: [first, second] };
}

/** Two bot processes' worth of app, one per shard, over one SQLite file. */
interface Cluster {
  readonly fake: FakeDiscord;
  readonly shards: readonly DiscordApp[];
  readonly stores: readonly Store[];
  readonly dir: string;
}

let cluster: Cluster | undefined;
const use = (): Cluster => {
  if (cluster === undefined) throw new Error('no cluster');
  return cluster;
};

beforeEach(async () => {
  now = START;
  const loaded = await loadPlanFile('curriculum/days-31-60-spark-airflow.md');
  if (loaded.kind !== 'ok') throw new Error('the study plan does not load');
  const fake = await startFakeDiscord({ world: twoGuilds() });
  const dir = await mkdtemp(join(tmpdir(), 'coach-shards-'));
  await deployCommands(
    { token: fake.token, apiUrl: fake.apiUrl, guildId: undefined },
    commandsFor(dayRangeOf(loaded.plan)),
    quiet,
  );
  const stores: Store[] = [];
  const shards: DiscordApp[] = [];
  for (const id of [0, 1]) {
    const store = await openStore(`sqlite://${join(dir, 'coach.sqlite')}`, {
      namespace: 'coach',
      logger: quiet,
    });
    stores.push(store);
    const app = buildDiscordApp({
      config: {
        DISCORD_API_URL: fake.apiUrl,
        POST_GRACE_HOURS: 12,
        LEARNER_TIMEZONE: undefined,
        DISCORD_SHARD: { id, count: 2 },
      },
      plan: loaded.plan,
      store,
      clock: { now: () => now },
      logger: quiet,
    });
    await app.bot.start(fake.token);
    shards.push(app);
  }
  cluster = { fake, shards, stores, dir };
});

afterEach(async () => {
  const { fake, shards, stores, dir } = use();
  for (const app of shards) await app.bot.stop(1_000);
  for (const store of stores) await store.close();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
  cluster = undefined;
});

const setup = (guildId: string, channelId: string) =>
  use()
    .fake.interactions.slash({
      name: 'coach',
      subcommand: 'setup',
      guildId,
      userId: FIXTURE.admin,
      options: {
        channel: { channel: channelId },
        time: '07:30',
        timezone: 'Europe/Berlin',
        start: '2026-06-01',
      },
    })
    .reply();

describe('GIVEN two bot processes, shards 0/2 and 1/2, on one store', () => {
  it('WHEN they connect THEN each identifies as its shard and is sent only its own guild', () => {
    const { fake } = use();
    expect(fake.gateway.identifies.map((identify) => identify.shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.gateway.connectedShards()).toEqual([0, 1]);
    expect(shardOfGuild(FIXTURE.guild, 2)).toBe(1);
    expect(shardOfGuild(OTHER.guild, 2)).toBe(0);
    const [zero, one] = use().shards;
    expect([...(zero?.bot.client.guilds.cache.keys() ?? [])]).toEqual([OTHER.guild]);
    expect([...(one?.bot.client.guilds.cache.keys() ?? [])]).toEqual([FIXTURE.guild]);
  });

  it('WHEN each guild is set up and a learner uses both and a DM THEN each shard answers its own, and progress is one', async () => {
    const { fake } = use();
    expect((await setup(FIXTURE.guild, FIXTURE.studyChannel)).content).toMatch(/^Set up\./);
    expect((await setup(OTHER.guild, OTHER.study)).content).toMatch(/^Set up\./);

    const done = await fake.interactions
      .slash({
        name: 'done',
        guildId: FIXTURE.guild,
        userId: FIXTURE.learner,
        options: { proof: 'Explained the DAG' },
      })
      .reply();
    expect(String(done.content)).toContain('Day 31 · Spark Architecture: done');
    const elsewhere = await fake.interactions
      .slash({ name: 'progress', guildId: OTHER.guild, userId: FIXTURE.learner })
      .reply();
    expect(JSON.stringify(elsewhere)).toContain('1/30');
    const dm = await fake.interactions
      .slash({ name: 'today', guildId: null, userId: FIXTURE.learner })
      .reply();
    expect(JSON.stringify(dm)).toContain('Day 32');

    const interactions = fake.gateway.routed.filter((routed) => routed.event === 'INTERACTION_CREATE');
    expect(interactions.map((routed) => routed.shard)).toEqual([1, 0, 1, 0, 0]);
  });

  it('WHEN both run the scheduler at the post time THEN each guild gets its day exactly once', async () => {
    const { fake, shards } = use();
    await setup(FIXTURE.guild, FIXTURE.studyChannel);
    await setup(OTHER.guild, OTHER.study);
    await Promise.all(shards.map(({ app }) => app.runSchedulerPass()));
    now = new Date(START.getTime() + 60_000);
    await Promise.all(shards.map(({ app }) => app.runSchedulerPass()));
    for (const channel of [FIXTURE.studyChannel, OTHER.study]) {
      const posts = fake.channelMessages(channel);
      expect(posts).toHaveLength(1);
      expect(JSON.stringify(posts[0])).toContain('Day 31 · Spark Architecture');
    }
  });
});

describe('GIVEN DISCORD_SHARD', () => {
  it.each([
    ['0/2', { id: 0, count: 2 }],
    ['3/4', { id: 3, count: 4 }],
  ])('WHEN it is %s THEN the process runs that shard', (value, shard) => {
    const parsed = parseConfig({ DISCORD_SHARD: value, STORE_URL: 'redis://127.0.0.1:6379' });
    expect(parsed.kind === 'ok' && parsed.config.DISCORD_SHARD).toEqual(shard);
  });

  it.each([
    ['2/2', 'below the shard count'],
    ['1/0', 'below the shard count'],
    ['one of two', '<id>/<count>'],
  ])('WHEN it is %s THEN start-up stops with a clear message', (value, message) => {
    const parsed = parseConfig({ DISCORD_SHARD: value });
    expect(parsed.kind === 'invalid' && parsed.message).toContain(message);
  });

  it('WHEN the store is memory:// with more than one shard THEN start-up says the shards must share a store', () => {
    const parsed = parseConfig({ DISCORD_SHARD: '0/2', STORE_URL: 'memory://' });
    expect(parsed.kind === 'invalid' && parsed.message).toContain('shards must share one store');
  });
});
