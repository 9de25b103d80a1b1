import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { loadDayPosts } from '../../../src/app/delivery/day-post-records.js';
import { ServerRecords } from '../../../src/app/storage/server-records.js';
import { CRASH_NAMESPACE, type CrashOptions } from '../../support/crash-post.js';
import { FIXTURE, startFakeDiscord, type FakeDiscord } from '../../support/fake-discord/index.js';
import { TestLogger } from '../../app/delivery/daily-posts-fixture.js';
import { seedCrashServer, startCrashChild } from '../../support/crash-child.js';

/** crash-post.ts, compiled once by the global setup, so each start costs no TypeScript transform. */
const CHANNEL = FIXTURE.studyChannel;

let fake: FakeDiscord;
let dir: string;
let children: ChildProcess[] = [];

beforeEach(async () => {
  fake = await startFakeDiscord();
  dir = await mkdtemp(join(tmpdir(), 'coach-crash-'));
  // The server posts Day 32 at 09:00 UTC on 2026-06-02.
  await seedCrashServer(join(dir, 'coach.sqlite'), { channelId: CHANNEL });
});

afterEach(async () => {
  for (const child of children) child.kill('SIGKILL');
  children = [];
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

/** Starts the bot's posting path in a child process; resolves events as it prints them. */
function startBot(now: string, hold?: CrashOptions['hold']) {
  return startCrashChild(
    { storeFile: join(dir, 'coach.sqlite'), apiUrl: fake.apiUrl, token: fake.token, now, hold },
    children,
  );
}

const dayPosts = () =>
  fake.channelMessages(CHANNEL).filter((m) => JSON.stringify(m.embeds).includes('Day 32'));
const postRequests = () =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL}/messages`);
/** The day's discussion threads: one, under the one post. */
const dayThreads = () =>
  fake.world.guilds
    .get(FIXTURE.guild)
    ?.channels.filter((channel) => channel.type === 11 && channel.parentId === CHANNEL)
    .map((thread) => ({ id: thread.id, name: thread.name })) ?? [];
const expectOneThreadUnderThePost = () =>
  expect(dayThreads()).toEqual([{ id: String(dayPosts()[0]?.id), name: 'Day 32 · Topic 32' }]);

describe('GIVEN the daily post is due and the bot is killed with -9', { timeout: 60_000 }, () => {
  it('WHEN it dies after claiming the marker, before the send THEN the restart posts it once', async () => {
    const first = startBot('2026-06-02T09:00:05Z', 'before-send');
    await first.event('holding');
    await first.kill9();
    expect(dayPosts()).toHaveLength(0);

    const restart = startBot('2026-06-02T09:01:05Z');
    await restart.event('done');

    expect(dayPosts()).toHaveLength(1);
    expectOneThreadUnderThePost();
  });

  it('WHEN it dies while Discord holds the POST, and restarts at once THEN the same nonce makes it one post', async () => {
    // The first POST hangs until released below: the restart looks for the post, and sends again,
    // while it still hangs. (A fixed 8 s wait ran out under load before a slow restart got there.)
    fake.setLatency(30_000);
    const first = startBot('2026-06-02T09:00:05Z');
    await waitUntil(() => postRequests().length === 1);
    await first.kill9();
    fake.setLatency(0);

    const restart = startBot('2026-06-02T09:01:05Z');
    await restart.event('done');
    // Discord answers the first POST only now, after the restart sent again.
    fake.releaseLatency();
    await waitUntil(() => postRequests().every((request) => request.status !== 0));

    expect(postRequests().map((request) => (request.body as { nonce: string }).nonce)).toEqual([
      expect.any(String),
      (postRequests()[0]?.body as { nonce: string }).nonce,
    ]);
    expect(dayPosts()).toHaveLength(1);
    expectOneThreadUnderThePost();
  });

  it('WHEN it dies while Discord holds the POST, and restarts later THEN the restart finds the post and sends nothing', async () => {
    // Held until released, so the bot is surely dead before Discord answers.
    fake.setLatency(30_000);
    const first = startBot('2026-06-02T09:00:05Z');
    await waitUntil(() => postRequests().length === 1);
    await first.kill9();
    fake.releaseLatency();
    await waitUntil(() => postRequests().every((request) => request.status !== 0));
    fake.setLatency(0);

    const restart = startBot('2026-06-02T09:05:00Z');
    await restart.event('done');

    expect(dayPosts()).toHaveLength(1);
    expect(postRequests()).toHaveLength(1);
    expectOneThreadUnderThePost();
  });

  it('WHEN it dies after the send, before confirming it THEN the restart finds the post and sends nothing', async () => {
    const first = startBot('2026-06-02T09:00:05Z', 'after-send');
    await first.event('holding');
    await first.kill9();

    const restart = startBot('2026-06-02T09:01:05Z');
    await restart.event('done');

    expect(dayPosts()).toHaveLength(1);
    expect(postRequests()).toHaveLength(1);
    expectOneThreadUnderThePost();
  });

  it('WHEN it ran to the end and restarts within grace THEN nothing more is sent', async () => {
    await startBot('2026-06-02T09:00:05Z').event('done');

    await startBot('2026-06-02T13:00:00Z').event('done');

    expect(dayPosts()).toHaveLength(1);
    expect(postRequests()).toHaveLength(1);
    expectOneThreadUnderThePost();
  });
});

/** Turns the day poll on in the bot's store, as /coach poll state:on does. */
async function turnPollOn(): Promise<void> {
  const logger = new TestLogger();
  const store = await openStore(`sqlite://${join(dir, 'coach.sqlite')}`, {
    namespace: CRASH_NAMESPACE,
    logger,
  });
  const records = new ServerRecords(store, logger);
  const now = new Date('2026-06-02T08:59:00Z');
  await records.update(FIXTURE.guild, now, (current) => ({
    settings: current === null ? undefined : { ...current, dayPoll: true },
    outcome: undefined,
  }));
  await store.close();
}

