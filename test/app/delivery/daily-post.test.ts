import { describe, expect, it } from 'vitest';
import { tinyPlan } from '../../support/tiny-plan.js';
import { buildCoach, HOUR_MS } from './daily-posts-fixture.js';
import { renderPostProblem } from '../../../src/adapters/discord/render/server-admin-text.js';

// Europe/Berlin is UTC+2 in June: the 09:00 post is due at 07:00Z.
const plan = tinyPlan({ first: 31, count: 5 });

describe('GIVEN a server posting at 09:00 Europe/Berlin from 2026-06-01', () => {
  it('WHEN the scheduler ticks every minute around 09:00 THEN Day 31 is posted once, at 09:00', async () => {
    const coach = buildCoach(plan, '2026-06-01T06:55:00Z');
    await coach.setUpServer({ guildId: 'g1' });

    await coach.tickEveryMinuteUntil('2026-06-01T06:59:00Z');
    expect(coach.notifier.messages).toEqual([]);
    await coach.tickEveryMinuteUntil('2026-06-01T07:10:00Z');

    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([31]);
    const sent = coach.logger.lines.find((line) => line.message === 'daily post sent');
    expect(sent?.context).toMatchObject({ guildId: 'g1', slotDate: '2026-06-01', how: 'sent' });
  });

  it('WHEN ticking through the whole cycle THEN each day once, one "cycle complete", then nothing', async () => {
    const coach = buildCoach(plan, '2026-05-31T06:00:00Z');
    await coach.setUpServer({ guildId: 'g1' });

    for (let day = 0; day < 10; day++) {
      for (const hour of ['06:30', '07:00', '07:01', '12:00', '23:59']) {
        const date = new Date(Date.UTC(2026, 4, 31 + day)).toISOString().slice(0, 10);
        await coach.tick(`${date}T${hour}:00Z`);
      }
    }

    const posts = coach.notifier.inChannel('channel-g1');
    expect(posts.map((m) => m.day ?? 'text')).toEqual([31, 32, 33, 34, 35, 'text']);
    expect(posts.at(-1)?.text).toContain('all 5 days of Tiny plan');
    expect(await coach.store.setMembers('due:post:day:0')).toEqual([]);
  });

  it('WHEN the same minute is processed twice (a restart) THEN the post still exists once', async () => {
    const coach = buildCoach(plan, '2026-06-02T06:59:00Z');
    await coach.setUpServer({ guildId: 'g1' });
    await coach.tick('2026-06-02T07:00:00Z');
    await coach.store.delete('scheduler:cursor');
    await coach.wheel.placeServer((await coach.servers.load('g1', coach.clock.now()))!, coach.clock.now());

    await coach.tick('2026-06-02T07:02:00Z');

    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([32]);
  });

  it('WHEN the process dies right after the send THEN the next pass finds the post and sends nothing', async () => {
    const coach = buildCoach(plan, '2026-06-02T06:59:00Z');
    await coach.setUpServer({ guildId: 'g1' });
    coach.notifier.fail('channel-g1', { kind: 'crash-after-send' });

    await coach.tick('2026-06-02T07:00:00Z');
    await coach.tick('2026-06-02T07:30:00Z');

    expect(coach.notifier.inChannel('channel-g1')).toHaveLength(1);
    expect(coach.notifier.calls).toEqual(['post channel-g1', 'find channel-g1']);
  });

  it('WHEN Discord answers 5xx twice THEN the post is retried and goes out once', async () => {
    const coach = buildCoach(plan, '2026-06-02T06:59:00Z');
    await coach.setUpServer({ guildId: 'g1' });
    const failed = { kind: 'failed', detail: '503' } as const;
    coach.notifier.fail('channel-g1', failed, failed);

    await coach.tickEveryMinuteUntil('2026-06-02T07:10:00Z');

    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([32]);
    expect(coach.notifier.calls.filter((call) => call.startsWith('post'))).toHaveLength(3);
  });
});

