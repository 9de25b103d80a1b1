import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnthropicCoach } from '../../../src/adapters/anthropic/anthropic-coach.js';
import type { AnthropicCoachOptions } from '../../../src/adapters/anthropic/anthropic-coach.js';
import type { CoachModel, ModelOutcome } from '../../../src/app/ports.js';
import {
  cutReply,
  overloaded,
  rateLimited,
  textReply,
  type FakeAnthropic,
  type FakeReply,
} from '../../support/fake-anthropic.js';
import { startCoach } from './coach-under-test.js';
import { plan, sparkDay } from './fixture-plan.js';
import { readStream } from '../../support/text-stream.js';

let fake: FakeAnthropic;
let coach: CoachModel;
afterEach(() => fake.close());

async function given(overrides: Partial<AnthropicCoachOptions> = {}) {
  ({ fake, coach } = await startCoach(overrides));
}

const ask = (onText: (delta: string) => void = () => {}) =>
  readStream(coach.ask({ plan, day: sparkDay, question: 'What is a DAG?', history: [] }), onText);
const review = () =>
  coach.review({
    plan,
    day: sparkDay,
    postKind: 'linkedin',
    postTitle: 'First impressions',
    draft: 'Spark is lazy.',
  });

const CASES: readonly (readonly [string, FakeReply, ModelOutcome<unknown>])[] = [
  [
    'a 429 with retry-after',
    rateLimited(17),
    { kind: 'failed', reason: 'rate-limited', retryAfterSeconds: 17 },
  ],
  ['a 529', overloaded(), { kind: 'failed', reason: 'overloaded' }],
  ['a 500', { kind: 'error', status: 500, type: 'api_error' }, { kind: 'failed', reason: 'unavailable' }],
  [
    'a 403',
    { kind: 'error', status: 403, type: 'permission_error' },
    { kind: 'failed', reason: 'not-configured' },
  ],
  [
    'a connection cut mid-response',
    cutReply('{"verdict":"strong","why":"It explains the DAG in the learner’s own words."}'),
    { kind: 'failed', reason: 'unavailable' },
  ],
  [
    'a reply slower than the timeout',
    { kind: 'slow', delayMs: 1_500, reply: textReply('late') },
    { kind: 'failed', reason: 'timed-out' },
  ],
];

describe('GIVEN an API that fails (timeoutMs 300, maxRetries 0)', () => {
  it.each(CASES)('WHEN a question meets %s THEN the outcome says so', async (_name, reply, expected) => {
    await given({ timeoutMs: 300 });
    fake.reply(reply);
    expect(await ask()).toEqual(expected);
    expect(fake.requests).toHaveLength(1);
  });

  it.each(CASES)(
    'WHEN a review meets %s THEN the outcome says so, without a second try',
    async (_name, reply, expected) => {
      await given({ timeoutMs: 300 });
      fake.reply(reply);
      expect(await review()).toEqual(expected);
      expect(fake.requests).toHaveLength(1);
    },
  );

  it('WHEN the key is wrong (401) THEN the coach is not configured', async () => {
    await given({ apiKey: 'sk-ant-wrong' });
    expect(await ask()).toEqual({ kind: 'failed', reason: 'not-configured' });
    expect(await review()).toEqual({ kind: 'failed', reason: 'not-configured' });
  });

  it('WHEN the stream breaks off with overloaded_error THEN the outcome is overloaded', async () => {
    await given();
    fake.reply({ kind: 'stream-error', chunks: ['Spark '], type: 'overloaded_error' });
    expect(await ask()).toEqual({ kind: 'failed', reason: 'overloaded' });
  });

  it('WHEN the stream goes quiet for longer than the timeout THEN it is timed out after the first deltas', async () => {
    await given({ timeoutMs: 300 });
    fake.reply({ kind: 'stall', chunks: ['Spark ', 'is '] });
    const deltas: string[] = [];
    expect(await ask((delta) => deltas.push(delta))).toEqual({ kind: 'failed', reason: 'timed-out' });
    expect(deltas).toEqual(['Spark ', 'is ']);
  });

  it('WHEN nothing listens at the address THEN the coach is unavailable', async () => {
    await given();
    await fake.close();
    expect(await ask()).toEqual({ kind: 'failed', reason: 'unavailable' });
  });
});

