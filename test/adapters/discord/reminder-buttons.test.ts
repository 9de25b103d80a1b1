import { describe, expect, it } from 'vitest';
import { Learners } from '../../../src/app/storage/learners.js';
import { newLearner } from '../../../src/core/learner/new-learner.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { START, useBot } from './bot-session.js';

describe('GIVEN the buttons under a DM reminder', () => {
  const bot = useBot();
  const click = (customId: string) => bot.fake.interactions.button({ customId, userId: FIXTURE.learner });
  const withReminder = (reminderTime: string | null) =>
    new Learners(bot.store, { now: () => START }, { info() {}, warn() {}, error() {} }).save({
      ...newLearner({
        id: `discord:${FIXTURE.learner}`,
        displayName: 'Lin',
        timezone: 'UTC',
        startDate: '2026-06-01',
      }),
      reminderTime,
    });

  it('WHEN "Remind me in 2 hours" is pressed twice THEN the first sets one more reminder, the second changes nothing', async () => {
    await withReminder('05:30');
    const first = await click('reminder:snooze:2026-06-01').reply();
    const inTwoHours = Math.floor((START.getTime() + 2 * 3_600_000) / 1000);
    expect(first.content).toBe(`I'll remind you again <t:${inTwoHours}:R>.`);
    const second = await click('reminder:snooze:2026-06-01').reply();
    expect(second.content).toBe("You've already asked for one more reminder today; it comes as promised.");
  });

  it('WHEN "Skip today" is pressed THEN the day goes quiet, and a snooze after it is refused', async () => {
    await withReminder('05:30');
    const skipped = await click('reminder:skip:2026-06-01').reply();
    expect(skipped.content).toMatch(/^Skipped: no more reminders or streak warnings today\./);
    const later = await click('reminder:snooze:2026-06-01').reply();
    expect(later.content).toBe("You skipped today, so I'll stay quiet until tomorrow.");
  });

  it('WHEN reminders were turned off, or the day is over THEN a snooze promises nothing', async () => {
    await withReminder(null);
    expect((await click('reminder:snooze:2026-06-01').reply()).content).toMatch(
      /^Your daily reminder is off/,
    );
    await withReminder('05:30');
    expect((await click('reminder:snooze:2026-05-31').reply()).content).toMatch(
      /^That reminder's day is over/,
    );
  });
});
