import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordNotifier } from '../../../src/adapters/discord/messaging/discord-notifier.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { createWheelPlacement } from '../../../src/app/delivery/wheel-placement.js';
import { Learners } from '../../../src/app/storage/learners.js';
import { ServerRecords } from '../../../src/app/storage/server-records.js';
import type { Learner } from '../../../src/core/learner/learner.js';
import { newLearner } from '../../../src/core/learner/new-learner.js';
import { FIXTURE, startFakeDiscord, type FakeDiscord } from '../../support/fake-discord/index.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { TestClock, TestLogger } from '../../app/delivery/daily-posts-fixture.js';
import { renderPostProblem } from '../../../src/adapters/discord/render/server-admin-text.js';
import { appUnderTest } from '../../support/app-under-test.js';

const plan = tinyPlan({ first: 31, count: 5 });
const graceMs = 12 * 3_600_000;

let fake: FakeDiscord;
let rest: REST;

beforeEach(async () => {
  fake = await startFakeDiscord();
  rest = new REST({ api: fake.apiUrl, retries: 1 }).setToken(fake.token);
});

afterEach(async () => {
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
  await fake.close();
});

function buildApp() {
  const clock = new TestClock(new Date('2026-06-02T08:55:00Z'));
  const store = createMemoryStore();
  const logger = new TestLogger();
  const servers = new ServerRecords(store, logger);
  const learners = new Learners(store, clock, logger);
  const app = appUnderTest({ plan, store, clock, logger, notifier: createDiscordNotifier(rest), graceMs });
  const wheel = createWheelPlacement({ store, plan, graceMs });
  const base = {
    time: '09:00',
    timezone: 'UTC',
    startDate: '2026-06-01',
    paused: false,
    recaps: false,
    nudges: false,
    problem: null,
  };
  return {
    clock,
    servers,
    learners,
    tick: (at: string) => (clock.set(at), app.runSchedulerPass()),
    async setUp(guildId: string, channelId: string) {
      await servers.save({ guildId, channelId, ...base });
      await wheel.placeServer({ guildId, channelId, ...base }, clock.now());
    },
    async remind(userId: string, completions: Learner['completions'] = []) {
      const learner = {
        ...newLearner({
          id: `discord:${userId}`,
          displayName: userId,
          timezone: 'UTC',
          startDate: '2026-06-01',
        }),
        reminderTime: '09:00',
        completions,
      };
      await learners.save(learner);
      await wheel.placeReminder(learner, clock.now());
    },
  };
}

describe('GIVEN the app with the real notifier against the fake Discord', () => {
  it('WHEN 09:00 comes THEN the day is posted in the channel, once, with its buttons', async () => {
    const app = buildApp();
    await app.setUp(FIXTURE.guild, FIXTURE.studyChannel);

    await app.tick('2026-06-02T09:00:00Z');
    await app.tick('2026-06-02T09:01:00Z');

    const messages = fake.channelMessages(FIXTURE.studyChannel);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ embeds: [{ title: 'Day 32 · Topic 32' }] });
  });

  it('WHEN the channel is locked THEN one 403, the problem on the server, and the other server still posts', async () => {
    const app = buildApp();
    await app.setUp('locked-guild', FIXTURE.lockedChannel);
    await app.setUp(FIXTURE.guild, FIXTURE.studyChannel);

    for (const minute of ['00', '01', '02', '05', '10']) await app.tick(`2026-06-02T09:${minute}:00Z`);

    expect(fake.stats().byStatus['403']).toBe(1);
    expect(fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(1);
    const problem = (await app.servers.load('locked-guild', app.clock.now()))?.problem;
    expect(problem && renderPostProblem(problem)).toMatch(/not allowed to post/);
  });

  it('WHEN a learner has closed DMs THEN exactly one 403 and their reminders are off', async () => {
    const app = buildApp();
    await app.remind(FIXTURE.closedDms);

    for (const at of ['2026-06-02T09:00:00Z', '2026-06-02T09:05:00Z', '2026-06-03T09:00:00Z'])
      await app.tick(at);

    expect(fake.stats().invalid).toBe(1);
    expect(await app.learners.load(`discord:${FIXTURE.closedDms}`)).toMatchObject({
      learner: { dmBlocked: 'blocked', reminderTime: null },
    });
  });

  it('WHEN a learner is reminded on two days THEN the second reminder is one request', async () => {
    const app = buildApp();
    await app.remind(FIXTURE.learner);

    await app.tick('2026-06-02T09:00:00Z');
    const afterFirst = fake.requests.length;
    await app.tick('2026-06-03T09:00:00Z');

    expect(afterFirst).toBe(2);
    expect(fake.requests.length - afterFirst).toBe(1);
    expect(fake.channelMessages(fake.dmChannelId(FIXTURE.learner))).toHaveLength(2);
  });

  it('WHEN a learner with a streak and recall cards due is reminded THEN the one DM opens with their day, streak and cards; a learner with neither hears only their day', async () => {
    const app = buildApp();
    const day31 = {
      day: 31,
      proof: { text: 'did it', links: [] },
      at: '2026-06-01T18:00:00.000Z',
      localDate: '2026-06-01',
      assessment: null,
    };
    await app.remind(FIXTURE.learner, [day31]);
    await app.remind(FIXTURE.admin);

    await app.tick('2026-06-02T09:00:00Z');
    await app.tick('2026-06-02T09:01:00Z');

    const withCards = fake.channelMessages(fake.dmChannelId(FIXTURE.learner));
    expect(withCards).toHaveLength(1);
    expect(withCards[0]).toMatchObject({
      content: 'Day 32 of 35 · 1-day streak · 2 recall cards due (/recall)',
      embeds: [{ title: 'Day 32 · Topic 32' }],
    });
    // Under the day's buttons (Submit proof among them), the reminder's own row.
    const rows = (withCards[0]?.components ?? []) as { components: { label: string; custom_id: string }[] }[];
    expect(rows[0]?.components.map((button) => button.label)).toContain('Submit proof');
    expect(rows[1]?.components).toEqual([
      expect.objectContaining({ label: 'Remind me in 2 hours', custom_id: 'reminder:snooze:2026-06-02' }),
      expect.objectContaining({ label: 'Skip today', custom_id: 'reminder:skip:2026-06-02' }),
    ]);
    const without = fake.channelMessages(fake.dmChannelId(FIXTURE.admin));
    expect(without).toHaveLength(1);
    expect(without[0]?.content).toBe('Day 31 of 35');
  });
});
