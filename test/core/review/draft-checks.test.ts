import { describe, expect, it } from 'vitest';
import { checkDraft, type DraftCheck, type DraftCheckId } from '../../../src/core/review/draft-checks.js';
import { makeDay } from './make-day.js';

const day = makeDay();
const TAGS = '#ApacheSpark #DataEngineering #BigData';
const ON_TOPIC =
  'Spark architecture surprised me: the Driver builds a plan and the Executors only run it when an action asks. ' +
  'The Cluster Manager hands out the machines. That is the distributed computing model in one line. ';
const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 'Spark' : 'word')).join(' ');

function check(kind: 'linkedin' | 'blog', draft: string, id: DraftCheckId): DraftCheck | undefined {
  return checkDraft(day, kind, draft).find((one) => one.id === id);
}

describe('GIVEN a LinkedIn draft', () => {
  it.each([
    [
      '3,001 characters',
      'x'.repeat(3001),
      'warn',
      "3,001 of 3,000 characters: cut 1 to fit LinkedIn's limit.",
    ],
    ['3,000 characters', 'x'.repeat(3000), 'pass', '3,000 of 3,000 characters.'],
    [
      '120 characters',
      'x'.repeat(120),
      'warn',
      '120 of 3,000 characters: too short to count as a post (400 at least); add an example or a takeaway.',
    ],
  ])('WHEN it has %s THEN the length check says so', (_name, draft, status, message) => {
    expect(check('linkedin', draft, 'length')).toEqual({ id: 'length', status, message });
  });

  it.each([
    ['no hashtags', 'Spark is lazy.', 'warn', '0 hashtags: add a few (3-5 suggested).'],
    ['one hashtag', 'Spark is lazy. #Spark', 'warn', '1 hashtag: add a few (3-5 suggested).'],
    ['three hashtags', `Spark is lazy. ${TAGS}`, 'pass', '3 hashtags.'],
    ['six hashtags', `Spark. ${TAGS} #a #b #c`, 'warn', '6 hashtags: keep the best 3-5.'],
    [
      'anchors and C# only',
      'See https://x.org/a#part and C# code. &#39;',
      'warn',
      '0 hashtags: add a few (3-5 suggested).',
    ],
  ])('WHEN it has %s THEN the hashtag check says so', (_name, draft, status, message) => {
    expect(check('linkedin', draft, 'hashtags')).toEqual({ id: 'hashtags', status, message });
  });

  it.each([
    ['every key term', ON_TOPIC, 'pass', 'Mentions all 7 key terms of Day 31.'],
    [
      'most key terms',
      'Spark architecture: the Driver and Executors, distributed.',
      'pass',
      'Mentions 5 of 7 key terms; could add: Cluster Manager, computing.',
    ],
    [
      'few key terms',
      'Spark is fun.',
      'warn',
      'Mentions 1 of 7 key terms of Day 31; missing: Architecture, Driver, Executors, Cluster Manager, distributed, computing.',
    ],
    [
      'no title term',
      'Driver, Executors, Cluster Manager, distributed computing.',
      'warn',
      'Mentions 5 of 7 key terms of Day 31; missing: Spark, Architecture.',
    ],
  ])(
    'WHEN it mentions %s THEN the key-term check says which are missing',
    (_name, draft, status, message) => {
      expect(check('linkedin', draft, 'key-terms')).toEqual({ id: 'key-terms', status, message });
    },
  );

  it.each([
    ['no link', 'Spark.', 'pass', 'No links.'],
    ['a good link', 'Docs: https://spark.apache.org/docs.', 'pass', '1 link, well-formed.'],
    ['a scheme-less link', 'Code: www.github.com/me', 'warn', 'www.github.com/me has no https:// in front.'],
  ])('WHEN it has %s THEN the link check says so', (_name, draft, status, message) => {
    expect(check('linkedin', draft, 'links')).toEqual({ id: 'links', status, message });
  });

  it('WHEN checked THEN it gets length, key terms, hashtags and links, in that order', () => {
    expect(checkDraft(day, 'linkedin', ON_TOPIC).map((one) => one.id)).toEqual([
      'length',
      'key-terms',
      'hashtags',
      'links',
    ]);
  });
});

describe('GIVEN a blog draft', () => {
  it.each([
    [299, 'warn', '299 words: too short to count as a blog post (300 at least; aim for 600-2,500).'],
    [300, 'warn', '300 words: short for a blog post (aim for 600-2,500).'],
    [599, 'warn', '599 words: short for a blog post (aim for 600-2,500).'],
    [600, 'pass', '600 words, within 600-2,500.'],
    [2500, 'pass', '2,500 words, within 600-2,500.'],
    [2501, 'warn', '2,501 words: long for a blog post (aim for 600-2,500).'],
  ])('WHEN it has %i words THEN the word-count check says so', (count, status, message) => {
    expect(check('blog', words(count), 'word-count')).toEqual({ id: 'word-count', status, message });
  });

  it('WHEN checked THEN it gets no hashtag or character-limit check', () => {
    expect(checkDraft(day, 'blog', words(700)).map((one) => one.id)).toEqual([
      'word-count',
      'key-terms',
      'links',
    ]);
  });
});

describe('GIVEN a day without key terms', () => {
  it('WHEN a draft is checked THEN the key-term check passes with nothing to look for', () => {
    const bare = makeDay({
      title: 'Module 5 Project',
      objective: 'do it',
      activities: [{ kind: 'project', minutes: 30, text: 'go' }],
      post: null,
    });
    expect(checkDraft(bare, 'blog', 'x').find((one) => one.id === 'key-terms')).toEqual({
      id: 'key-terms',
      status: 'pass',
      message: 'No key terms to look for on Day 31.',
    });
  });
});
