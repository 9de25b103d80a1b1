import { describe, expect, it } from 'vitest';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { sectionColor } from '../../../src/core/progress/section-palette.js';
import { EMBED_COLORS } from '../../../src/adapters/discord/render/embed-colors.js';
import { embedsOf, fieldValue, visibleText } from '../../support/visible-text.js';
import { useBot } from './bot-session.js';

const EPHEMERAL = 64;
const learnerId = `discord:${FIXTURE.learner}`;

describe('GIVEN a learner in a server', () => {
  const bot = useBot();
  const slash = (name: string, options?: Record<string, string | number>, userId: string = FIXTURE.learner) =>
    bot.fake.interactions.slash({ name, options, userId });

  it('WHEN /progress THEN a private embed in the section colour, the card PNG in it, and the same facts as text', async () => {
    await slash('done', { proof: 'Explained lazy evaluation' }).reply();
    const used = slash('progress');
    const callback = await used.callback();
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.files.map((file) => [file.name, file.contentType])).toEqual([
      ['progress-2026-06-01.png', 'image/png'],
    ]);
    const reply = await used.reply();
    expect(reply.content).toBe('');
    const [embed] = embedsOf(reply);
    expect(embed).toMatchObject({
      title: 'Lin · progress',
      color: sectionColor(0),
      image: { url: 'attachment://progress-2026-06-01.png' },
    });
    expect(visibleText(reply)).toContain('Progress: 1/30 days done');
    expect(visibleText(reply)).toContain('✓31 ▶32 ○33');
    expect(fieldValue(reply, 'Streak')).toBe('1 day (best 1)');
    expect((reply.attachments as Json[]).map((a) => a.filename)).toEqual(['progress-2026-06-01.png']);
  });

  it('WHEN /shift with nothing done and /resume when not paused THEN one clear line each, privately', async () => {
    const shifted = slash('shift');
    expect((await shifted.callback()).data).toMatchObject({ flags: EPHEMERAL });
    expect((await shifted.reply()).content).toMatch(/^There's nothing to shift yet/);
    expect((await slash('resume').reply()).content).toMatch(
      /^You're not paused, so there's nothing to resume\./,
    );
    expect((await slash('pause').reply()).content).toMatch(/^Paused from 2026-06-01\./);
  });

  it("WHEN /assessment THEN the real checklists with boxes, in the colour of the learner's section", async () => {
    const reply = await slash('assessment').reply();
    expect(embedsOf(reply)).toHaveLength(1);
    expect(embedsOf(reply)[0]).toMatchObject({ title: 'Cycle assessment', color: sectionColor(0) });
    expect(embedsOf(reply)[0]?.description).toMatch(/^0 of 23 ticked\. /);
    expect(fieldValue(reply, 'Technical Skills Acquired')).toContain(
      '[ ] Apache Spark architecture and optimization',
    );
  });

  it('WHEN a learner opts out with /settings leaderboard:off THEN /leaderboard never shows them', async () => {
    await slash('done', { proof: 'Explained lazy evaluation' }, FIXTURE.admin).reply();
    await slash('done', { proof: 'Explained lazy evaluation' }).reply();
    const settings = await slash('settings', { leaderboard: 'off', warning: '20' }).reply();
    expect(settings.content).toContain('Streak warning: at 20:00 your time');
    expect(settings.content).toContain('Leaderboard and recaps: you are hidden.');
    const board = await slash('leaderboard', {}, FIXTURE.admin).reply();
    expect(embedsOf(board)[0]).toMatchObject({
      title: 'Leaderboard · 1 learner',
      color: EMBED_COLORS.neutral,
    });
    expect(String(embedsOf(board)[0]?.description).split('\n')).toEqual([
      '1\\. Ada · streak 1 day · 1 day done',
      '',
      'You: #1 of 1 · streak 1 day · 1 day done',
    ]);
    expect(visibleText(board)).not.toContain('Lin');
    expect(visibleText(await slash('leaderboard').reply())).toContain("You're hidden from the leaderboard.");
  });

  it('WHEN /export THEN the JSON and the portfolio come as attachments', async () => {
    expect((await slash('export').reply()).content).toMatch(/^I have no data stored for you/);
    await slash('done', { proof: 'Explained lazy evaluation' }).reply();
    const used = slash('export');
    expect((await used.callback()).files.map((file) => file.name)).toEqual([
      'study-coach-data-2026-06-01.json',
      'portfolio-2026-06-01.md',
    ]);
  });

  it('WHEN /forget-me and Delete everything THEN the message says so and the learner is gone; Keep changes nothing', async () => {
    await slash('done', { proof: 'Explained lazy evaluation' }).reply();
    const asked = await slash('forget-me').reply();
    const ids = (asked.components as Json[]).flatMap((row) =>
      (row.components as Json[]).map((b) => String(b.custom_id)),
    );
    expect(ids.map((id) => id.split(':').slice(0, 3).join(':'))).toEqual([
      `forget-me:confirm:${FIXTURE.learner}`,
      `forget-me:cancel:${FIXTURE.learner}`,
    ]);
    const click = (customId: string, userId: string = FIXTURE.learner) =>
      bot.fake.interactions.button({ customId, userId, message: asked });
    const kept = await click(ids[1] ?? '').callback();
    expect(kept).toMatchObject({ type: 7, data: { content: 'Nothing was deleted.', components: [] } });
    const stranger = await click(ids[0] ?? '', FIXTURE.admin).callback();
    expect(stranger.data).toMatchObject({
      content: 'These buttons belong to someone else.',
      flags: EPHEMERAL,
    });
    expect(await bot.store.get(`learner:${learnerId}`)).toBeDefined();
    const deleted = await click(ids[0] ?? '').callback();
    expect(deleted.data?.content).toMatch(/^Done: everything I kept about you is deleted\./);
    expect(await bot.store.get(`learner:${learnerId}`)).toBeUndefined();
    expect(await bot.store.setMembers(`server-learners:${FIXTURE.guild}`)).toEqual([]);
  });
});

describe('GIVEN an admin', () => {
  const bot = useBot();

  it('WHEN /coach recaps state:off before and after setup THEN told to set up first, then it is off, and /coach status says so', async () => {
    const recaps = () =>
      bot.fake.interactions.slash({
        name: 'coach',
        subcommand: 'recaps',
        options: { state: 'off' },
        userId: FIXTURE.admin,
      });
    expect((await recaps().reply()).content).toMatch(/^This server isn't set up yet\./);
    await bot.app.app.servers.setup(FIXTURE.guild, {
      channelId: FIXTURE.studyChannel,
      time: '09:00',
      timezone: 'Europe/Berlin',
      startDate: '2026-06-01',
    });
    expect((await recaps().reply()).content).toMatch(/^Section recaps are off\./);
    const status = bot.fake.interactions.slash({
      name: 'coach',
      subcommand: 'status',
      userId: FIXTURE.admin,
    });
    expect(fieldValue(await status.reply(), 'Section recaps')).toBe(
      'off. /coach recaps state:on turns them on.',
    );
  });
});
