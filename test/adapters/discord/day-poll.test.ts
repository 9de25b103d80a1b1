import { describe, expect, it } from 'vitest';
import { Learners } from '../../../src/app/storage/learners.js';
import { noteServerLearner } from '../../../src/app/storage/server-learners.js';
import type { Learner } from '../../../src/core/learner/learner.js';
import { COACH_NOT_ADMIN } from '../../../src/adapters/discord/render/server-admin-text.js';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { labelledLines } from '../../support/visible-text.js';
import { dates, doneOn, learner } from '../../core/learner/learner-fixtures.js';
import { START, adminSetup, useBot, type BotSession } from './bot-session.js';

const HOUR = 3_600_000;
const poll = (bot: BotSession, state: 'on' | 'off', userId: string = FIXTURE.admin) =>
  bot.fake.interactions.slash({ name: 'coach', subcommand: 'poll', userId, options: { state } }).reply();
const statusLines = async (bot: BotSession) =>
  labelledLines(
    await bot.fake.interactions.slash({ name: 'coach', subcommand: 'status', userId: FIXTURE.admin }).reply(),
  );
const report = (bot: BotSession, userId: string = FIXTURE.admin) =>
  bot.fake.interactions.slash({ name: 'coach', subcommand: 'report', userId }).reply();

/** The create-message requests of the daily posts, in order. */
const postBodies = (bot: BotSession): Json[] =>
  bot.fake.requests
    .filter((r) => r.method === 'POST' && r.path === `/channels/${FIXTURE.studyChannel}/messages`)
    .map((r) => r.body as Json);

/** The create-message requests that carried a poll, in order. */
const pollRequests = (bot: BotSession) =>
  bot.fake.requests
    .filter((r) => r.method === 'POST' && (r.body as Json | undefined)?.poll !== undefined)
    .map((r) => ({ path: r.path, body: r.body as Json }));

/** The day poll's own message in a channel or thread (a day's thread takes its post's id). */
const pollMessageIn = (bot: BotSession, channelId: string): Json | undefined =>
  bot.fake.channelMessages(channelId).find((message) => message.poll !== undefined);

/** Runs the scheduler at `at` and a minute later; the channel's latest message. */
async function postDay(bot: BotSession, at: Date): Promise<Json> {
  // The first pass after a clock jump sets the wheel's cursor; the next minute's pass posts.
  for (const later of [0, 60_000]) {
    bot.setNow(new Date(at.getTime() + later));
    await bot.app.app.runSchedulerPass();
  }
  const posts = bot.fake.channelMessages(FIXTURE.studyChannel);
  return posts[posts.length - 1] as Json;
}

/** Learners who began on 2026-06-01: on 2026-06-02 Ada is past Day 32, Bo is on Day 32, Cy on Day 31. */
const COHORT: readonly Learner[] = [
  learner({
    id: `discord:2001`,
    displayName: 'Ada',
    timezone: 'Europe/Berlin',
    startDate: '2026-06-01',
    completions: doneOn(dates('2026-06-01', 2)),
  }),
  learner({
    id: `discord:2002`,
    displayName: 'Bo',
    timezone: 'Europe/Berlin',
    startDate: '2026-06-01',
    completions: doneOn(['2026-06-01']),
  }),
  learner({
    id: `discord:2003`,
    displayName: 'Cy',
    timezone: 'Europe/Berlin',
    startDate: '2026-06-01',
    completions: [],
  }),
];

async function seed(bot: BotSession): Promise<void> {
  const learners = new Learners(bot.store, { now: () => START }, { info() {}, warn() {}, error() {} });
  for (const who of COHORT) {
    await learners.create(who);
    await noteServerLearner(bot.store, FIXTURE.guild, who.id);
  }
}