describe('GIVEN retries allowed (maxRetries 1)', () => {
  it('WHEN the first attempt is overloaded THEN the SDK retries and the answer arrives', async () => {
    await given({ maxRetries: 1 });
    fake.reply({ kind: 'error', status: 529, type: 'overloaded_error', headers: { 'retry-after-ms': '10' } });
    fake.reply(textReply('Here it is.'));
    expect(await ask()).toMatchObject({ kind: 'ok', value: 'Here it is.' });
    expect(fake.requests).toHaveLength(2);
  });
});

describe('GIVEN a budget of 400 ms for a call, retries included (maxRetries 2)', () => {
  const hanging = (): FakeReply => ({ kind: 'slow', delayMs: 3_000, reply: textReply('late') });
  const timed = async <T>(call: () => Promise<T>): Promise<{ outcome: T; ms: number }> => {
    const start = performance.now();
    const outcome = await call();
    return { outcome, ms: performance.now() - start };
  };

  it('WHEN the model hangs on every attempt THEN a question gives up as timed out within the budget', async () => {
    await given({ timeoutMs: 400, maxRetries: 2 });
    fake.reply(hanging(), hanging(), hanging());
    const { outcome, ms } = await timed(() => ask());
    expect(outcome).toEqual({ kind: 'failed', reason: 'timed-out' });
    expect(ms).toBeLessThan(1_500);
  });

  it('WHEN the model hangs on every attempt THEN a review gives up as timed out within the budget', async () => {
    await given({ timeoutMs: 400, maxRetries: 2 });
    fake.reply(hanging(), hanging(), hanging());
    const { outcome, ms } = await timed(review);
    expect(outcome).toEqual({ kind: 'failed', reason: 'timed-out' });
    expect(ms).toBeLessThan(1_500);
  });

  it('WHEN the API asks to retry after 5 s THEN the review gives up within the budget instead of waiting', async () => {
    await given({ timeoutMs: 400, maxRetries: 2 });
    const later = { 'retry-after-ms': '5000' };
    fake.reply({ kind: 'error', status: 529, type: 'overloaded_error', headers: later }, textReply('ok'));
    const { outcome, ms } = await timed(review);
    expect(outcome).toEqual({ kind: 'failed', reason: 'timed-out' });
    expect(ms).toBeLessThan(1_500);
  });

  it('WHEN a first attempt fails fast THEN the retry still answers within the budget', async () => {
    await given({ timeoutMs: 400, maxRetries: 2 });
    const soon = { 'retry-after-ms': '10' };
    fake.reply({ kind: 'error', status: 529, type: 'overloaded_error', headers: soon }, textReply('Here.'));
    expect(await ask()).toMatchObject({ kind: 'ok', value: 'Here.' });
  });
});

describe('GIVEN the coach options', () => {
  it('WHEN timeoutMs is over 60 s THEN creating the coach is refused', async () => {
    await given();
    const options = { apiKey: 'k', model: 'claude-haiku-4-5', maxRetries: 0, prompts: {} as never };
    expect(() => createAnthropicCoach({ ...options, timeoutMs: 61_000 })).toThrow(RangeError);
  });

  it('WHEN the default model is used THEN the SDK does not warn that it is deprecated', async () => {
    await given();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      fake.reply(textReply('ok'));
      await ask();
      expect(warn).not.toHaveBeenCalled();
      await fake.close();
      await given({ model: 'claude-sonnet-4-5' });
      fake.reply(textReply('ok'));
      await ask();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('deprecated'));
    } finally {
      warn.mockRestore();
    }
  });
});
