import { describe, expect, it } from 'vitest';
import {
  MESSAGE_CONTENT_LIMIT,
  splitMessage,
} from '../../../../src/adapters/discord/render/split-message.js';

/** True when every ``` fence in the chunk is closed again. */
function fencesBalanced(chunk: string): boolean {
  return chunk.split('\n').filter((line) => line.trimStart().startsWith('```')).length % 2 === 0;
}

describe('splitMessage', () => {
  it.each([
    ['empty text', '', ['']],
    ['short text', 'Day 31 is ready.', ['Day 31 is ready.']],
    ['text exactly at the limit', 'x'.repeat(40), ['x'.repeat(40)]],
  ])('GIVEN %s WHEN split THEN it is one chunk', (_name, text, expected) => {
    expect(splitMessage(text, 40)).toEqual(expected);
  });

  it.each([
    [
      'a paragraph break',
      'First paragraph here.\n\nSecond one follows on.',
      ['First paragraph here.', 'Second one follows on.'],
    ],
    [
      'only line breaks',
      'line one is here\nline two is here\nline three',
      ['line one is here', 'line two is here\nline three'],
    ],
    [
      'only spaces',
      'alpha beta gamma delta epsilon zeta eta',
      ['alpha beta gamma delta epsilon', 'zeta eta'],
    ],
    ['no boundary at all', 'y'.repeat(50), ['y'.repeat(32), 'y'.repeat(18)]],
  ])('GIVEN %s WHEN split at 32 THEN it breaks at the best boundary', (_name, text, expected) => {
    expect(splitMessage(text, 32)).toEqual(expected);
  });

  it('GIVEN a paragraph break and line breaks within reach WHEN split THEN the paragraph break wins', () => {
    const text = `${'a'.repeat(20)}\n\n${'b'.repeat(10)}\n${'c'.repeat(10)}`;
    expect(splitMessage(text, 40)).toEqual(['a'.repeat(20), `${'b'.repeat(10)}\n${'c'.repeat(10)}`]);
  });

  it('GIVEN a code block across the limit WHEN split THEN each chunk closes it and the next reopens it', () => {
    const code = Array.from({ length: 12 }, (_, i) => `print("line ${i}")`).join('\n');
    const text = `Try this:\n\n\`\`\`python\n${code}\n\`\`\`\n\nThen run it.`;

    const chunks = splitMessage(text, 100);

    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(100);
      expect(fencesBalanced(chunk)).toBe(true);
    }
    expect(chunks[1]?.startsWith('```python\n')).toBe(true);
    const lines = chunks.join('\n').split('\n');
    for (let i = 0; i < 12; i += 1) expect(lines).toContain(`print("line ${i}")`);
    expect(chunks.at(-1)?.endsWith('Then run it.')).toBe(true);
  });

  it('GIVEN a long AI answer WHEN split at the Discord limit THEN every chunk fits and no words are lost', () => {
    const paragraph = 'Spark builds a DAG of transformations and runs it lazily when an action asks. '.repeat(
      12,
    );
    const text = Array.from({ length: 8 }, () => paragraph.trim()).join('\n\n');

    const chunks = splitMessage(text);

    expect(chunks.every((chunk) => chunk.length <= MESSAGE_CONTENT_LIMIT)).toBe(true);
    expect(chunks.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it.each([24, 40, 100, 300])(
    'GIVEN mixed prose and code blocks WHEN split at %i THEN every chunk fits and its fences balance',
    (limit) => {
      const block = '```ts\nconst spark = session();\nspark.read.csv(path);\n```';
      const text = Array.from({ length: 6 }, (_, i) => `Step ${i}: read the file, then look.\n${block}`).join(
        '\n\n',
      );
      for (const chunk of splitMessage(text, limit)) {
        expect(chunk.length).toBeLessThanOrEqual(limit);
        expect(fencesBalanced(chunk)).toBe(true);
      }
    },
  );

  it('GIVEN a limit too small to close a code block WHEN split THEN it is refused', () => {
    expect(() => splitMessage('text', 10)).toThrow(RangeError);
  });
});
