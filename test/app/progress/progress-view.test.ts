import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentPathOf, loadAssessmentFile } from '../../../src/adapters/curriculum/load-assessment.js';
import { CURRICULUM_DIR, realPlan } from '../../support/real-plan.js';
import { progressWorld, reviewOf } from './progress-world.js';

const who = { id: 'discord:42', displayName: 'Lin' };
const proof = { text: 'Did it', links: [] };
const at = (iso: string) => new Date(iso);

/** Days 31-33 done on 03-02, 03-03 and 03-05 (Berlin mornings), seen on 03-07. */
async function worldWithHistory() {
  const plan = realPlan();
  const loaded = await loadAssessmentFile(
    assessmentPathOf(join(CURRICULUM_DIR, 'days-31-60-spark-airflow.md')),
    plan,
  );
  if (loaded.kind !== 'ok') throw new Error(loaded.kind);
  const world = progressWorld({ now: at('2026-03-02T08:00:00Z'), plan, assessmentMap: loaded.map });
  await world.app.settings.update(who, { timezone: 'Europe/Berlin' });
  for (const iso of ['2026-03-02T08:00:00Z', '2026-03-03T08:00:00Z', '2026-03-05T08:00:00Z']) {
    world.setNow(at(iso));
    await world.study.done(who, { ...proof, text: `${proof.text} on ${iso}` });
  }
  world.setNow(at('2026-03-07T08:00:00Z'));
  return world;
}

describe('GIVEN a learner with three days done and two missed', () => {
  it("WHEN /progress THEN the plan grid shows done, today and upcoming, the missed dates are on the learner's own dates, and the date for the file name", async () => {
    const world = await worldWithHistory();
    const outcome = await world.app.progress.progress(who);
    if (outcome.kind !== 'progress') throw new Error(outcome.kind);
    const states = Object.fromEntries(
      outcome.card.sections.flatMap((s) => s.days).map((d) => [d.day, d.state]),
    );
    expect([31, 32, 33, 34, 35, 36, 37].map((day) => states[day])).toEqual([
      'done',
      'done',
      'done',
      'today',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    const thisWeek = outcome.card.recentWeeks[outcome.card.recentWeeks.length - 1] ?? [];
    expect(thisWeek.map((d) => `${d.date.slice(5)} ${d.state}`)).toEqual([
      '03-02 done',
      '03-03 done',
      '03-04 missed',
      '03-05 done',
      '03-06 missed',
      '03-07 today',
      '03-08 upcoming',
    ]);
    expect(outcome.card).toMatchObject({
      currentDay: 34,
      daysBehind: 2,
      checkpointsDone: 3,
      streak: { current: 0, longest: 2 },
    });
    expect(outcome.standing).toMatchObject({ daysDone: 3, behind: 2 });
    expect(outcome.date).toBe('2026-03-07');
  });

  it('WHEN no post was reviewed THEN no post counts as written, though post days are done; a reviewed one counts once long enough', async () => {
    const world = await worldWithHistory();
    const before = await world.app.progress.progress(who);
    expect(before.kind === 'progress' && before.card.posts.linkedin).toEqual({ written: 0, planned: 12 });
    await world.app.reviews.save(who.id, reviewOf(31, 'linkedin', '2026-03-06T10:00:00.000Z'));
    const short = await world.app.progress.progress(who);
    expect(short.kind === 'progress' && short.card.posts.linkedin).toEqual({ written: 0, planned: 12 });
    const long = 'Spark waits for an action before it runs anything. '.repeat(8);
    await world.app.reviews.save(who.id, reviewOf(31, 'linkedin', '2026-03-06T11:00:00.000Z', long));
    const after = await world.app.progress.progress(who);
    expect(after.kind === 'progress' && after.card.posts.linkedin).toEqual({ written: 1, planned: 12 });
  });

  it('WHEN /assessment THEN the real checklists, ticked where every feeding day is done', async () => {
    const world = await worldWithHistory();
    const outcome = await world.app.progress.assessment(who);
    if (outcome.kind !== 'assessment') throw new Error(outcome.kind);
    const items = outcome.checklists.flatMap((list) => list.items);
    expect(items.filter((item) => item.ticked).map((item) => item.text)).toEqual([
      'RDD, DataFrame, and Dataset APIs',
      'Advanced data structures and pandas',
      'Functional programming patterns',
    ]);
    expect(items.find((item) => item.text.startsWith('10-12 LinkedIn'))).toMatchObject({
      counted: 0,
      needed: 10,
    });
    expect(outcome).toMatchObject({ mapped: true });
  });
});
