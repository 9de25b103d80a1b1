import { describe, expect, it } from 'vitest';
import { dayThreadOf } from '../../../src/app/sharing/day-threads.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { buildCoach } from '../delivery/daily-posts-fixture.js';

// Europe/Berlin is UTC+2 in June: the 09:00 post is due at 07:00Z.
const plan = tinyPlan({ first: 31, count: 5 });

describe("GIVEN a server's daily post opening the day's thread", () => {
  it("WHEN Day 32 is posted THEN its thread is noted under the server and day, and no other day's is", async () => {
    const coach = buildCoach(plan, '2026-06-02T06:59:00Z');
    await coach.setUpServer({ guildId: 'g1' });
    expect(await dayThreadOf(coach.store, 'g1', 32)).toBeNull();

    await coach.tick('2026-06-02T07:00:00Z');

    const [post] = coach.notifier.inChannel('channel-g1');
    expect(await dayThreadOf(coach.store, 'g1', 32)).toBe(post?.id);
    expect(await dayThreadOf(coach.store, 'g1', 31)).toBeNull();
    expect(await dayThreadOf(coach.store, 'g2', 32)).toBeNull();
  });

  it('WHEN the process died right after the send THEN the pass that finds the post notes its thread', async () => {
    const coach = buildCoach(plan, '2026-06-02T06:59:00Z');
    await coach.setUpServer({ guildId: 'g1' });
    coach.notifier.fail('channel-g1', { kind: 'crash-after-send' });

    await coach.tick('2026-06-02T07:00:00Z');
    await coach.tick('2026-06-02T07:30:00Z');

    const [post] = coach.notifier.inChannel('channel-g1');
    expect(await dayThreadOf(coach.store, 'g1', 32)).toBe(post?.id);
  });
});
