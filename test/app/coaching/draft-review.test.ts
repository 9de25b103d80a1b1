import { describe, expect, it } from 'vitest';
import { createOfflineCoach } from '../../../src/adapters/anthropic/offline-coach.js';
import { learnerKeys } from '../../../src/app/storage/learner-keys.js';
import { coachingWorld, who } from './coaching-world.js';
import { failedWith, ok, sampleReview, scriptedCoach } from '../../support/scripted-coach.js';

// Over the 400 characters a LinkedIn post needs to count (core/review/post-length.ts).
const DRAFT =
  'Spark surprised me: lazy evaluation means nothing runs until an action. Transformations only build ' +
  'a plan, a DAG of stages, and the driver sends tasks to executors when I call count() or write(). ' +
  'My first job looked instant, then spent a minute at the end. Lesson: think in actions, cache what ' +
  'you reuse, and read the Spark UI before guessing. What surprised you first? #Spark #BigData #DataEngineering';
// 300 words: the least a blog post needs to count.
const BLOG = Array.from({ length: 300 }, () => 'Spark').join(' ');

describe('GIVEN a learner on Day 31 (a LinkedIn post day)', () => {
  it('WHEN they review a draft THEN checks and the rubric come back, and the review is stored and counted', async () => {
    const model = scriptedCoach({ review: [ok(sampleReview())] });
    const { coaching, store } = coachingWorld(model);
    const outcome = await coaching.review(who, `  ${DRAFT}  `, { source: 'modal' });
    expect(outcome).toMatchObject({
      kind: 'reviewed',
      postKind: 'linkedin',
      postTitle: 'Moving from streaming to batch: First impressions of Apache Spark',
      ai: { kind: 'ok', remaining: 2 },
      postsWritten: { linkedin: 1, blog: 0 },
    });
    if (outcome.kind !== 'reviewed') throw new Error('expected a review');
    expect(outcome.checks.map((check) => check.id)).toEqual(['length', 'key-terms', 'hashtags', 'links']);
    expect(model.reviewed[0]).toMatchObject({ postKind: 'linkedin', draft: DRAFT });
    const [stored] = await coaching.reviewsOf(who.id);
    expect(stored).toMatchObject({ day: 31, kind: 'linkedin', draft: DRAFT, review: sampleReview() });
    expect(await learnerKeys(store, who.id)).toContain('coach-reviews:console:ada');
  });

  it('WHEN the same day is reviewed twice THEN it counts as one post written, and both reviews are kept', async () => {
    const { coaching } = coachingWorld(scriptedCoach({ review: [ok(sampleReview()), ok(sampleReview())] }));
    await coaching.review(who, DRAFT, { source: 'modal' });
    await coaching.review(who, `${DRAFT} Edited.`, { source: 'modal' });
    expect(await coaching.postsWritten(who.id)).toEqual({ linkedin: 1, blog: 0 });
    expect(await coaching.reviewsOf(who.id)).toHaveLength(2);
  });

  it('WHEN they have moved on to Day 32 (no post) THEN the draft is reviewed against Day 31', async () => {
    const model = scriptedCoach({ review: [ok(sampleReview())] });
    const { coaching, study } = coachingWorld(model);
    await study.done(who, { text: 'Explained lazy evaluation', links: [] });
    const outcome = await coaching.review(who, DRAFT, { source: 'modal' });
    expect(outcome).toMatchObject({ kind: 'reviewed', day: { day: { day: 31 } } });
  });

  it('WHEN they choose a blog post and no day so far asks for one THEN their current day and its title are used, and it counts as a blog', async () => {
    const model = scriptedCoach({ review: [ok(sampleReview())] });
    const { coaching } = coachingWorld(model);
    const outcome = await coaching.review(who, BLOG, { source: 'file', postKind: 'blog' });
    expect(outcome).toMatchObject({ kind: 'reviewed', postKind: 'blog', postTitle: 'Spark Architecture' });
    // Counted by what the learner wrote: a blog post, though Day 31 asks for a LinkedIn post.
    expect(await coaching.postsWritten(who.id)).toEqual({ linkedin: 0, blog: 1 });
  });

  it('WHEN they review a blog draft on a day without a post THEN it is stored and counted as a blog post', async () => {
    const { coaching, study } = coachingWorld(createOfflineCoach());
    await study.done(who, { text: 'Explained lazy evaluation', links: [] });
    await coaching.review(who, BLOG, { source: 'file', postKind: 'blog' });
    expect(await coaching.reviewsOf(who.id)).toMatchObject([
      { day: 32, kind: 'blog', title: 'RDD Fundamentals' },
    ]);
    expect(await coaching.postsWritten(who.id)).toEqual({ linkedin: 0, blog: 1 });
  });

  it("WHEN the draft is under its kind's floor THEN it is stored, the outcome says so, and no post counts", async () => {
    const { coaching } = coachingWorld(createOfflineCoach());
    const outcome = await coaching.review(who, 'Spark is lazy, I learned today.', { source: 'modal' });
    expect(outcome).toMatchObject({
      kind: 'reviewed',
      length: { unit: 'characters', length: 31, min: 400, counts: false },
      postsWritten: { linkedin: 0, blog: 0 },
    });
    const blog = await coaching.review(who, DRAFT, { source: 'file', postKind: 'blog' });
    expect(blog).toMatchObject({ length: { unit: 'words', min: 300, counts: false } });
    expect(await coaching.reviewsOf(who.id)).toHaveLength(2);
    expect(await coaching.postsWritten(who.id)).toEqual({ linkedin: 0, blog: 0 });
  });
});

