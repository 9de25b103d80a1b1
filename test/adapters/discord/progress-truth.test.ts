import { describe, expect, it } from 'vitest';
import { Learners } from '../../../src/app/storage/learners.js';
import type { Completion, Learner, LocalDate } from '../../../src/core/learner/learner.js';
import { newLearner } from '../../../src/core/learner/new-learner.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { embedsOf, fieldValue, fieldsOf, visibleText } from '../../support/visible-text.js';
import { START, useBot } from './bot-session.js';

const learnerId = `discord:${FIXTURE.learner}`;
const silent = { info() {}, warn() {}, error() {} };

/** Days 31, 32, ... done one per date from `from` (UTC), each with its own proof. */
function doneFrom(from: LocalDate, count: number): Completion[] {
  return Array.from({ length: count }, (_, i) => {
    const localDate = new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    return {
      day: 31 + i,
      proof: { text: `Worked on day ${31 + i}`, links: [] },
      at: `${localDate}T12:00:00.000Z`,
      localDate,
      assessment: null,
    };
  });
}

function lin(overrides: Partial<Learner>): Learner {
  return {
    ...newLearner({ id: learnerId, displayName: 'Lin', timezone: 'UTC', startDate: '2026-05-26' }),
    ...overrides,
  };
}

describe('GIVEN a learner on Day 38 who missed two calendar dates, one covered by a freeze (bot clock Monday 2026-06-01)', () => {
  const bot = useBot();

  it('WHEN /progress THEN no plan day after Day 38 is missed or frozen, and the two dates are, on the card image and in the text', async () => {
    // Days 31-35 on 05-23..05-27 (a freeze earned), 05-28 missed, Day 36 on 05-29, 05-30 missed, Day 37 on 05-31.
    const completions = [
      ...doneFrom('2026-05-23', 5),
      ...doneFrom('2026-05-29', 1),
      ...doneFrom('2026-05-31', 1),
    ].map((c, i) => ({ ...c, day: 31 + i }));
    await new Learners(bot.store, { now: () => START }, silent).save(
      lin({ startDate: '2026-05-23', completions }),
    );
    const used = bot.fake.interactions.slash({ name: 'progress', userId: FIXTURE.learner });
    // The first card of a process loads the font: slow on a busy machine.
    const callback = await used.callback(10_000);
    expect(callback.files.map((file) => file.contentType)).toEqual(['image/png']);
    const reply = await used.reply();
    const [embed] = embedsOf(reply);
    expect(embed?.image).toEqual({ url: 'attachment://progress-2026-06-01.png' });
    expect(String(embed?.description).split('\n')).toContain('Day 38 today · 2 days behind');
    const days = fieldsOf(reply).flatMap((field) => field.value.split('\n'));
    expect(days).toContain('✓31 ✓32 ✓33 ✓34 ✓35 ✓36 ✓37');
    expect(days).toContain('▶38 ○39 ○40 ○41 ○42 ○43 ○44');
    expect(fieldValue(reply, 'Your dates, Monday to Sunday, from 2026-05-11').split('\n')).toEqual([
      '·11 ·12 ·13 ·14 ·15 ·16 ·17',
      '·18 ·19 ·20 ·21 ·22 ✓23 ✓24',
      '✓25 ✓26 ✓27 ❄28 ✓29 ✗30 ✓31',
      '▶01 ○02 ○03 ○04 ○05 ○06 ○07',
    ]);
  });
});

describe('GIVEN a learner who paused two days behind their calendar (bot clock 2026-06-01)', () => {
  const bot = useBot();
  const slash = (name: string, options?: Record<string, string>) =>
    bot.fake.interactions.slash({ name, options, userId: FIXTURE.learner });
  // Started 05-26, did Days 31-32 on 05-26 and 05-27, missed 05-28 and 05-29, paused from 05-30.
  // The server's cohort started 05-26 too: it is on Day 37 while the learner's Day 33 waits.
  const save = async () => {
    await bot.app.app.servers.setup(FIXTURE.guild, {
      channelId: FIXTURE.studyChannel,
      time: '09:00',
      timezone: 'UTC',
      startDate: '2026-05-26',
    });
    await new Learners(bot.store, { now: () => START }, silent).save(
      lin({ completions: doneFrom('2026-05-26', 2), pauses: [{ from: '2026-05-30', to: null }] }),
    );
  };

  it('WHEN /today THEN it says paused and how to come back, never "behind"', async () => {
    await save();
    const reply = await slash('today').reply();
    expect(reply.content).toBe(
      "You're paused (since 2026-05-30): your calendar waits and your streak is safe. /resume when you're back.\nStreak: 0 days (best 2)\n" +
        // Days 31-32 are done, so their recall cards are due; a pause does not hide them.
        '5 cards to recall, about 7 minutes (/recall).',
    );
  });

  it('WHEN /progress THEN the summary, the status line of the card text say paused, never "behind"', async () => {
    await save();
    const content = visibleText(await slash('progress').reply());
    expect(content).toContain("You're paused (since 2026-05-30)");
    expect(content.split('\n')).toContain('paused');
    expect(content).not.toContain('behind');
  });

  it('WHEN /done THEN the day is done and the reply says the pause goes on until /resume', async () => {
    await save();
    const reply = await slash('done', { proof: 'Explained narrow and wide transformations' }).reply();
    expect(reply.content).toContain(
      "You're still paused (since 2026-05-30): the day counts for your streak, and your calendar waits until /resume.",
    );
    expect(reply.content).toMatch(/^Day 33 · .*: done\./);
  });
});

describe('GIVEN a learner who has done every day of the plan', () => {
  const bot = useBot();

  it('WHEN /progress THEN the card text says complete, not on pace', async () => {
    await new Learners(bot.store, { now: () => START }, silent).save(
      lin({ startDate: '2026-04-20', completions: doneFrom('2026-04-20', 30) }),
    );
    const content = visibleText(
      await bot.fake.interactions.slash({ name: 'progress', userId: FIXTURE.learner }).reply(),
    );
    expect(content).toContain('Progress: 30/30 days done');
    expect(content.split('\n')).toContain('complete');
    expect(content).not.toContain('on pace');
  });
});

describe('GIVEN a learner whose name is 300 characters that would ping and format', () => {
  const bot = useBot();

  it('WHEN /progress THEN Discord accepts the embed: the name is cut, no text outside the embed could ping', async () => {
    await new Learners(bot.store, { now: () => START }, silent).save(
      lin({ displayName: `@everyone **${'Lin'.repeat(100)}**`, completions: doneFrom('2026-05-26', 2) }),
    );
    const reply = await bot.fake.interactions
      .slash({ name: 'progress', userId: FIXTURE.learner })
      .reply(10_000);
    expect(reply.content).toBe('');
    const [embed] = embedsOf(reply);
    expect(String(embed?.title).length).toBeLessThanOrEqual(256);
    expect(embed?.title).toMatch(/^@everyone \\\*\\\*[Lin]+… · progress$/);
    expect(visibleText(reply)).toContain('Progress: 2/30 days done');
  });
});
