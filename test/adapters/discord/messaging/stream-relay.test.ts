import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStreamRelay, streamPreview } from '../../../../src/adapters/discord/messaging/stream-relay.js';

const silent = { info() {}, warn() {}, error() {} };

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe('GIVEN an answer streaming in a piece every 100 ms', () => {
  it('WHEN relayed THEN the first piece shows at once and later edits come at most once a second', async () => {
    const edits: { at: number; text: string }[] = [];
    const relay = createStreamRelay(async (text) => void edits.push({ at: Date.now(), text }), {
      intervalMs: 1_000,
      logger: silent,
    });
    for (let i = 0; i < 25; i += 1) {
      relay.push(`${i} `);
      await vi.advanceTimersByTimeAsync(100);
    }
    await relay.finish();
    expect(edits.map((edit) => edit.at)).toEqual([0, 1_000, 2_000]);
    expect(edits[0]?.text).toBe('0 ');
    expect(relay.text().split(' ')).toHaveLength(26);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(edits).toHaveLength(3);
  });

  it('WHEN an edit fails THEN it is logged and the next one still comes', async () => {
    const warnings: string[] = [];
    let calls = 0;
    const relay = createStreamRelay(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('429');
      },
      { intervalMs: 1_000, logger: { ...silent, warn: (message) => void warnings.push(message) } },
    );
    relay.push('a');
    await vi.advanceTimersByTimeAsync(10);
    relay.push('b');
    await vi.advanceTimersByTimeAsync(1_000);
    await relay.finish();
    expect(calls).toBe(2);
    expect(warnings).toEqual(['streamed edit failed']);
  });
});

describe('GIVEN a streamed answer longer than a message', () => {
  it('WHEN more pieces arrive past the first part THEN no edit re-sends the same text', async () => {
    const edits: string[] = [];
    const relay = createStreamRelay(async (text) => void edits.push(text), {
      intervalMs: 1_000,
      logger: silent,
    });
    relay.push('word '.repeat(600));
    for (let i = 0; i < 10; i += 1) {
      await vi.advanceTimersByTimeAsync(1_000);
      relay.push('more ');
    }
    await relay.finish();
    expect(edits).toHaveLength(1);
    expect(relay.shown()).toBe(edits[0]);
  });

  it('WHEN previewed THEN it fits in 2,000 characters and says more is coming', () => {
    const preview = streamPreview('word '.repeat(600));
    expect(preview.length).toBeLessThanOrEqual(2_000);
    expect(preview.endsWith('\n-# continued below')).toBe(true);
    expect(streamPreview('short')).toBe('short');
  });
});
