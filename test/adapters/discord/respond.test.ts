import { describe, expect, it } from 'vitest';
import type { ReplyBody } from '../../../src/adapters/discord/respond.js';
import { answer } from '../../../src/adapters/discord/respond.js';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { onNextInteraction, useFakeDiscord } from '../../support/fake-discord/hooks.js';

const paragraph = (n: number) => `${String(n).padStart(3, '0')} ${'word '.repeat(180).trim()}`;

describe('GIVEN a reply longer than a Discord message', () => {
  const session = useFakeDiscord();

  it('WHEN answered THEN it goes out in pieces of at most 2,000 characters, the embed and buttons under the last', async () => {
    const body: ReplyBody = {
      content: [1, 2, 3, 4, 5].map(paragraph).join('\n\n'),
      embeds: [{ title: 'Day 31 · Spark Architecture', description: 'x'.repeat(5000) }],
      components: [
        { type: 1, components: [{ type: 2, style: 3, label: 'Mark done', custom_id: 'day:done:31' }] },
      ],
    };
    const handled = onNextInteraction(session.client, async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('not repliable');
      await answer(interaction, { deferAfterMs: 1000 }, async () => body);
    });
    const used = session.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner });
    await handled;
    const all = [await used.reply(), await used.followUp(1), await used.followUp(2)];
    for (const piece of all) expect(String(piece.content).length).toBeLessThanOrEqual(2000);
    expect(all.map((piece) => piece.content).join('\n\n')).toBe(body.content);
    const last = all.at(-1) as Json;
    expect((last.embeds as Json[])[0]?.description).toHaveLength(4096);
    expect(last.components).toHaveLength(1);
    expect((all[0] as Json).embeds ?? []).toEqual([]);
    expect((await used.callback()).data?.flags).toBe(64);
  });
});