describe('GIVEN no model answer', () => {
  it('WHEN there is no API key THEN the checks run, the review is stored without a rubric, and nothing is spent', async () => {
    const { coaching } = coachingWorld(createOfflineCoach());
    const outcome = await coaching.review(who, DRAFT, { source: 'console' });
    expect(outcome).toMatchObject({
      kind: 'reviewed',
      ai: { kind: 'offline' },
      postsWritten: { linkedin: 1 },
    });
    expect((await coaching.reviewsOf(who.id))[0]?.review).toBeNull();
    expect(await coaching.remaining(who.id)).toBe(3);
  });

  it('WHEN the quota is spent THEN the checks still run, with no model call', async () => {
    const model = scriptedCoach({ review: [ok(sampleReview()), ok(sampleReview())] });
    const { coaching } = coachingWorld(model, { daily: 2, adminDaily: 2 });
    await coaching.review(who, DRAFT, { source: 'modal' });
    await coaching.review(who, DRAFT, { source: 'modal' });
    const third = await coaching.review(who, DRAFT, { source: 'modal' });
    expect(third).toMatchObject({ kind: 'reviewed', ai: { kind: 'quota-spent', limit: 2 } });
    expect(model.reviewed).toHaveLength(2);
  });

  it('WHEN the model gives malformed output THEN the learner hears so and is not charged', async () => {
    const { coaching } = coachingWorld(scriptedCoach({ review: [failedWith('bad-output')] }));
    const outcome = await coaching.review(who, DRAFT, { source: 'modal' });
    expect(outcome).toMatchObject({
      kind: 'reviewed',
      ai: { kind: 'failed', reason: 'bad-output', remaining: 3 },
    });
  });
});

describe('GIVEN draft limits', () => {
  it.each([
    ['an empty draft', '  ', 'modal', { kind: 'draft-missing' }],
    ['4,001 characters from the modal', 'x'.repeat(4_001), 'modal', { kind: 'draft-too-long', max: 4_000 }],
    ['20,001 characters from a file', 'x'.repeat(20_001), 'file', { kind: 'draft-too-long', max: 20_000 }],
  ] as const)(
    'WHEN the learner sends %s THEN it is refused without a call',
    async (_label, draft, source, expected) => {
      const model = scriptedCoach({});
      const { coaching } = coachingWorld(model);
      expect(await coaching.review(who, draft, { source })).toMatchObject(expected);
      expect(model.calls()).toBe(0);
      expect(await coaching.postsWritten(who.id)).toEqual({ linkedin: 0, blog: 0 });
    },
  );

  it('WHEN a file holds 4,001 characters THEN it is reviewed', async () => {
    const { coaching } = coachingWorld(createOfflineCoach());
    expect(await coaching.review(who, 'x'.repeat(4_001), { source: 'file' })).toMatchObject({
      kind: 'reviewed',
    });
  });
});
