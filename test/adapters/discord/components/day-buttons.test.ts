import { describe, expect, it } from 'vitest';
import { Learners } from '../../../../src/app/storage/learners.js';
import { FIXTURE, type Json } from '../../../support/fake-discord/index.js';
import { START, useBot } from '../bot-session.js';

const learnerId = `discord:${FIXTURE.learner}`;
const silent = { info() {}, warn() {}, error() {} };

describe('GIVEN the day buttons under a day message', () => {
  const bot = useBot();
  const click = (customId: string) => bot.fake.interactions.button({ customId, userId: FIXTURE.learner });
  const submit = (customId: string, fields: Record<string, string>) =>
    bot.fake.interactions.modal({ customId, fields, userId: FIXTURE.learner });
  const completions = async () => {
    const loaded = await new Learners(bot.store, { now: () => START }, silent).load(learnerId);
    return loaded.kind === 'found' ? loaded.learner.completions : [];
  };

  it.each(['day:done:31', 'day:proof:31'])(
    'WHEN %s on the learner current day THEN the proof form opens: proof required up to 4,000 characters, link optional, one file optional, the share choice',
    async (customId) => {
      const callback = await click(customId).callback();
      expect(callback.type).toBe(9);
      expect(callback.data).toMatchObject({ custom_id: 'proof:31', title: 'Proof for Day 31' });
      const inputs = (callback.data?.components as Json[]).map((label) => label.component as Json);
      expect(inputs).toEqual([
        expect.objectContaining({ custom_id: 'proof', required: true, max_length: 4000 }),
        expect.objectContaining({ custom_id: 'link', required: false }),
        { type: 19, custom_id: 'file', required: false, min_values: 0, max_values: 1 },
        expect.objectContaining({ type: 3, custom_id: 'share', required: true }),
      ]);
    },
  );

  it('WHEN Mark done on a day that is not the current one THEN a private line instead of a form', async () => {
    const callback = await click('day:done:33').callback();
    expect(callback.type).toBe(4);
    expect(callback.data).toMatchObject({
      content: "You're on Day 31; finish it first with /done <proof>.",
      flags: 64,
    });
  });

  it('WHEN the proof form is submitted THEN the day is done with the text and the link', async () => {
    const reply = await submit('proof:31', {
      proof: 'Explained the DAG',
      link: 'https://github.com/lin/dag',
    }).reply();
    expect(reply.content).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(await completions()).toMatchObject([
      { day: 31, proof: { text: 'Explained the DAG', links: ['https://github.com/lin/dag'] } },
    ]);
    const again = await click('day:done:31').callback();
    expect(again.data?.content).toBe('Day 31 is already done. /today shows your current day.');
  });

  it('WHEN /done is sent twice with the same proof THEN the second is refused in one line and Day 32 stays open', async () => {
    const done = () =>
      bot.fake.interactions.slash({
        name: 'done',
        options: { proof: 'Explained lazy evaluation' },
        userId: FIXTURE.learner,
      });
    expect((await done().reply()).content).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect((await done().reply()).content).toBe(
      "That's the proof you gave for Day 31, so Day 32 stays open. Send what you did for Day 32.",
    );
    expect((await completions()).map((c) => c.day)).toEqual([31]);
  });

  it('WHEN the Day 31 form is submitted twice, the second time with new words THEN Day 31 is done once and Day 32 is never completed', async () => {
    expect((await click('day:proof:31').callback()).data).toMatchObject({ custom_id: 'proof:31' });
    const first = await submit('proof:31', { proof: 'Explained the DAG', link: '' }).reply();
    expect(first.content).toMatch(/^Day 31 · Spark Architecture: done\./);
    const retried = await submit('proof:31', { proof: 'Explained the DAG', link: '' }).reply();
    expect(retried.content).toBe('Day 31 is already done. /today shows your current day.');
    const edited = await submit('proof:31', { proof: 'Explained the DAG and stages', link: '' }).reply();
    expect(edited.content).toBe('Day 31 is already done. /today shows your current day.');
    expect((await completions()).map((c) => c.day)).toEqual([31]);
  });

  it('WHEN the form is submitted with paragraphs THEN the proof keeps its line breaks', async () => {
    const proof = 'Explained the DAG.\n\nWhat I did:\n- ran word count\n- read the stages';
    expect((await submit('proof:31', { proof, link: '' }).reply()).content).toMatch(/: done\./);
    expect(await completions()).toMatchObject([{ day: 31, proof: { text: proof } }]);
  });

  it('WHEN the form is submitted with @everyone and a member mention THEN the day is done with the proof as written', async () => {
    const reply = await submit('proof:31', {
      proof: `@everyone <@${FIXTURE.admin}> I did it`,
      link: '',
    }).reply();
    expect(reply.content).toMatch(/^Day 31 · Spark Architecture: done\./);
    const sent = bot.fake.requests.map((request) => request.body as Json | null);
    const bodies = sent.map((body) => (body?.data as Json | undefined) ?? body).filter((b) => b?.content);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body?.allowed_mentions).toEqual({ parse: [] });
    expect(await completions()).toMatchObject([
      { day: 31, proof: { text: `@everyone <@${FIXTURE.admin}> I did it` } },
    ]);
  });

  it.each([
    [{ proof: '\u200b\u200d \u2060\ufeff', link: '' }, 'Add your proof'],
    [{ proof: '   ', link: '' }, 'Add your proof'],
    [{ proof: 'Built it', link: 'not a link' }, '"not a link" doesn\'t look like a web address.'],
  ])('WHEN the form is submitted with %o THEN one line and nothing recorded', async (fields, words) => {
    const reply = await submit('proof:31', fields).reply();
    expect(reply.content).toContain(words);
    expect(await completions()).toEqual([]);
  });
});
