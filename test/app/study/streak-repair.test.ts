import { describe, expect, it } from 'vitest';
import { newLearner } from '../../../src/core/learner/new-learner.js';
import { renderProgressText } from '../../../src/presenters/text/progress-text.js';
import { renderDone, renderToday } from '../../../src/presenters/text/study-text.js';
import { progressWorld } from '../progress/progress-world.js';

const who = { id: 'console:local', displayName: 'Ada' };

/** Days 31-34 done 03-02..03-05 (UTC), nothing on 03-06; the clock on 03-07 at 10:00 UTC. */
async function brokeYesterday() {
  const world = progressWorld({ now: new Date('2026-03-07T10:00:00Z') });
  const completions = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'].map((localDate, i) => ({
    day: 31 + i,
    proof: { text: `day ${i}`, links: [] },
    at: `${localDate}T12:00:00.000Z`,
    localDate,
    assessment: null,
  }));
  await world.learners.save({
    ...newLearner({ id: who.id, displayName: who.displayName, timezone: 'UTC', startDate: '2026-03-02' }),
    completions,
  });
  return world;
}

describe('GIVEN a learner whose 4-day streak broke yesterday, with no freeze left', () => {
  it('WHEN they look at /today and /progress THEN both say two days today repair it, and how many repairs are left', async () => {
    const world = await brokeYesterday();
    expect(renderToday(await world.study.today(who))).toContain(
      'Streak: 0 days (best 4). Your 4-day streak broke yesterday: complete two days today to repair it (2 repairs left this cycle)',
    );
    expect(renderProgressText(await world.app.progress.progress(who))).toContain(
      'Streak repair: complete two days today to keep your 4-day streak (2 repairs left this cycle).',
    );
  });

  it('WHEN they complete two days today THEN the streak is 5, and /progress shows one repair left', async () => {
    const world = await brokeYesterday();
    const first = renderDone(await world.study.done(who, { text: 'caught up on day 35', links: [] }));
    expect(first).toContain('Your 4-day streak broke yesterday: complete two days today to repair it');
    const second = renderDone(await world.study.done(who, { text: 'and day 36', links: [] }));
    expect(second).toContain('Streak: 5 days (best 5) · 1 freeze banked.');
    expect(renderProgressText(await world.app.progress.progress(who))).toContain(
      'Streak repairs left this cycle: 1 of 2 (two days done the day after a miss keep your streak).',
    );
  });
});