describe('GIVEN the bot was down across the post time', () => {
  it('WHEN it comes back within the grace window THEN the missed post goes out once at start-up', async () => {
    const coach = buildCoach(plan, '2026-06-02T05:00:00Z');
    await coach.setUpServer({ guildId: 'g1' });
    await coach.tick();

    await coach.tick('2026-06-02T15:00:00Z');
    await coach.tick('2026-06-02T15:01:00Z');

    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([32]);
  });

  it('WHEN it comes back after the grace window THEN nothing is sent, and the next day posts as usual', async () => {
    const coach = buildCoach(plan, '2026-06-02T05:00:00Z');
    await coach.setUpServer({ guildId: 'g1' });
    await coach.tick();

    await coach.tick('2026-06-02T19:30:00Z');
    expect(coach.notifier.messages).toEqual([]);
    await coach.tickEveryMinuteUntil('2026-06-03T07:05:00Z');

    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([33]);
  });

  it('WHEN three post days were missed THEN only the latest one is posted, once', async () => {
    const coach = buildCoach(plan, '2026-06-01T06:00:00Z');
    await coach.setUpServer({ guildId: 'g1' });
    await coach.tick();

    await coach.tick('2026-06-04T10:00:00Z');
    await coach.tick('2026-06-04T10:05:00Z');

    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([34]);
  });

  it('WHEN it was down for weeks THEN the cycle-complete slot is beyond grace and nothing is sent', async () => {
    const coach = buildCoach(plan, '2026-05-31T06:00:00Z', { graceMs: 2 * HOUR_MS });
    await coach.setUpServer({ guildId: 'g1' });
    await coach.tick();

    await coach.tick('2026-06-30T12:00:00Z');

    expect(coach.notifier.messages).toEqual([]);
    expect(await coach.store.get('due-at:post:g1')).toBeUndefined();
  });
});

describe('GIVEN servers set up before the scheduler ever ran', () => {
  it('WHEN its first pass comes days later THEN the stale slot is skipped and the next day posts', async () => {
    const coach = buildCoach(plan, '2026-05-30T12:00:00Z');
    await coach.setUpServer({ guildId: 'g1' });

    await coach.tick('2026-06-02T20:00:00Z');
    expect(coach.notifier.messages).toEqual([]);
    await coach.tickEveryMinuteUntil('2026-06-03T07:01:00Z');

    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([33]);
  });
});

describe('GIVEN servers in states that post nothing', () => {
  it('WHEN the start date is still ahead THEN nothing is posted before it', async () => {
    const coach = buildCoach(plan, '2026-05-29T06:00:00Z');
    await coach.setUpServer({ guildId: 'g1' });

    for (const at of ['2026-05-29T07:00:00Z', '2026-05-30T07:00:00Z', '2026-05-31T07:00:00Z'])
      await coach.tick(at);
    expect(coach.notifier.messages).toEqual([]);
    await coach.tick('2026-06-01T07:00:00Z');

    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([31]);
  });

  it('WHEN the server is paused THEN it leaves the wheel and gets nothing until resumed', async () => {
    const coach = buildCoach(plan, '2026-06-01T06:00:00Z');
    const settings = await coach.setUpServer({ guildId: 'g1' });
    const paused = { ...settings, paused: true };
    await coach.servers.save(paused);
    await coach.wheel.placeServer(paused, coach.clock.now());

    await coach.tick('2026-06-01T07:00:00Z');
    await coach.tick('2026-06-02T07:00:00Z');
    expect(coach.notifier.messages).toEqual([]);
    await coach.servers.save(settings);
    await coach.wheel.placeServer(settings, coach.clock.now());
    await coach.tick('2026-06-02T07:01:00Z');

    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([32]);
  });
});

describe('GIVEN a channel the bot may not post in', () => {
  it('WHEN the post is refused with 403 THEN the problem is recorded, not retried, and other servers post', async () => {
    const coach = buildCoach(plan, '2026-06-02T06:59:00Z');
    await coach.setUpServer({ guildId: 'g1' });
    await coach.setUpServer({ guildId: 'g2' });
    coach.notifier.fail('channel-g1', { kind: 'forbidden', detail: '403 50013: Missing Permissions' });

    await coach.tickEveryMinuteUntil('2026-06-02T08:00:00Z');

    expect(coach.notifier.calls.filter((call) => call === 'post channel-g1')).toHaveLength(1);
    expect(coach.notifier.inChannel('channel-g2').map((m) => m.day)).toEqual([32]);
    const settings = await coach.servers.load('g1', coach.clock.now());
    expect(settings?.problem && renderPostProblem(settings.problem)).toContain(
      "I'm not allowed to post in <#channel-g1>",
    );
  });

  it('WHEN the next day posts fine THEN the problem is cleared', async () => {
    const coach = buildCoach(plan, '2026-06-02T06:59:00Z');
    await coach.setUpServer({ guildId: 'g1' });
    coach.notifier.fail('channel-g1', { kind: 'gone', detail: '404 10003: Unknown Channel' });
    await coach.tick('2026-06-02T07:00:00Z');
    const problem = (await coach.servers.load('g1', coach.clock.now()))?.problem;
    expect(problem && renderPostProblem(problem)).toContain('no longer exists');

    await coach.tick('2026-06-03T07:00:00Z');

    expect((await coach.servers.load('g1', coach.clock.now()))?.problem).toBeNull();
    expect(coach.notifier.inChannel('channel-g1').map((m) => m.day)).toEqual([33]);
  });
});
