import { describe, expect, it } from 'vitest';
import { findLinks } from '../../../src/core/review/draft-links.js';

describe('GIVEN a draft with links', () => {
  it.each([
    ['See https://spark.apache.org/docs.', [{ url: 'https://spark.apache.org/docs', problem: null }]],
    ['[guide](https://spark.apache.org/a_(b))', [{ url: 'https://spark.apache.org/a_(b)', problem: null }]],
    ['(code at https://github.com/me/x)', [{ url: 'https://github.com/me/x', problem: null }]],
    ['visit www.myblog.dev today', [{ url: 'www.myblog.dev', problem: 'has no https:// in front' }]],
    [
      'demo: https://example.com/post',
      [{ url: 'https://example.com/post', problem: 'looks like a placeholder' }],
    ],
    [
      'http://intranet/page',
      [{ url: 'http://intranet/page', problem: 'has no domain ending (.com, .org, ...)' }],
    ],
    ['https://[broken/x', [{ url: 'https://[broken/x', problem: 'is not a valid address' }]],
    ['no links at all', []],
  ])('WHEN finding links in "%s" THEN they are %j', (text, expected) => {
    expect(findLinks(text)).toEqual(expected);
  });
});
