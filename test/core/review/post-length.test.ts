import { describe, expect, it } from 'vitest';
import { postsWritten, writtenPostDays } from '../../../src/core/progress/posts-written.js';
import { measureDraft } from '../../../src/core/review/post-length.js';
import { plan } from '../../app/coaching/coaching-world.js';

const chars = (n: number): string => 'x'.repeat(n);
const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ');

describe('GIVEN a draft and its kind', () => {
  it.each([
    ['linkedin', chars(399), { length: 399, unit: 'characters', min: 400, counts: false }],
    ['linkedin', `  ${chars(400)}  `, { length: 400, unit: 'characters', min: 400, counts: true }],
    ['linkedin', '🚀'.repeat(400), { length: 400, counts: true }],
    ['blog', words(299), { length: 299, unit: 'words', min: 300, counts: false }],
    ['blog', `${words(300)} - #`, { length: 300, unit: 'words', min: 300, counts: true }],
  ] as const)('WHEN a %s draft is measured THEN %j', (kind, draft, expected) => {
    expect(measureDraft(kind, draft)).toMatchObject(expected);
  });
});

describe('GIVEN reviewed drafts', () => {
  const linkedin = chars(450);
  const blog = words(320);

  it.each([
    ['no reviews', [], { linkedin: 0, blog: 0 }],
    [
      'a six-word LinkedIn draft',
      [{ day: 31, kind: 'linkedin', draft: 'Spark is lazy, I learned today.' }],
      { linkedin: 0, blog: 0 },
    ],
    [
      'the same LinkedIn day twice',
      [
        { day: 31, kind: 'linkedin', draft: linkedin },
        { day: 31, kind: 'linkedin', draft: linkedin },
      ],
      { linkedin: 1, blog: 0 },
    ],
    ['a blog on a LinkedIn day', [{ day: 31, kind: 'blog', draft: blog }], { linkedin: 0, blog: 1 }],
    ['a blog on a day without a post', [{ day: 32, kind: 'blog', draft: blog }], { linkedin: 0, blog: 1 }],
    [
      'a short blog, then a long one, same day',
      [
        { day: 32, kind: 'blog', draft: words(20) },
        { day: 32, kind: 'blog', draft: blog },
      ],
      { linkedin: 0, blog: 1 },
    ],
  ] as const)('WHEN counting %s THEN posts written are %j', (_what, reviews, expected) => {
    expect(postsWritten(plan, reviews)).toEqual(expected);
  });

  it('WHEN the assessment asks which post days are written THEN a draft too short to count does not tick its day', () => {
    expect(writtenPostDays(plan, [{ day: 31, kind: 'linkedin', draft: 'Too short.' }])).toEqual(new Set());
    expect(writtenPostDays(plan, [{ day: 31, kind: 'linkedin', draft: linkedin }])).toEqual(new Set([31]));
  });
});
