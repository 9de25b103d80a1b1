import { describe, expect, it } from 'vitest';
import { Learners } from '../../../src/app/storage/learners.js';
import { noteServerLearner } from '../../../src/app/storage/server-learners.js';
import type { Learner } from '../../../src/core/learner/learner.js';
import { heatmapHeight } from '../../../src/core/progress/cohort-heatmap-svg.js';
import { labelledLines } from '../../support/visible-text.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { dates, doneOn, learner } from '../../core/learner/learner-fixtures.js';
import type { Store } from '../../../src/app/ports.js';
import { START, useBot, type BotSession } from './bot-session.js';
import { originalEdits } from './coaching-support.js';

const EPHEMERAL = 64;

/** Three learners who started 2026-05-28 in Berlin: on 2026-06-01 their calendars show Day 35. */
const COHORT: readonly Learner[] = [
  learner({
    id: 'discord:2001',
    displayName: 'Ada',
    timezone: 'Europe/Berlin',
    startDate: '2026-05-28',
    completions: doneOn(dates('2026-05-28', 5)),
  }),
  learner({
    id: 'discord:2002',
    displayName: 'Bo',
    timezone: 'Europe/Berlin',
    startDate: '2026-05-28',
    completions: doneOn(['2026-05-28']),
  }),
  learner({
    id: 'discord:2003',
    displayName: 'Cyrus Secret',
    timezone: 'Europe/Berlin',
    startDate: '2026-05-28',
    completions: doneOn(dates('2026-05-28', 4)),
    leaderboardOptOut: true,
  }),
];

async function seed(bot: BotSession): Promise<void> {
  const learners = new Learners(bot.store, { now: () => START }, { info() {}, warn() {}, error() {} });
  for (const who of COHORT) {
    await learners.create(who);
    await noteServerLearner(bot.store, FIXTURE.guild, who.id);
  }
}

describe('GIVEN a server with three learners: on pace, 3 days behind, and opted out of leaderboards', () => {
  const bot = useBot();
  const cohort = (userId: string) =>
    bot.fake.interactions.slash({ name: 'coach', subcommand: 'cohort', userId });

  it('WHEN an admin runs /coach cohort THEN a private reply names who is at risk and why, the funnel, and attaches the CSV', async () => {
    await seed(bot);
    const callback = await cohort(FIXTURE.admin).callback();
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.content).toBe(
      [
        'Cohort: 3 learners, 2 at risk.',
        'At risk:',
        '- Bo: 3 days behind, nothing done for 4 days',
        '- (hidden): 4-day streak ends today',
        'Completed, by plan day: Day 31: 3 · Days 32–34: 2 · Day 35: 1',
        "Every learner's progress is in the attached CSV.",
      ].join('\n'),
    );
    expect(callback.files.map((file) => [file.name, file.contentType])).toEqual([
      ['cohort-2026-06-01.png', 'image/png'],
      ['cohort-2026-06-01.csv', 'text/csv; charset=utf-8'],
    ]);
    const png = callback.files[0]?.data ?? Buffer.alloc(0);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1000, heatmapHeight(3)]);
    expect(callback.files[1]?.data.toString('utf8')).toBe(
      [
        'name,current_day,days_done,streak,days_behind,paused,last_active,at_risk',
        'Bo,32,1,0,3,no,2026-05-28,3 days behind; nothing done for 4 days',
        'Ada,36,5,5,0,no,2026-06-01,',
        '(hidden),35,4,4,0,no,2026-05-31,4-day streak ends today',
        '',
      ].join('\r\n'),
    );
    expect(JSON.stringify(callback)).not.toContain('Cyrus');
  });

  it('WHEN an admin runs /coach cohort before any learner used the coach THEN it says so, with no file', async () => {
    const callback = await cohort(FIXTURE.admin).callback();
    expect(callback.data?.content).toMatch(/^No learner has used the coach in this server yet\./);
    expect(callback.files).toEqual([]);
  });

  it('WHEN a member without Manage Server runs /coach cohort THEN refused in code, privately, with no file', async () => {
    await seed(bot);
    const callback = await cohort(FIXTURE.learner).callback();
    expect(callback.data).toMatchObject({
      content: 'Only members with the Manage Server permission can use /coach. Nothing was changed.',
      flags: EPHEMERAL,
    });
    expect(callback.files).toEqual([]);
  });

  it('WHEN anyone runs /help THEN /coach cohort is listed with the admin commands', async () => {
    const help = await bot.fake.interactions.slash({ name: 'help', userId: FIXTURE.learner }).reply();
    expect(labelledLines(help).join('\n')).toMatch(/For admins \(Manage Server\):.*\/coach cohort/);
  });
});

describe('GIVEN a store slower than the bot waits before deferring', () => {
  const slow = (store: Store): Store => ({
    ...store,
    getMany: async (keys) => {
      await new Promise((resolve) => setTimeout(resolve, 80));
      return store.getMany(keys);
    },
  });
  const bot = useBot({ store: slow, deferAfterMs: 20 });

  it('WHEN an admin runs /coach cohort THEN Discord hears back at once and the deferred reply is edited with both files', async () => {
    await seed(bot);
    const used = bot.fake.interactions.slash({ name: 'coach', subcommand: 'cohort', userId: FIXTURE.admin });
    expect((await used.callback()).type).toBe(5);
    expect((await used.reply(5_000)).content).toMatch(/^Cohort: 3 learners, 2 at risk\./);
    const edit = originalEdits(bot.fake.requests, used.token).at(-1);
    expect(edit?.files.map((file) => file.name)).toEqual(['cohort-2026-06-01.png', 'cohort-2026-06-01.csv']);
  });
});
