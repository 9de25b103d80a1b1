import { describe, expect, it } from 'vitest';
import { createWrappingWriter } from '../../../src/adapters/console/wrap-text.js';

const wrap = (width: number, pieces: readonly string[]): string => {
  let out = '';
  const write = createWrappingWriter(
    () => width,
    (text) => (out += text),
  );
  for (const piece of pieces) write(piece);
  return out;
};

describe('GIVEN a writer wrapping at 20 columns', () => {
  it.each([
    [
      'a sentence',
      ['Spark waits for an action before it runs.\n'],
      'Spark waits for an\naction before it\nruns.\n',
    ],
    [
      'a streamed answer split mid-word',
      ['Spark wa', 'its for an ac', 'tion before it runs.\n'],
      'Spark waits for an\naction before it\nruns.\n',
    ],
    ['a list item', ['- Study the driver and executors\n'], '- Study the driver\n  and executors\n'],
    [
      'a URL longer than a line',
      ['See <https://spark.apache.org/docs/latest/> now\n'],
      'See\n<https://spark.apache.org/docs/latest/>\nnow\n',
    ],
    ['a table row', ['/ask    ask about your day\n'], '/ask    ask about\n        your day\n'],
    ['short lines', ['Day 31\n\nDone.\n'], 'Day 31\n\nDone.\n'],
  ])('WHEN it gets %s THEN no line passes 20 columns unless it is one word', (_name, pieces, expected) => {
    expect(wrap(20, pieces)).toBe(expected);
  });
});
