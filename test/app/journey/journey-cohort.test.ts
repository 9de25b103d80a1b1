import { beforeAll, describe, expect, it } from 'vitest';
import type { ActorRef } from '../../../src/app/actor.js';
import type { Journey } from '../../../src/core/curriculum/journey.js';
import { noteServerLearner } from '../../../src/app/storage/server-learners.js';
import type { Completion } from '../../../src/core/learner/learner.js';
import { addDays } from '../../../src/core/time/local-date.js';
import { renderProgressText, renderAssessment } from '../../../src/presenters/text/progress-text.js';
import { renderPortfolio } from '../../../src/presenters/text/portfolio-markdown.js';
import { renderToday } from '../../../src/presenters/text/study-text.js';
import { threeCycleJourney } from '../../support/journey-fixtures.js';
import { buildCoach, type TestCoach } from '../delivery/daily-posts-fixture.js';

// Europe/Berlin is UTC+2 in June and July: the 09:00 post is due at 07:00Z.
const START = '2026-06-01';
const slot = (date: string, time = '07:00') => `${date}T${time}:00Z`;
/** The local date the cohort's `n`-th post (0-based) goes out on. */
const dateOf = (n: number) => addDays(START, n);

/** Completions of these days, each on the date the cohort posted it (so the streak runs unbroken). */
function doneOnSchedule(days: readonly number[], firstDay = 1): Completion[] {
  return days.map((day) => ({
    day,
    proof: { text: `did day ${day}`, links: [] },
    at: `${dateOf(day - firstDay)}T18:00:00.000Z`,
    localDate: dateOf(day - firstDay),
    assessment: null,
  }));
}
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const actor = (id: string): ActorRef => ({ id: `discord:${id}`, displayName: id, serverId: 'g1' });

let journey: Journey;
beforeAll(async () => {
  journey = await threeCycleJourney();
});

async function setUp(coach: TestCoach, startCycle?: number) {
  const outcome = await coach.app.servers.setup('g1', {
    channelId: 'study',
    time: '09:00',
    timezone: 'Europe/Berlin',
    startDate: START,
    ...(startCycle === undefined ? {} : { startCycle }),
  });
  if (outcome.kind !== 'set-up') throw new Error(JSON.stringify(outcome));
  return outcome;
}

/** Runs the scheduler at each day's slot (twice, as a restart would) from post `from` to post `to`. */
async function tickPosts(coach: TestCoach, from: number, to: number) {
  for (let n = from; n <= to; n++) {
    await coach.tick(slot(dateOf(n)));
    await coach.tick(slot(dateOf(n), '07:05'));
  }
}