describe('GIVEN a server set up to post at 07:30 in Berlin', () => {
  const bot = useBot();

  it("WHEN the poll was never turned on THEN no poll goes out; once an admin turns it on THEN Discord's poll, open 24 hours, follows the next post as a message of its own in the day's thread", async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    const first = await postDay(bot, START);
    expect(first.poll).toBeUndefined();
    expect(pollRequests(bot)).toHaveLength(0);
    expect(pollMessageIn(bot, String(first.id))).toBeUndefined();
    expect(await statusLines(bot)).toContain('Day poll: off. /coach poll state:on turns it on.');

    expect((await poll(bot, 'on')).content).toBe(
      'The day poll is on: each daily post asks "How hard was today?" (4 answers, open 24 hours). /coach report shows the answers beside each day\'s completion rate.',
    );
    expect(await statusLines(bot)).toContain('Day poll: on, "How hard was today?" after each daily post.');
    const second = await postDay(bot, new Date(START.getTime() + 24 * HOUR));
    // The post is as ever: the day's embed and buttons, no poll.
    expect((second.embeds as Json[])[0]).toMatchObject({ title: 'Day 32 · RDD Fundamentals' });
    expect((second.components as Json[]).length).toBeGreaterThan(0);
    expect(second.poll).toBeUndefined();
    expect(postBodies(bot).every((body) => body.poll === undefined)).toBe(true);
    // The poll: nothing but the poll, no mention parsed, in the day's thread (it takes the post's id).
    const [request] = pollRequests(bot);
    expect(request?.path).toBe(`/channels/${String(second.id)}/messages`);
    expect(Object.keys(request?.body ?? {}).sort()).toEqual([
      'allowed_mentions',
      'enforce_nonce',
      'nonce',
      'poll',
    ]);
    expect(request?.body.allowed_mentions).toEqual({ parse: [] });
    expect(request?.body.poll).toEqual({
      question: { text: 'How hard was today?' },
      answers: [
        { poll_media: { text: 'Easy' } },
        { poll_media: { text: 'About right' } },
        { poll_media: { text: 'Hard' } },
        { poll_media: { text: "Too long / didn't finish" } },
      ],
      duration: 24,
      allow_multiselect: false,
    });
    expect(bot.fake.channelMessages(String(second.id))).toHaveLength(1);
    expect((pollMessageIn(bot, String(second.id))?.poll as Json).answers).toHaveLength(4);
    expect(bot.fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(2);

    // A later pass of the same day sends no second poll.
    bot.setNow(new Date(START.getTime() + 24 * HOUR + 5 * 60_000));
    await bot.app.app.runSchedulerPass();
    expect(pollRequests(bot)).toHaveLength(1);

    expect((await poll(bot, 'off')).content).toContain('The day poll is off');
    const third = await postDay(bot, new Date(START.getTime() + 48 * HOUR));
    expect(third.poll).toBeUndefined();
    expect(pollRequests(bot)).toHaveLength(1);
  });

  it("WHEN the day's thread can't be opened THEN the poll goes out in the channel right after the post, and the report reads it there", async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await poll(bot, 'on');
    bot.fake.faults.fail('/channels/:id/messages/:id/threads', 403, {
      code: 50013,
      message: 'Missing Permissions',
    });
    await postDay(bot, START);
    const [before, after, ...more] = bot.fake.channelMessages(FIXTURE.studyChannel);
    expect(more).toEqual([]);
    expect((before?.embeds as Json[])[0]?.title as string).toMatch(/^Day 31 · /);
    expect(before?.poll).toBeUndefined();
    expect(after?.poll).toBeDefined();
    expect(after?.embeds).toEqual([]);
    bot.fake.polls.vote({
      channelId: FIXTURE.studyChannel,
      messageId: String(after?.id),
      userId: '2001',
      answerIds: [3],
    });
    expect((await report(bot)).content).toContain('still open: Easy 0 · About right 0 · Hard 1 · Too long 0');
  });

  it('WHEN Discord refuses the poll THEN the day stays posted once, the refusal is not retried, and the post is not sent again', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await poll(bot, 'on');
    bot.fake.faults.fail(/^\/channels\/\d+\/messages$/, 403, {
      method: 'POST',
      after: 1, // the post goes through; the poll after it is refused
      code: 50013,
      message: 'Missing Permissions',
    });
    const post = await postDay(bot, START);
    expect(post.poll).toBeUndefined();
    bot.setNow(new Date(START.getTime() + 10 * 60_000));
    await bot.app.app.runSchedulerPass();
    expect(postBodies(bot)).toHaveLength(1);
    expect(pollRequests(bot)).toHaveLength(1);
    expect(pollMessageIn(bot, String(post.id))).toBeUndefined();
    expect((await report(bot)).content).toContain('Day 31 · 2026-06-01: no learner reached it yet · no poll');
  });

  it('WHEN a member without Manage Server runs /coach poll or /coach report THEN they are refused and nothing changes', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    expect((await poll(bot, 'on', FIXTURE.learner)).content).toBe(COACH_NOT_ADMIN);
    expect((await report(bot, FIXTURE.learner)).content).toBe(COACH_NOT_ADMIN);
    expect((await bot.records.load(FIXTURE.guild, START))?.dayPoll).toBe(false);
    const post = await postDay(bot, START);
    expect(post.poll).toBeUndefined();
    expect(pollRequests(bot)).toHaveLength(0);
  });

  it('WHEN nothing has been posted yet THEN /coach report says so', async () => {
    await adminSetup(bot, { time: '09:00', timezone: 'Europe/Berlin' });
    await poll(bot, 'on');
    expect((await report(bot)).content).toBe(
      'No day has been posted here yet, so there is nothing to report. The day poll is on.',
    );
  });

  it('WHEN two days were posted with the poll and the cohort voted THEN /coach report shows each day\'s real counts ("still open" for the open one) beside its completion rate', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await poll(bot, 'on');
    await seed(bot);
    const day31 = await postDay(bot, START);
    const day32 = await postDay(bot, new Date(START.getTime() + 24 * HOUR));
    // Each day's poll is its own message in the day's thread.
    const poll31 = String(pollMessageIn(bot, String(day31.id))?.id);
    const poll32 = String(pollMessageIn(bot, String(day32.id))?.id);
    const vote = (post: Json, pollId: string, userId: string, answer: number) =>
      bot.fake.polls.vote({ channelId: String(post.id), messageId: pollId, userId, answerIds: [answer] });
    vote(day31, poll31, '2001', 2);
    vote(day31, poll31, '2002', 4);
    vote(day31, poll31, '2003', 4);
    vote(day32, poll32, '2001', 1);
    // Day 31's poll has ended (Discord has counted it); Day 32's is still open.
    bot.fake.polls.end(String(day31.id), poll31);

    const answer = await report(bot);
    expect(answer.flags).toBe(64);
    expect(answer.content).toBe(
      [
        '"How hard was today?" and completion (learners who completed a day / who reached it), 2 posted days. The day poll is on.',
        'Most "too long": Day 31 (2 of 3 votes, 67%).',
        'Lowest completion: Day 31 (2/3, 67%).',
        'Day 31 · 2026-06-01: done 2/3 (67%) · Easy 0 · About right 1 · Hard 0 · Too long 2',
        'Day 32 · 2026-06-02: done 1/2 (50%) · still open: Easy 1 · About right 0 · Hard 0 · Too long 0',
      ].join('\n'),
    );
    const reads = () =>
      bot.fake.requests.filter((r) => r.method === 'GET' && /^\/channels\/\d+\/messages\/\d+$/.test(r.path));
    expect(
      reads()
        .map((r) => r.path)
        .sort(),
    ).toEqual(
      [
        `/channels/${String(day31.id)}/messages/${poll31}`,
        `/channels/${String(day32.id)}/messages/${poll32}`,
      ].sort(),
    );

    // A final poll is kept: the next report reads only the open one from Discord.
    await report(bot);
    expect(reads().map((r) => r.path)[2]).toBe(`/channels/${String(day32.id)}/messages/${poll32}`);
    expect(reads()).toHaveLength(3);
  });
});

describe('GIVEN Discord slows the poll reads down with a 429', () => {
  const bot = useBot({ deferAfterMs: 50 });

  it('WHEN an admin runs /coach report THEN the reply is deferred within the deadline, and the counts arrive once read', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await poll(bot, 'on');
    const day31 = await postDay(bot, START);
    bot.fake.polls.vote({
      channelId: String(day31.id),
      messageId: String(pollMessageIn(bot, String(day31.id))?.id),
      userId: '2001',
      answerIds: [3],
    });
    bot.fake.faults.rateLimit('/channels/:id/messages/:id', { method: 'GET', retryAfterMs: 400 });

    const used = bot.fake.interactions.slash({ name: 'coach', subcommand: 'report', userId: FIXTURE.admin });
    expect((await used.callback()).type).toBe(5);
    expect((await used.reply(5_000)).content).toContain(
      'Day 31 · 2026-06-01: no learner reached it yet · still open: Easy 0 · About right 0 · Hard 1 · Too long 0',
    );
    expect(bot.fake.faults.pending()).toBe(0); // the 429 was met, and the read tried again
  });
});
