import { describe, expect, it } from 'vitest';
import { loadDayPost } from '../../../src/app/delivery/day-post-records.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { buildCoach } from './daily-posts-fixture.js';

// Europe/Berlin is UTC+2 in June: the 09:00 post is due at 07:00Z.
const plan = tinyPlan({ first: 31, count: 5 });

describe('GIVEN a server posting at 09:00 Europe/Berlin with the day poll on', () => {
  it('WHEN the poll fails for a while THEN the post goes out once and is never resent, and the poll follows it once when the failure passes', async () => {
    const coach = buildCoach(plan, '2026-06-01T06:59:00Z');
    await coach.setUpServer({ guildId: 'g1', dayPoll: true });
    // The post will be m1; its thread takes its id. The poll's first two sends fail.
    coach.notifier.fail('m1', { kind: 'failed', detail: '502' }, { kind: 'failed', detail: '502' });

    await coach.tickEveryMinuteUntil('2026-06-01T07:10:00Z');

    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([31]);
    expect(coach.notifier.calls.filter((call) => call.startsWith('post '))).toHaveLength(1);
    expect(coach.notifier.calls.filter((call) => call.startsWith('poll '))).toEqual([
      'poll m1',
      'poll m1',
      'poll m1',
    ]);
    const polls = coach.notifier.inChannel('m1');
    expect(polls.map((m) => m.text)).toEqual(['poll']);
    expect(coach.logger.lines.filter((line) => line.message === 'day poll not sent')).toHaveLength(2);
    expect(await loadDayPost(coach.store, 'g1', 31)).toMatchObject({
      messageId: 'm1',
      poll: false,
      pollMessage: { channelId: 'm1', messageId: polls[0]?.id },
    });
  });

  it('WHEN the poll is refused THEN the post stands, nothing is resent, and the next day has its own poll', async () => {
    const coach = buildCoach(plan, '2026-06-01T06:59:00Z');
    await coach.setUpServer({ guildId: 'g1', dayPoll: true });
    coach.notifier.fail('m1', { kind: 'forbidden', detail: 'Missing Permissions' });

    await coach.tickEveryMinuteUntil('2026-06-01T07:10:00Z');
    await coach.tickEveryMinuteUntil('2026-06-02T07:05:00Z');

    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([31, 32]);
    expect(coach.notifier.calls.filter((call) => call.startsWith('poll '))).toEqual(['poll m1', 'poll m2']);
    expect(coach.notifier.inChannel('m2').map((m) => m.text)).toEqual(['poll']);
    expect((await loadDayPost(coach.store, 'g1', 31))?.pollMessage).toBeUndefined();
  });
});
