import { describe, expect, it } from 'vitest';
import { PostReviewSchema, REVIEW_CRITERIA } from '../../../src/core/review/post-review.js';

const criteria = Object.fromEntries(REVIEW_CRITERIA.map((name) => [name, { score: 4, reason: 'Good.' }]));
const review = {
  verdict: 'almost',
  criteria,
  strengths: ['Clear'],
  fixes: ['Add a question'],
  suggestedOpening: 'Hi.',
};

describe('GIVEN the post-review schema', () => {
  it('WHEN a complete review is parsed THEN it is accepted', () => {
    expect(PostReviewSchema.parse(review)).toEqual(review);
  });

  it.each([
    ['a score of 0', { ...review, criteria: { ...criteria, hook: { score: 0, reason: 'x' } } }],
    ['a score of 4.5', { ...review, criteria: { ...criteria, hook: { score: 4.5, reason: 'x' } } }],
    ['an empty reason', { ...review, criteria: { ...criteria, hook: { score: 3, reason: '' } } }],
    ['four fixes', { ...review, fixes: ['a', 'b', 'c', 'd'] }],
    ['an unknown verdict', { ...review, verdict: 'perfect' }],
    ['a criterion missing', { ...review, criteria: { ...criteria, fitsFormat: undefined } }],
  ])('WHEN a review has %s THEN it is rejected', (_name, value) => {
    expect(PostReviewSchema.safeParse(value).success).toBe(false);
  });

  it('WHEN a review adds keys THEN they are stripped and the shape stays the same', () => {
    const parsed = PostReviewSchema.parse({
      ...review,
      bonus: 1,
      criteria: { ...criteria, vibes: { score: 5, reason: 'x' } },
    });
    expect(parsed).toEqual(review);
  });
});
