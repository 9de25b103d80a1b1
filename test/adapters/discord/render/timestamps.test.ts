import { describe, expect, it } from 'vitest';
import { discordTimestamp } from '../../../../src/adapters/discord/render/timestamps.js';

const at = new Date('2026-03-02T07:00:00.900Z');

describe('discordTimestamp', () => {
  it.each([
    ['t', '<t:1772434800:t>'],
    ['T', '<t:1772434800:T>'],
    ['d', '<t:1772434800:d>'],
    ['D', '<t:1772434800:D>'],
    ['f', '<t:1772434800:f>'],
    ['F', '<t:1772434800:F>'],
    ['R', '<t:1772434800:R>'],
  ] as const)('GIVEN style %s WHEN formatted THEN seconds are floored into the tag', (style, expected) => {
    expect(discordTimestamp(at, style)).toBe(expected);
  });

  it('GIVEN no style WHEN formatted THEN the bare tag is used', () => {
    expect(discordTimestamp(at.getTime())).toBe('<t:1772434800>');
  });

  it('GIVEN an invalid date WHEN formatted THEN it is refused', () => {
    expect(() => discordTimestamp(new Date('nope'), 'F')).toThrow(RangeError);
  });
});
