import { describe, expect, it } from 'vitest';
import { Learners } from '../../../src/app/storage/learners.js';
import { noteServerLearner } from '../../../src/app/storage/server-learners.js';
import type { Completion } from '../../../src/core/learner/learner.js';
import { newLearner } from '../../../src/core/learner/new-learner.js';
import { addDays } from '../../../src/core/time/local-date.js';
import { labelledLines } from '../../support/visible-text.js';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { JOURNEY_DIR } from '../../support/journey-fixtures.js';
import { adminSetup, useBot, type BotSession } from './bot-session.js';

// The cohort starts on 2026-06-01 at 07:30 Berlin (05:30 UTC); on 2026-06-30 it is on Day 30.
const DAY_30 = new Date('2026-06-30T06:00:00Z');
const DAY_31 = new Date('2026-07-01T06:00:00Z');
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** A learner of the server who did these days, each on the date the cohort posted it. */
async function seedLearner(bot: BotSession, userId: string, name: string, days: readonly number[]) {
  const completions: Completion[] = days.map((day) => {
    const date = addDays('2026-06-01', day - 1);
    return {
      day,
      proof: { text: `day ${day}`, links: [] },
      at: `${date}T17:00:00.000Z`,
      localDate: date,
      assessment: null,
    };
  });
  const learner = newLearner({
    id: `discord:${userId}`,
    displayName: name,
    timezone: 'Europe/Berlin',
    startDate: '2026-06-01',
  });
  await new Learners(bot.store, { now: () => DAY_30 }, silent).save({ ...learner, completions });
  await noteServerLearner(bot.store, FIXTURE.guild, `discord:${userId}`);
}
/** One scheduler pass with the bot's clock at `at`. */
async function passAt(bot: BotSession, at: Date) {
  bot.setNow(at);
  await bot.app.app.runSchedulerPass();
}
const silent = { info: () => {}, warn: () => {}, error: () => {} };
const embedOf = (message: Json | undefined) => ((message?.embeds as Json[] | undefined) ?? [])[0] as Json;

describe('GIVEN the bot running a journey of three cycles, the cohort on Day 30', () => {
  const bot = useBot({ curriculum: JOURNEY_DIR, now: DAY_30 });
  const slash = (name: string, options?: Record<string, string | number>, userId: string = FIXTURE.learner) =>
    bot.fake.interactions.slash({ name, options, userId });

  it('WHEN the next morning comes THEN Day 31 is posted once, opened by the end of cycle 1, and a learner behind stays on Day 28 until they cross', async () => {
    await seedLearner(bot, FIXTURE.admin, 'Ada', range(1, 30));
    await seedLearner(bot, FIXTURE.learner, 'Lin', range(1, 27));
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await passAt(bot, DAY_30);
    await passAt(bot, new Date(DAY_30.getTime() + 60_000));
    bot.setNow(DAY_31);
    await bot.app.app.runSchedulerPass();
    bot.setNow(new Date(DAY_31.getTime() + 5 * 60_000));
    await bot.app.app.runSchedulerPass();

    const posts = bot.fake.channelMessages(FIXTURE.studyChannel).filter((m) => embedOf(m) !== undefined);
    expect(posts.map((m) => embedOf(m).title)).toEqual([
      'Day 30 · Review: Ready for Spark',
      'Day 31 · Spark Architecture',
    ]);
    const day31 = posts[1] as Json;
    expect(String(day31.content)).toMatch(/^Cycle 1 of 3 is complete: Days 1-30: Foundations/);
    expect(day31.content).toContain(
      'How the cohort did: 1 of 2 learners did all 30 days; 57 of 60 days done together.',
    );
    expect(day31.content).toContain('Next: cycle 2 of 3, Days 31-60: Batch Processing Foundations');
    expect(String((embedOf(day31).footer as Json).text)).toMatch(
      /^Module 5 · Spark Fundamentals \+ PySpark · Day 31 · cycle 2 of 3 · 31\/90$/,
    );
    expect(posts[0]?.content ?? '').toBe('');

    const today = await slash('today').reply();
    expect(embedOf(today).title).toBe('Day 28 · Module 4 Project');
    expect((embedOf(today).footer as Json).text).toContain('Day 28 · cycle 1 of 3 · 28/90');
    expect(today.content).toContain("The cohort is on Day 31; you're 3 be");

    for (const day of [28, 29, 30]) await slash('done', { proof: `Finished day ${day}` }).reply();
    const crossed = await slash('today').reply();
    expect(embedOf(crossed).title).toBe('Day 31 · Spark Architecture');
    expect((embedOf(crossed).footer as Json).text).toContain('Day 31 · cycle 2 of 3 · 31/90');

    const progress = await slash('progress').reply();
    expect(String(embedOf(progress).description).split('\n').slice(0, 2)).toEqual([
      'Progress: 30/90 days done',
      'Day 31 · cycle 2 of 3 · 31/90',
    ]);
    expect(embedOf(await slash('assessment').reply()).title).toMatch(/^Cycle 2 of 3 assessment · Days 31-60/);
    expect(embedOf(await slash('assessment', { cycle: 1 }).reply()).title).toMatch(
      /^Cycle 1 of 3 assessment · Days 1-30 · Days 1-30: Foundations/,
    );
  });

  it('WHEN an admin sets the cohort up at cycle 3 THEN Day 61 is posted first and /coach status names the cycle', async () => {
    const setup = await adminSetup(bot, {
      time: '07:30',
      timezone: 'Europe/Berlin',
      start: '2026-06-30',
      cycle: 3,
    });
    expect(setup.content).toBe(
      `Set up. Day 61 will be posted in <#${FIXTURE.studyChannel}> now, then every day at 07:30 (Europe/Berlin).`,
    );
    await passAt(bot, DAY_30);
    await passAt(bot, new Date(DAY_30.getTime() + 60_000));
    const posts = bot.fake.channelMessages(FIXTURE.studyChannel);
    expect(posts.map((m) => embedOf(m).title)).toEqual(['Day 61 · Kafka Architecture']);
    expect(posts[0]?.content ?? '').toBe('');
    const status = await bot.fake.interactions
      .slash({ name: 'coach', subcommand: 'status', userId: FIXTURE.admin })
      .reply();
    expect(labelledLines(status)).toContain('Cohort: on Day 61 · cycle 3 of 3 (started 2026-06-30).');
    const refused = await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin', cycle: 4 });
    expect(refused.content).toBe('There is no cycle 4: the journey has 3 (1 to 3). Nothing was changed.');
  });
});