/** What the bot's store noted of the Day 32 post, read after the bot has exited. */
async function day32Record() {
  const store = await openStore(`sqlite://${join(dir, 'coach.sqlite')}`, {
    namespace: CRASH_NAMESPACE,
    logger: new TestLogger(),
  });
  const [record] = await loadDayPosts(store, FIXTURE.guild, [32]);
  await store.close();
  return record;
}

/** The day poll messages in the Day 32 thread (it takes the post's id) and in the channel. */
const pollMessages = () =>
  [...fake.channelMessages(String(dayPosts()[0]?.id)), ...fake.channelMessages(CHANNEL)].filter(
    (m) => m.poll !== undefined,
  );
const pollRequests = () =>
  fake.requests.filter(
    (r) => r.method === 'POST' && (r.body as { poll?: unknown } | undefined)?.poll !== undefined,
  );

describe(
  'GIVEN the day poll is on and the bot is killed with -9 around the post or its poll',
  { timeout: 60_000 },
  () => {
    it.each(['before-send', 'after-send', 'poll-before-send', 'poll-after-send'] as const)(
      'WHEN it dies %s THEN the restart leaves one post without a poll, one poll alone in the day thread, noted for the report',
      async (hold) => {
        await turnPollOn();
        const first = startBot('2026-06-02T09:00:05Z', hold);
        await first.event('holding');
        await first.kill9();

        const restart = startBot('2026-06-02T09:01:05Z');
        await restart.event('done');

        const posts = dayPosts();
        expect(posts).toHaveLength(1);
        expect(posts[0]?.poll).toBeUndefined();
        expect(
          postRequests().filter((r) => (r.body as { poll?: unknown } | undefined)?.poll === undefined),
        ).toHaveLength(1);
        expectOneThreadUnderThePost();
        const polls = pollMessages();
        expect(polls).toHaveLength(1);
        expect((polls[0]?.poll as { question: { text: string } }).question.text).toBe('How hard was today?');
        expect(polls[0]?.channel_id).toBe(String(posts[0]?.id));
        expect(polls[0]?.embeds).toEqual([]);
        expect(polls[0]?.components ?? []).toEqual([]);
        // Killed after the poll's send, the restart finds it and does not send it again.
        expect(pollRequests()).toHaveLength(1);
        expect(await day32Record()).toMatchObject({
          day: 32,
          slotDate: '2026-06-02',
          channelId: CHANNEL,
          messageId: String(posts[0]?.id),
          pollMessage: { channelId: String(posts[0]?.id), messageId: String(polls[0]?.id) },
        });
      },
    );
  },
);

async function waitUntil(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
