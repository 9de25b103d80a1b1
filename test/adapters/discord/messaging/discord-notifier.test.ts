import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordNotifier } from '../../../../src/adapters/discord/messaging/discord-notifier.js';
import { discordLearnerId } from '../../../../src/adapters/discord/actor.js';
import { createMemoryStore } from '../../../../src/adapters/store/memory-store.js';
import { createDmChannels, dmChannelKey } from '../../../../src/app/delivery/dm-channels.js';
import type { Notifier } from '../../../../src/app/ports.js';
import { placeOfDay } from '../../../../src/core/curriculum/plan-lookup.js';
import { FIXTURE, startFakeDiscord, type FakeDiscord } from '../../../support/fake-discord/index.js';
import { tinyPlan } from '../../../support/tiny-plan.js';

const plan = tinyPlan({ first: 31, count: 5 });
const request = (nonce: string) => ({ place: placeOfDay(plan, 32)!, planDays: 5, nonce });

let fake: FakeDiscord;
let rest: REST;
let notifier: Notifier;

beforeEach(async () => {
  fake = await startFakeDiscord();
  rest = new REST({ api: fake.apiUrl, retries: 1 }).setToken(fake.token);
  notifier = createDiscordNotifier(rest);
});

afterEach(async () => {
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
  await fake.close();
});

const posts = (channelId: string) =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

describe('GIVEN the Discord notifier and a channel it may post in', () => {
  it('WHEN posting a day THEN one request carries the embed, the buttons, the nonce and no mentions', async () => {
    const outcome = await notifier.postDay(FIXTURE.studyChannel, request('nonce-aaaaaaaaaaaa'));

    expect(outcome).toEqual({ kind: 'sent', messageId: expect.any(String) });
    const [sent] = posts(FIXTURE.studyChannel);
    expect(sent?.body).toMatchObject({
      nonce: 'nonce-aaaaaaaaaaaa',
      enforce_nonce: true,
      allowed_mentions: { parse: [] },
      embeds: [
        { title: 'Day 32 · Topic 32', footer: { text: 'Module 5 · Spark Fundamentals · day 2 of 5' } },
      ],
      components: [
        { type: 1, components: [{ custom_id: 'day:done:32:ref-nonce-aaaa' }, { custom_id: 'day:proof:32' }] },
      ],
    });
  });

  it('WHEN the same post is sent again with its nonce THEN Discord returns the first message and the channel holds one', async () => {
    const first = await notifier.postDay(FIXTURE.studyChannel, request('nonce-bbbbbbbbbbbb'));
    const again = await notifier.postDay(FIXTURE.studyChannel, request('nonce-bbbbbbbbbbbb'));

    expect(again).toEqual(first);
    expect(fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(1);
  });

  it("WHEN looking for a post by its nonce THEN only the bot's post with that reference is found, even 150 messages back", async () => {
    const posted = await notifier.postDay(FIXTURE.studyChannel, request('nonce-cccccccccccc'));
    const text = await notifier.postText(
      FIXTURE.generalChannel,
      'Cycle complete @everyone',
      'nonce-dddddddddddd',
    );
    for (let i = 0; i < 150; i++) {
      fake.users.sendGuildMessage({
        channelId: FIXTURE.studyChannel,
        authorId: FIXTURE.learner,
        content: `chat ${i} ref nonce-eeee`,
      });
    }

    expect(await notifier.findPost(FIXTURE.studyChannel, 'nonce-cccccccccccc')).toBe(messageIdOf(posted));
    expect(await notifier.findPost(FIXTURE.generalChannel, 'nonce-dddddddddddd')).toBe(messageIdOf(text));
    expect(await notifier.findPost(FIXTURE.studyChannel, 'nonce-eeeeeeeeeeee')).toBeNull();
    expect(await notifier.findPost(FIXTURE.studyChannel, 'nonce-ffffffffffff')).toBeNull();
  });

  it('WHEN posting text with @everyone THEN nothing is parsed as a mention', async () => {
    await notifier.postText(FIXTURE.studyChannel, 'Done @everyone', 'nonce-gggggggggggg');

    expect(posts(FIXTURE.studyChannel)[0]?.body).toMatchObject({
      content: 'Done @everyone\n-# ref nonce-gggg',
      allowed_mentions: { parse: [] },
    });
  });
});

describe('GIVEN channels the notifier cannot post in', () => {
  it.each([
    ['a channel without View Channel', FIXTURE.lockedChannel, 'forbidden', /403 50001/],
    ['a deleted channel', '1229999999999999999', 'gone', /404 10003/],
  ])('WHEN posting to %s THEN the outcome is %s', async (_label, channelId, kind, detail) => {
    const outcome = await notifier.postDay(channelId, request('nonce-hhhhhhhhhhhh'));

    expect(outcome).toEqual({ kind, detail: expect.stringMatching(detail) });
  });

  it('WHEN Discord keeps answering 503 THEN the outcome is a passing failure', async () => {
    fake.faults.fail('/channels/:id/messages', 503, { times: Infinity });

    const outcome = await notifier.postDay(FIXTURE.studyChannel, request('nonce-iiiiiiiiiiii'));

    expect(outcome).toMatchObject({ kind: 'failed' });
  });
});

describe("GIVEN DMs through the app's DM channels over the Discord notifier", () => {
  const dmsOver = () => {
    const store = createMemoryStore();
    return { store, dms: createDmChannels({ store, notifier }) };
  };
  const dayInto = (nonce: string) => (channelId: string) => notifier.postDay(channelId, request(nonce));

  it('WHEN the DM channel id is known THEN a DM is one request', async () => {
    const { dms } = dmsOver();
    const opened = await dms.open(discordLearnerId(FIXTURE.learner));
    expect(opened).toEqual({ kind: 'open', channelId: fake.dmChannelId(FIXTURE.learner) });
    const before = fake.requests.length;

    const sent = await dms.send(discordLearnerId(FIXTURE.learner), dayInto('nonce-jjjjjjjjjjjj'));

    expect(sent).toMatchObject({ kind: 'sent' });
    expect(fake.requests.length - before).toBe(1);
  });

  it('WHEN the user closed their DMs THEN the outcome is forbidden with code 50007', async () => {
    const { dms } = dmsOver();
    const outcome = await dms.send(discordLearnerId(FIXTURE.closedDms), dayInto('nonce-kkkkkkkkkkkk'));

    expect(outcome).toEqual({ kind: 'forbidden', detail: expect.stringMatching(/403 50007/) });
  });

  it('WHEN a kept DM channel id no longer works THEN the channel is opened afresh, kept, and the DM sent there', async () => {
    const { dms, store } = dmsOver();
    await store.set(dmChannelKey(FIXTURE.learner), '1239999999999999999');

    const outcome = await dms.send(discordLearnerId(FIXTURE.learner), dayInto('nonce-llllllllllll'));

    expect(outcome).toMatchObject({ kind: 'sent' });
    expect(fake.channelMessages(fake.dmChannelId(FIXTURE.learner))).toHaveLength(1);
    expect(await store.get(dmChannelKey(FIXTURE.learner))).toBe(fake.dmChannelId(FIXTURE.learner));
  });
});

function messageIdOf(outcome: { kind: string; messageId?: string }): string | undefined {
  return outcome.messageId;
}
