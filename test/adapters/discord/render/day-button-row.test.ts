import { describe, expect, it } from 'vitest';
import {
  dayButtonId,
  parseDayButtonId,
  renderDayButtons,
} from '../../../../src/adapters/discord/render/day-button-row.js';

describe('renderDayButtons', () => {
  it('GIVEN Day 31 WHEN rendered THEN one row holds Mark done, Submit proof and Ask a question', () => {
    expect(renderDayButtons(31)).toEqual({
      type: 1,
      components: [
        { type: 2, style: 3, label: 'Mark done', custom_id: 'day:done:31' },
        { type: 2, style: 1, label: 'Submit proof', custom_id: 'day:proof:31' },
        { type: 2, style: 2, label: 'Ask a question', custom_id: 'day:ask:31' },
      ],
    });
  });

  it('GIVEN includeAsk false WHEN rendered THEN Ask a question is left out', () => {
    const labels = renderDayButtons(37, { includeAsk: false }).components.map((button) => button.label);
    expect(labels).toEqual(['Mark done', 'Submit proof']);
  });

  it.each([0, -1, 1.5, Number.NaN])('GIVEN day %s WHEN an id is built THEN it is refused', (day) => {
    expect(() => dayButtonId('done', day)).toThrow(RangeError);
  });

  it('GIVEN any day of a long plan WHEN an id is built THEN it stays within 100 characters', () => {
    expect(dayButtonId('proof', 999_999).length).toBeLessThanOrEqual(100);
  });
});

describe('parseDayButtonId', () => {
  it.each([
    ['day:done:31', { action: 'done', day: 31 }],
    ['day:proof:37', { action: 'proof', day: 37 }],
    ['day:ask:1', { action: 'ask', day: 1 }],
    ['day:skip:31', undefined],
    ['day:done:0', undefined],
    ['day:done:31:extra', undefined],
    ['review:done:31', undefined],
  ])('GIVEN %s WHEN parsed THEN it gives %j', (customId, expected) => {
    expect(parseDayButtonId(customId)).toEqual(expected);
  });
});