describe('GIVEN a server whose cohort runs a journey of three cycles', () => {
  it('WHEN the cohort finishes Day 30 THEN the next post is Day 31, opened once by the end-of-cycle message', async () => {
    const coach = buildCoach(journey, slot(dateOf(-1)));
    await setUp(coach);
    await coach.enrol('lea', { completions: doneOnSchedule(range(1, 30)) });
    await coach.enrol('bo', { completions: doneOnSchedule(range(1, 27)) });
    for (const id of ['discord:lea', 'discord:bo']) await noteServerLearner(coach.store, 'g1', id);

    await tickPosts(coach, 0, 31);

    const posts = coach.notifier.inChannel('study').filter((m) => m.day !== null);
    expect(posts.map((m) => m.day)).toEqual(range(1, 32));
    const opened = posts.filter((m) => m.preface != null);
    expect(opened.map((m) => m.day)).toEqual([31]);
    expect(opened[0]?.preface).toBe(
      [
        'Cycle 1 of 3 is complete: Days 1-30: Foundations - Python, SQL and Data Modelling.',
        'Its assessment asked for: Technical Skills Acquired (2 items), Projects Completed (1 item). /assessment cycle:1 ticks yours.',
        'Success criteria: Can load, query and model a small data set without help',
        'How the cohort did: 1 of 2 learners did all 30 days; 57 of 60 days done together.',
        'Next: cycle 2 of 3, Days 31-60: Batch Processing Foundations - Apache Spark + Airflow, from Day 31 below.',
        'Its goals:',
        ...journey.cycles[1]!.plan.goals.map((goal) => `- ${goal}`),
      ].join('\n'),
    );
  });

  it('WHEN a learner is behind at the boundary THEN they stay on Day 28 of cycle 1 while the cohort is on Day 31, and cross on their own', async () => {
    const coach = buildCoach(journey, slot(dateOf(30), '10:00'));
    await setUp(coach);
    await coach.enrol('bo', { completions: doneOnSchedule(range(1, 27)) });
    const bo = actor('bo');

    const today = await coach.app.study.today(bo);
    const text = renderToday(today);
    expect(text.split('\n')[0]).toBe('Day 28 · Module 4 Project');
    expect(text).toContain('Day 28 · cycle 1 of 3 · 28/90');
    expect(today.kind === 'standing' ? today.cohort : null).toEqual({
      kind: 'cohort-day',
      day: 31,
      behind: 3,
    });

    for (const day of [28, 29, 30]) {
      const done = await coach.app.study.done(bo, { text: `finished day ${day}`, links: [] }, { day });
      expect(done.kind).toBe('done');
    }
    const after = await coach.app.study.today(bo);
    expect(renderToday(after)).toContain('Day 31 · cycle 2 of 3 · 31/90');
    expect(after.kind === 'standing' ? after.cohort : null).toEqual({
      kind: 'cohort-day',
      day: 31,
      behind: 0,
    });

    const progress = await coach.app.progress.progress(bo);
    expect(renderProgressText(progress).split('\n').slice(0, 2)).toEqual([
      'Progress: 30/90 days done',
      'Day 31 · cycle 2 of 3 · 31/90',
    ]);
    if (progress.kind !== 'progress') throw new Error(progress.kind);
    expect(progress.card.planTitle).toBe(
      'Cycle 2 of 3 · Days 31-60: Batch Processing Foundations - Apache Spark + Airflow',
    );
    expect(progress.card.sections.flatMap((s) => s.days.map((d) => d.day))).toEqual(range(31, 60));
    expect(progress.card.checkpointsDone).toBe(30);
    expect(progress.card.totalDays).toBe(90);
    // Three dates without a day: two banked freezes cover the first two, and the third (yesterday)
    // is repaired by doing two or more days today, so the streak carries across the boundary.
    expect(progress.standing.streak.frozenDates).toHaveLength(2);
    expect(progress.standing.streak.repairedDates).toHaveLength(1);
    expect(progress.standing.streak.current).toBe(28);
  });

  it('WHEN a learner asks for the assessment THEN they get their current cycle, and an earlier one on request', async () => {
    const coach = buildCoach(journey, slot(dateOf(40), '10:00'));
    await setUp(coach);
    await coach.enrol('lea', { completions: doneOnSchedule(range(1, 40)) });
    const lea = actor('lea');
    // Forty days on forty dates, across the boundary: one streak.
    const progress = await coach.app.progress.progress(lea);
    expect(progress.kind === 'progress' ? progress.standing.streak.current : null).toBe(40);

    const current = renderAssessment(await coach.app.progress.assessment(lea));
    expect(current.split('\n')[0]).toBe(
      'Cycle 2 of 3 assessment · Days 31-60 · Days 31-60: Batch Processing Foundations - Apache Spark + Airflow',
    );
    expect(current).toContain('[x] RDD, DataFrame, and Dataset APIs');
    const first = await coach.app.progress.assessment(lea, 1);
    expect(
      first.kind === 'assessment'
        ? [first.cycle.number, first.mapped, first.checklists.map((c) => c.heading)]
        : first,
    ).toEqual([1, false, ['Technical Skills Acquired', 'Projects Completed']]);
    expect(renderAssessment(await coach.app.progress.assessment(lea, 4))).toBe(
      'There is no cycle 4: this journey has 3 cycles. Give a number from 1 to 3.',
    );
  });

  it('WHEN a learner exports THEN every cycle is in it', async () => {
    const coach = buildCoach(journey, slot(dateOf(70), '10:00'));
    await setUp(coach);
    await coach.enrol('lea', { completions: doneOnSchedule(range(1, 70)) });
    const exported = await coach.app.privacy.exportData(actor('lea'));
    if (exported.kind !== 'export') throw new Error(exported.kind);
    const markdown = renderPortfolio(coach.app.plan, exported.data);
    expect(markdown).toContain('70 of 90 days done');
    for (const day of [1, 30, 31, 60, 61, 70]) expect(markdown).toContain(`### Day ${day} · `);
  });

  it('WHEN the cohort is set up at cycle 2 THEN Day 31 posts first, a new learner starts there, and Day 61 opens with the end of cycle 2', async () => {
    const coach = buildCoach(journey, slot(dateOf(-1)));
    const setup = await setUp(coach, 2);
    expect(setup.firstDay).toBe(31);
    expect(setup.settings.startDay).toBe(31);

    await tickPosts(coach, 0, 0);
    const newcomer = actor('new');
    const today = await coach.app.study.today(newcomer);
    expect(renderToday(today)).toContain('Day 31 · cycle 2 of 3 · 31/90');
    expect(today.kind === 'standing' ? [today.behind, today.cohort] : today).toEqual([
      0,
      { kind: 'cohort-day', day: 31, behind: 0 },
    ]);

    await tickPosts(coach, 1, 30);
    const posts = coach.notifier.inChannel('study').filter((m) => m.day !== null);
    expect(posts.map((m) => m.day)).toEqual(range(31, 61));
    expect(posts.filter((m) => m.preface != null).map((m) => m.day)).toEqual([61]);
    expect(posts.at(-1)?.preface).toMatch(/^Cycle 2 of 3 is complete: Days 31-60: /);
    expect(posts.at(-1)?.preface).toContain('0 of 1 learner did all 30 days; 0 of 30 days done together.');

    expect(
      await coach.app.servers.setup('g1', {
        channelId: 'study',
        time: '09:00',
        timezone: 'UTC',
        startDate: START,
        startCycle: 4,
      }),
    ).toEqual({
      kind: 'no-such-cycle',
      asked: 4,
      count: 3,
    });
  });

  it('WHEN the last cycle ends THEN the one cycle-complete message names the whole journey', async () => {
    const coach = buildCoach(journey, slot(dateOf(-1)));
    await setUp(coach, 3);
    await tickPosts(coach, 0, 31);
    const posts = coach.notifier.inChannel('study');
    expect(posts.filter((m) => m.day !== null).map((m) => m.day)).toEqual(range(61, 90));
    expect(posts.some((m) => m.preface != null)).toBe(false);
    const complete = posts.filter((m) => m.text?.startsWith("That's the whole") === true);
    expect(complete.map((m) => m.text)).toEqual([
      "That's the whole journey: all 90 days of its 3 cycles are done. Well played, everyone. /progress shows how far you got.",
    ]);
  });
});
