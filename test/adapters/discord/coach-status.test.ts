import { describe, expect, it } from 'vitest';
import { labelledLines } from '../../support/visible-text.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { textReply } from '../../support/fake-anthropic.js';
import { START, adminSetup, useBot } from './bot-session.js';
import { useFakeAnthropic } from './coaching-support.js';

const unix = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);
/** The scheduler's passes now and a minute later, as the cron would run them. */
async function postToday(bot: ReturnType<typeof useBot>): Promise<void> {
  await bot.app.app.runSchedulerPass();
  bot.setNow(new Date(START.getTime() + 60_000));
  await bot.app.app.runSchedulerPass();
}

const status = (bot: ReturnType<typeof useBot>) =>
  bot.fake.interactions.slash({ name: 'coach', subcommand: 'status', userId: FIXTURE.admin }).reply();

describe('GIVEN a server whose Day 31 post went out this morning', () => {
  const bot = useBot();

  it('WHEN /coach status THEN the next post is Day 32 tomorrow, not the day already posted', async () => {
    // 07:30 in Berlin is 05:30 UTC: half an hour before the bot's clock, within grace.
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postToday(bot);
    expect(bot.fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(1);

    const at = unix('2026-06-02T05:30:00Z');
    expect(labelledLines(await status(bot))).toContain(`Next post: Day 32 at <t:${at}:F> (<t:${at}:R>).`);
  });

  it('WHEN the admin runs /coach setup again THEN it promises Day 32 tomorrow, and nothing is posted twice', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postToday(bot);

    const again = await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    const at = unix('2026-06-02T05:30:00Z');
    expect(again.content).toBe(
      `Set up. Day 32 will be posted in <#${FIXTURE.studyChannel}> at <t:${at}:F> (<t:${at}:R>), then every day at 07:30 (Europe/Berlin).`,
    );
    bot.setNow(new Date(START.getTime() + 120_000));
    await bot.app.app.runSchedulerPass();
    expect(bot.fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(1);
  });

  it('WHEN /coach status without an API key THEN the AI line says the coach is off', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    expect(labelledLines(await status(bot))).toContain(
      'AI coach: off (no API key); answers come from the plan.',
    );
  });
});

describe('GIVEN the AI coach on, and one question asked today', () => {
  const anthropic = useFakeAnthropic();
  const bot = useBot({ coach: anthropic.coach });

  it("WHEN /coach status THEN the AI line shows today's calls and tokens", async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    anthropic.fake().reply(textReply('Lazy evaluation waits for an action.'));
    const asked = bot.fake.interactions.slash({
      name: 'ask',
      options: { question: 'What is lazy evaluation?' },
      guildId: FIXTURE.guild,
      userId: FIXTURE.learner,
    });
    await asked.reply(10_000);
    await bot.app.app.settled();
    const report = await bot.app.app.coaching.usageReport(FIXTURE.guild);
    expect(report.today.calls).toBe(1);

    const line = labelledLines(await status(bot)).find((text) => text.startsWith('AI usage'));
    expect(line).toBe(
      `AI usage today (2026-06-01, UTC): 1 call · ${report.today.input.toLocaleString('en-US')} input tokens · ${report.today.output.toLocaleString('en-US')} output · ${report.today.cacheRead.toLocaleString('en-US')} cache read · ${report.today.cacheWrite.toLocaleString('en-US')} cache write.`,
    );
  });
});
