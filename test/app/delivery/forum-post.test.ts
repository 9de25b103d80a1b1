import { describe, expect, it } from 'vitest';
import { dayThreadOf } from '../../../src/app/sharing/day-threads.js';
import type { Plan } from '../../../src/core/curriculum/plan.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { buildCoach } from './daily-posts-fixture.js';

// Europe/Berlin is UTC+2 in June: the 09:00 post is due at 07:00Z. Day 32 (2026-06-02) is a project day.
const tiny = tinyPlan({ first: 31, count: 5 });
const plan: Plan = {
  ...tiny,
  days: tiny.days.map((day) =>
    day.day === 32 ? { ...day, activities: [{ kind: 'project', minutes: 60, text: 'Build it' }] } : day,
  ),
};

async function forumCoach(start: string) {
  const coach = buildCoach(plan, start);
  await coach.setUpServer({ guildId: 'g1', channelId: 'forum-g1', channelKind: 'forum' });
  return coach;
}

describe('GIVEN a server whose channel is a forum', () => {
  it('WHEN the day is due THEN it goes out as one forum post, noted as the day thread, and no thread is opened under it', async () => {
    const coach = await forumCoach('2026-06-01T06:59:00Z');
    await coach.tick('2026-06-01T07:00:00Z');

    const [post] = coach.notifier.inChannel('forum-g1');
    expect(post?.day).toBe(31);
    expect(coach.notifier.calls).toEqual(['forum forum-g1']);
    expect(coach.notifier.threads.size).toBe(0);
    expect(await dayThreadOf(coach.store, 'g1', 31)).toBe(post?.id);
    expect(coach.notifier.forumTags.get(String(post?.id))).toEqual([]);
  });

  it('WHEN a project day is due THEN its post is tagged project', async () => {
    const coach = await forumCoach('2026-06-02T06:59:00Z');
    await coach.tick('2026-06-02T07:00:00Z');

    const [post] = coach.notifier.inChannel('forum-g1');
    expect(post?.day).toBe(32);
    expect(coach.notifier.forumTags.get(String(post?.id))).toEqual(['project']);
  });

  it('WHEN the process dies right after the post THEN the next pass finds it, notes its thread and posts nothing more', async () => {
    const coach = await forumCoach('2026-06-01T06:59:00Z');
    coach.notifier.fail('forum-g1', { kind: 'crash-after-send' });
    await coach.tick('2026-06-01T07:00:00Z');
    expect(await dayThreadOf(coach.store, 'g1', 31)).toBeNull();

    await coach.tick('2026-06-01T07:30:00Z');

    const posts = coach.notifier.inChannel('forum-g1');
    expect(posts).toHaveLength(1);
    expect(coach.notifier.calls).toEqual(['forum forum-g1', 'find-forum forum-g1']);
    expect(await dayThreadOf(coach.store, 'g1', 31)).toBe(posts[0]?.id);
  });

  it('WHEN the forum cannot be read during recovery THEN nothing is posted again until it can be', async () => {
    const coach = await forumCoach('2026-06-01T06:59:00Z');
    coach.notifier.fail('forum-g1', { kind: 'crash-after-send' });
    await coach.tick('2026-06-01T07:00:00Z');
    coach.notifier.forumUnreadable = '503 Service Unavailable';

    await coach.tickEveryMinuteUntil('2026-06-01T07:10:00Z');
    expect(coach.notifier.inChannel('forum-g1')).toHaveLength(1);
    expect(coach.notifier.calls.filter((call) => call === 'forum forum-g1')).toHaveLength(1);

    coach.notifier.forumUnreadable = null;
    await coach.tickEveryMinuteUntil('2026-06-01T07:30:00Z');
    expect(coach.notifier.inChannel('forum-g1')).toHaveLength(1);
    expect(await dayThreadOf(coach.store, 'g1', 31)).toBe(coach.notifier.inChannel('forum-g1')[0]?.id);
  });

  it('WHEN a send got no answer (it may still land: forum posts have no nonce) THEN recovery within 2 minutes sends nothing, later it sends once', async () => {
    const coach = await forumCoach('2026-06-01T06:59:00Z');
    coach.notifier.fail('forum-g1', { kind: 'failed', detail: 'timed out' });
    await coach.tick('2026-06-01T07:00:00Z');

    await coach.tick('2026-06-01T07:01:30Z');
    expect(coach.notifier.calls).toEqual(['forum forum-g1', 'find-forum forum-g1']);

    await coach.tick('2026-06-01T07:04:00Z');
    expect(coach.notifier.calls.slice(2)).toEqual(['find-forum forum-g1', 'forum forum-g1']);
    expect(coach.notifier.inChannel('forum-g1')).toHaveLength(1);
  });

  it('WHEN the plan ends THEN the cycle-complete message is its own forum post', async () => {
    const coach = await forumCoach('2026-06-06T06:59:00Z');
    await coach.tick('2026-06-06T07:00:00Z');

    expect(coach.notifier.calls).toEqual(['forum-text forum-g1']);
    expect(coach.notifier.inChannel('forum-g1')[0]?.text).toContain('all 5 days of Tiny plan');
  });
});
