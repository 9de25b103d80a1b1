import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Learners } from '../../../src/app/storage/learners.js';
import { renderPortfolio } from '../../../src/presenters/text/portfolio-markdown.js';
import { newLearner } from '../../../src/core/learner/new-learner.js';
import { visibleText } from '../../support/visible-text.js';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { START, useBot } from './bot-session.js';

const learnerId = `discord:${FIXTURE.learner}`;
const silent = { info() {}, warn() {}, error() {} };

/** Every outgoing message body: interaction callbacks' data, webhook edits and follow-ups, channel posts. */
function messageBodies(requests: readonly { body: unknown; path: string }[]): Json[] {
  return requests.flatMap(({ body, path }) => {
    if (body === null || typeof body !== 'object') return [];
    const json = body as Json;
    if (path.endsWith('/callback'))
      return json.data && typeof json.data === 'object' ? [json.data as Json] : [];
    return 'content' in json || 'embeds' in json ? [json] : [];
  });
}

describe('GIVEN a learner sending bad input', () => {
  const bot = useBot();
  const learners = () => new Learners(bot.store, { now: () => START }, silent);
  const done = (proof: string) =>
    bot.fake.interactions.slash({ name: 'done', options: { proof }, userId: FIXTURE.learner });

  it('WHEN /done with a 10,000-character proof THEN one line, and nothing is recorded', async () => {
    const reply = await done('x'.repeat(10_000)).reply();
    expect(reply.content).toBe('That proof is over 4,000 characters. Shorten it or put it behind a link.');
    const stored = await learners().load(learnerId);
    expect(stored.kind === 'found' ? stored.learner.completions : []).toEqual([]);
  });

  it.each([
    '@everyone look what I built',
    'Done @here',
    `Thanks <@&${FIXTURE.adminRole}> and <@${FIXTURE.admin}>`,
  ])(
    'WHEN /done with "%s" THEN the day is done with the proof as written, and no request could ping anyone',
    async (proof) => {
      const reply = await done(proof).reply();
      expect(reply.content).toMatch(/^Day 31 · Spark Architecture: done\./);
      const stored = await learners().load(learnerId);
      expect(stored.kind === 'found' ? stored.learner.completions.map((c) => c.proof.text) : []).toEqual([
        proof,
      ]);
      const exported = bot.fake.interactions.slash({ name: 'export', userId: FIXTURE.learner });
      expect((await exported.callback()).files.map((file) => file.name)).toHaveLength(2);
      // The export's files keep the proof as written; a file pings no one.
      const data = await bot.app.app.privacy.exportData({ id: learnerId, displayName: 'Lin' });
      if (data.kind !== 'export') throw new Error(data.kind);
      expect(data.data.learner.completions.map((c) => c.proof.text)).toEqual([proof]);
      // The portfolio writes `<` as `&lt;` so no HTML runs; a Markdown viewer shows it as typed.
      expect(renderPortfolio(bot.app.app.plan, data.data).replace(/&lt;/g, '<')).toContain(`> ${proof}`);
      const bodies = messageBodies(bot.fake.requests);
      expect(bodies.length).toBeGreaterThan(1);
      for (const body of bodies) expect(body.allowed_mentions).toEqual({ parse: [] });
    },
  );

  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['joiners, a word joiner and a byte-order mark', '\u200c \u200d\u2060 \ufeff'],
    ['invisible characters around a line break', '\u200b\n\u200b'],
  ])(
    'WHEN /done with a proof of only %s THEN refused like a blank one, nothing recorded',
    async (_what, proof) => {
      const reply = await done(proof).reply();
      expect(reply.content).toMatch(/^Add your proof: what you built or can now explain, or a link\./);
      const stored = await learners().load(learnerId);
      expect(stored.kind === 'found' ? stored.learner.completions : []).toEqual([]);
    },
  );

  it('WHEN several commands reply THEN every outgoing message carries allowed_mentions parse []', async () => {
    await done('Explained lazy evaluation').reply();
    await bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner }).reply();
    await bot.fake.interactions.slash({ name: 'help', userId: FIXTURE.learner, guildId: null }).reply();
    await bot.fake.interactions.slash({ name: 'leaderboard', userId: FIXTURE.learner }).reply();
    const bodies = messageBodies(bot.fake.requests);
    expect(bodies).toHaveLength(4);
    for (const body of bodies) expect(body.allowed_mentions).toEqual({ parse: [] });
    // The leaderboard's names are in an embed, which pings no one; the reply has no text that could.
    expect(bodies.at(-1)?.content ?? '').toBe('');
    expect(bodies.at(-1)?.embeds).toHaveLength(1);
  });
});

describe('GIVEN a learner whose DMs the scheduler found closed', () => {
  const bot = useBot();

  it('WHEN they use two commands THEN the first is followed by a private notice, once', async () => {
    const learners = new Learners(bot.store, { now: () => START }, silent);
    const learner = newLearner({
      id: learnerId,
      displayName: 'Lin',
      timezone: 'UTC',
      startDate: '2026-06-01',
    });
    await learners.save({ ...learner, dmBlocked: 'blocked' });

    const first = bot.fake.interactions.slash({ name: 'progress', userId: FIXTURE.learner });
    expect(visibleText(await first.reply())).toContain('Progress: 0/30 days done');
    const notice = await first.followUp(1);
    expect(notice.content).toMatch(/^I couldn't send your daily reminder: your DMs are closed to me/);
    expect(notice.flags).toBe(64);
    expect(await learners.load(learnerId)).toMatchObject({ learner: { dmBlocked: 'told' } });

    const second = bot.fake.interactions.slash({ name: 'progress', userId: FIXTURE.learner });
    await second.reply();
    await sleep(150);
    expect(
      bot.fake.requests.filter(
        (request) => request.path === `/webhooks/${FIXTURE.applicationId}/${second.token}`,
      ),
    ).toEqual([]);
  });
});
