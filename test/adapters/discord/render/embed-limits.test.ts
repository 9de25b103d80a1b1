import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import {
  EMBED_LIMITS,
  clampEmbed,
  embedLength,
  fitEmbeds,
  totalEmbedLength,
  truncate,
} from '../../../../src/adapters/discord/render/embed-limits.js';

const field = (name: string, value: string) => ({ name, value });

describe('embedLength', () => {
  it('GIVEN every counted part WHEN measured THEN title, description, fields, footer and author add up', () => {
    const embed: APIEmbed = {
      title: 'abc',
      description: 'de',
      fields: [field('f', 'gh')],
      footer: { text: 'ijkl' },
      author: { name: 'm' },
      url: 'https://not.counted.example',
    };
    expect(embedLength(embed)).toBe(3 + 2 + 3 + 4 + 1);
    expect(totalEmbedLength([embed, { title: 'xy' }])).toBe(15);
  });
});

describe('truncate', () => {
  it.each([
    ['short text', 'hello', 10, 'hello'],
    ['exactly at the limit', 'hello', 5, 'hello'],
    ['a word boundary near the end', 'hello wonderful world', 18, 'hello wonderful…'],
    ['no boundary in reach', 'abcdefghij', 6, 'abcde…'],
    ['a surrogate pair at the cut', 'ab😀cd', 4, 'ab…'],
  ])('GIVEN %s WHEN truncated THEN the result fits with an ellipsis', (_name, text, max, expected) => {
    const result = truncate(text, max);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(max);
  });
});

describe('clampEmbed', () => {
  it('GIVEN parts over their own limits WHEN clamped THEN each part fits and only 25 fields remain', () => {
    const clamped = clampEmbed({
      title: 't'.repeat(300),
      description: 'd'.repeat(5000),
      fields: Array.from({ length: 30 }, (_, index) => field(`n${index}`.repeat(100), 'v'.repeat(2000))),
    });
    expect(clamped.title).toHaveLength(EMBED_LIMITS.title);
    expect(clamped.description).toHaveLength(EMBED_LIMITS.description);
    expect(clamped.fields).toHaveLength(EMBED_LIMITS.fields);
    expect(clamped.fields?.every((item) => item.name.length <= 256 && item.value.length <= 1024)).toBe(true);
  });
});

describe('fitEmbeds', () => {
  it('GIVEN 12 embeds WHEN fitted THEN the first 10, as Discord takes at most 10 a message', () => {
    const embeds = Array.from({ length: 12 }, (_, i) => ({ title: `E${i}` }));
    expect(fitEmbeds(embeds).map((embed) => embed.title)).toEqual(embeds.slice(0, 10).map((e) => e.title));
  });

  it('GIVEN embeds within 6,000 WHEN fitted THEN they are unchanged', () => {
    const embeds = [{ title: 'Day 31', fields: [field('Task', 'x'.repeat(900))] }];
    expect(fitEmbeds(embeds)).toEqual(embeds);
  });

  it('GIVEN long and short fields over 6,000 WHEN fitted THEN long values are cut first and short ones stay whole', () => {
    const embeds = [
      {
        title: 'Day 31',
        fields: [
          field('Short', 'keep me'),
          ...Array.from({ length: 8 }, (_, i) => field(`Long ${i}`, 'word '.repeat(200))),
        ],
      },
    ];
    const [fitted] = fitEmbeds(embeds);
    expect(totalEmbedLength([fitted!])).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(fitted?.fields?.[0]).toEqual(field('Short', 'keep me'));
    expect(fitted?.fields).toHaveLength(9);
    expect(fitted?.fields?.[1]?.value.endsWith('…')).toBe(true);
  });

  it('GIVEN several embeds in one message WHEN fitted THEN the 6,000 applies to all of them together', () => {
    const one = { description: 'd'.repeat(3000), fields: [field('a', 'v'.repeat(1000))] };
    const fitted = fitEmbeds([one, one]);
    expect(totalEmbedLength(fitted)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(fitted).toHaveLength(2);
  });

  it('GIVEN 25 fields with huge names WHEN fitted THEN names are cut before any field is dropped', () => {
    const embeds = [
      { fields: Array.from({ length: 25 }, (_, i) => field(`${i} ${'n'.repeat(300)}`, 'v'.repeat(300))) },
    ];
    const [fitted] = fitEmbeds(embeds);
    expect(totalEmbedLength([fitted!])).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(fitted?.fields).toHaveLength(25);
  });

  it('GIVEN a lower total WHEN fitted THEN trailing fields go when cutting is not enough', () => {
    const embeds = [
      { title: 'T', fields: Array.from({ length: 10 }, (_, i) => field(`Field ${i}`, 'v'.repeat(100))) },
    ];
    const [fitted] = fitEmbeds(embeds, 300);
    expect(totalEmbedLength([fitted!])).toBeLessThanOrEqual(300);
    expect(fitted?.fields?.[0]?.name).toBe('Field 0');
    expect(fitted?.fields?.length).toBeLessThan(10);
  });
});
