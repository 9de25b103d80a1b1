import { DiscordAPIError, Routes, type APIMessage, type Client, type TextChannel } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixtures.js';
import { useFakeDiscord } from './hooks.js';

const study = (client: Client) => client.channels.cache.get(FIXTURE.studyChannel) as TextChannel;
const errorOf = (error: unknown) =>
  error instanceof DiscordAPIError
    ? { status: error.status, code: error.code, errors: error.rawError }
    : error;

const POLL = {
  question: { text: 'How hard was today?' },
  answers: [{ text: 'Easy' }, { text: 'About right' }, { text: 'Hard' }, { text: 'Too long' }],
  duration: 24,
  allowMultiselect: false,
};

describe('fake Discord polls, seen by discord.js', () => {
  const session = useFakeDiscord();

  it('GIVEN a message with a poll WHEN it is sent THEN it comes back with answer ids from 1, an expiry from the duration, and open results', async () => {
    const { fake, client } = session;
    const before = Date.now();
    const message = await study(client).send({ poll: POLL });
    const raw = (await client.rest.get(
      Routes.channelMessage(FIXTURE.studyChannel, message.id),
    )) as APIMessage;
    expect(raw.poll?.answers.map((a) => [a.answer_id, a.poll_media.text])).toEqual([
      [1, 'Easy'],
      [2, 'About right'],
      [3, 'Hard'],
      [4, 'Too long'],
    ]);
    expect(raw.poll?.allow_multiselect).toBe(false);
    const expiry = Date.parse(raw.poll?.expiry ?? '');
    expect(expiry - before).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(expiry - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    expect(raw.poll?.results).toEqual({ is_finalized: false, answer_counts: [] });
    expect(fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(1);
  });

  it.each([
    ['a question over 300 characters', { ...POLL, question: { text: 'q'.repeat(301) } }, 'question'],
    [
      '11 answers',
      { ...POLL, answers: Array.from({ length: 11 }, (_, i) => ({ text: `A${i}` })) },
      'answers',
    ],
    ['an answer over 55 characters', { ...POLL, answers: [{ text: 'a'.repeat(56) }] }, 'answers'],
    ['no answers', { ...POLL, answers: [] }, 'answers'],
    ['0 hours', { ...POLL, duration: 0 }, 'duration'],
    ['769 hours', { ...POLL, duration: 769 }, 'duration'],
  ])(
    'GIVEN a poll with %s WHEN it is sent THEN Discord refuses it (400, 50035) and stores nothing',
    async (_what, poll, field) => {
      const { fake, client } = session;
      const refused = await study(client)
        .send({ poll })
        .then(() => null, errorOf);
      expect(refused).toMatchObject({
        status: 400,
        code: 50035,
        errors: { errors: { poll: { [field]: {} } } },
      });
      expect(fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(0);
    },
  );

  it('GIVEN votes cast WHEN the message is read THEN answer_counts counts each answer with votes (answers without votes left out), not final', async () => {
    const { fake, client } = session;
    const message = await study(client).send({ poll: POLL });
    const vote = (userId: string, answerIds: number[]) =>
      fake.polls.vote({ channelId: FIXTURE.studyChannel, messageId: message.id, userId, answerIds });
    vote('5001', [2]);
    vote('5002', [4]);
    vote('5003', [2]);
    vote('5003', [4]); // a changed vote replaces the first
    const read = (await client.rest.get(
      Routes.channelMessage(FIXTURE.studyChannel, message.id),
    )) as APIMessage;
    expect(read.poll?.results).toEqual({
      is_finalized: false,
      answer_counts: [
        { id: 2, count: 1, me_voted: false },
        { id: 4, count: 2, me_voted: false },
      ],
    });
    expect(() => vote('5004', [1, 2])).toThrow('one answer');
    expect(() => vote('5004', [5])).toThrow('no such answer');
  });

  it('GIVEN a poll whose time is up WHEN the message is read THEN its results are final and no vote is taken', async () => {
    const { fake, client } = session;
    const message = await study(client).send({ poll: POLL });
    fake.polls.vote({
      channelId: FIXTURE.studyChannel,
      messageId: message.id,
      userId: '5001',
      answerIds: [3],
    });
    fake.polls.end(FIXTURE.studyChannel, message.id);
    const read = (await client.rest.get(
      Routes.channelMessage(FIXTURE.studyChannel, message.id),
    )) as APIMessage;
    expect(read.poll?.results).toEqual({
      is_finalized: true,
      answer_counts: [{ id: 3, count: 1, me_voted: false }],
    });
    expect(() =>
      fake.polls.vote({
        channelId: FIXTURE.studyChannel,
        messageId: message.id,
        userId: '5002',
        answerIds: [1],
      }),
    ).toThrow('ended');
  });

  it('GIVEN the bot ends its own poll early WHEN it posts to the expire route THEN the results are final', async () => {
    const { client } = session;
    const message = await study(client).send({ poll: POLL });
    const ended = (await client.rest.post(Routes.expirePoll(FIXTURE.studyChannel, message.id))) as APIMessage;
    expect(ended.poll?.results?.is_finalized).toBe(true);
    const plain = await study(client).send('no poll here');
    const refused = await client.rest
      .post(Routes.expirePoll(FIXTURE.studyChannel, plain.id))
      .then(() => null, errorOf);
    expect(refused).toMatchObject({ status: 400, code: 520006 });
  });

  it.each([
    ['an embed', { embeds: [{ title: 'Day 32' }] }, 'embeds'],
    [
      'a row of buttons',
      { components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Done', custom_id: 'd' }] }] },
      'components',
    ],
    ['a file', { files: [{ attachment: Buffer.from('proof'), name: 'proof.txt' }] }, 'attachments'],
  ])(
    "GIVEN a poll sent with %s WHEN it is sent THEN Discord's documented restriction refuses it (400, 50035) and stores nothing",
    async (_what, beside, field) => {
      const { fake, client } = session;
      const refused = await study(client)
        .send({ poll: POLL, ...beside })
        .then(() => null, errorOf);
      expect(refused).toMatchObject({ status: 400, code: 50035, errors: { errors: { [field]: {} } } });
      expect(fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(0);
    },
  );

  it('GIVEN a message with a poll WHEN the bot edits it THEN Discord refuses (messages with a poll cannot be edited) and the message stays as it was', async () => {
    const { fake, client } = session;
    const message = await study(client).send({ poll: POLL });
    const refused = await client.rest
      .patch(Routes.channelMessage(FIXTURE.studyChannel, message.id), { body: { content: 'edited' } })
      .then(() => null, errorOf);
    expect(refused).toMatchObject({ status: 400, code: 50035, errors: { errors: { poll: {} } } });
    expect(fake.channelMessages(FIXTURE.studyChannel)[0]?.content).toBe('');
    // A message without a poll is still edited.
    const plain = await study(client).send('plain');
    await client.rest.patch(Routes.channelMessage(FIXTURE.studyChannel, plain.id), {
      body: { content: 'edited' },
    });
    expect(fake.channelMessages(FIXTURE.studyChannel)[1]?.content).toBe('edited');
  });

  it('GIVEN messages in a channel WHEN they are read after one of them THEN only the later ones come back, newest first', async () => {
    const { client } = session;
    const first = await study(client).send('one');
    const second = await study(client).send('two');
    const third = await study(client).send({ poll: POLL });
    const page = (await client.rest.get(Routes.channelMessages(FIXTURE.studyChannel), {
      query: new URLSearchParams({ after: first.id, limit: '100' }),
    })) as APIMessage[];
    expect(page.map((m) => m.id)).toEqual([third.id, second.id]);
  });
});
