import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { dayThreadOf } from '../../../src/app/sharing/day-threads.js';
import { CRASH_NAMESPACE, type CrashOptions } from '../../support/crash-post.js';
import { FIXTURE, forumWorld, startFakeDiscord, type FakeDiscord } from '../../support/fake-discord/index.js';
import { TestLogger } from '../../app/delivery/daily-posts-fixture.js';
import { seedCrashServer, startCrashChild } from '../../support/crash-child.js';

/** crash-post.ts, compiled once by the global setup. */
const FORUM = FIXTURE.forumChannel;

let fake: FakeDiscord;
let dir: string;
let children: ChildProcess[] = [];
const storeFile = () => join(dir, 'coach.sqlite');

beforeEach(async () => {
  fake = await startFakeDiscord({
    world: forumWorld({ tags: [{ id: '1230000000000000003', name: 'project' }] }),
  });
  dir = await mkdtemp(join(tmpdir(), 'coach-forum-crash-'));
  // The server posts Day 32 at 09:00 UTC on 2026-06-02, as a post in the forum.
  await seedCrashServer(storeFile(), { channelId: FORUM, channelKind: 'forum' });
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
    { storeFile: storeFile(), apiUrl: fake.apiUrl, token: fake.token, now, hold },
    children,
  );
}

/** The forum's posts: threads under it, with their tags. */
const forumPosts = () =>
  fake.world.guilds
    .get(FIXTURE.guild)
    ?.channels.filter((channel) => channel.type === 11 && channel.parentId === FORUM)
    .map((post) => ({ id: post.id, name: post.name, tags: post.appliedTags })) ?? [];
const postRequests = () =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${FORUM}/threads`);

async function notedThread(): Promise<string | null> {
  const store = await openStore(`sqlite://${storeFile()}`, {
    namespace: CRASH_NAMESPACE,
    logger: new TestLogger(),
  });
  try {
    return await dayThreadOf(store, FIXTURE.guild, 32);
  } finally {
    await store.close();
  }
}

describe('GIVEN the day is due as a forum post and the bot is killed with -9', { timeout: 60_000 }, () => {
  it('WHEN it runs to the end THEN one post "Day 32 · Topic 32", its first message the day with its buttons, noted as the day thread', async () => {
    await startBot('2026-06-02T09:00:05Z').event('done');

    const [post] = forumPosts();
    expect(forumPosts()).toEqual([{ id: post?.id, name: 'Day 32 · Topic 32', tags: [] }]);
    const [starter] = fake.channelMessages(String(post?.id));
    expect(starter?.id).toBe(post?.id);
    expect(JSON.stringify(starter?.embeds)).toContain('Day 32');
    expect(JSON.stringify(starter?.components)).toContain('Mark done');
    expect(await notedThread()).toBe(post?.id);
  });

  it('WHEN it dies after the post, before confirming it THEN the restart finds the post by its reference, notes its thread and posts nothing', async () => {
    const first = startBot('2026-06-02T09:00:05Z', 'after-send');
    await first.event('holding');
    await first.kill9();
    expect(forumPosts()).toHaveLength(1);
    expect(await notedThread()).toBeNull();

    await startBot('2026-06-02T09:01:05Z').event('done');

    expect(forumPosts()).toHaveLength(1);
    expect(postRequests()).toHaveLength(1);
    expect(await notedThread()).toBe(forumPosts()[0]?.id);
    expect(fake.requests.some((r) => r.path === `/guilds/${FIXTURE.guild}/threads/active`)).toBe(true);
  });

  it('WHEN it dies while Discord holds the POST and restarts at once THEN the restart posts nothing while the post may still land, and one post remains', async () => {
    fake.setLatency(30_000);
    const first = startBot('2026-06-02T09:00:05Z');
    await waitUntil(() => postRequests().length === 1);
    await first.kill9();
    fake.setLatency(0);

    await startBot('2026-06-02T09:01:05Z').event('done');
    expect(postRequests()).toHaveLength(1);
    // Discord answers the first POST only now.
    fake.releaseLatency();
    await waitUntil(() => postRequests().every((request) => request.status !== 0));

    await startBot('2026-06-02T09:04:05Z').event('done');

    expect(forumPosts()).toHaveLength(1);
    expect(postRequests()).toHaveLength(1);
    expect(await notedThread()).toBe(forumPosts()[0]?.id);
  });

  it('WHEN it dies after claiming the marker, before the send THEN a restart past the settle window posts it once', async () => {
    const first = startBot('2026-06-02T09:00:05Z', 'before-send');
    await first.event('holding');
    await first.kill9();

    await startBot('2026-06-02T09:03:05Z').event('done');

    expect(forumPosts()).toHaveLength(1);
    expect(await notedThread()).toBe(forumPosts()[0]?.id);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
