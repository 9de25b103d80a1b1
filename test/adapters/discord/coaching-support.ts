import { afterAll, beforeAll } from 'vitest';
import {
  createAnthropicCoach,
  DEFAULT_COACH_MODEL,
} from '../../../src/adapters/anthropic/anthropic-coach.js';
import { formatPromptProblems, loadPrompts } from '../../../src/adapters/prompts/load-prompts.js';
import type { CoachWiring } from '../../../src/entry/ai-coach-setup.js';
import type { RecordedRequest } from '../../support/fake-discord/index.js';
import { startFakeAnthropic, type FakeAnthropic } from '../../support/fake-anthropic.js';

const API_KEY = 'sk-ant-discord-test';

/**
 * A local Messages API for a describe block, and the real Anthropic coach pointed at it,
 * for `useBot({ coach })`. Replies queued in one test never leak into the next: the queue is
 * empty once every scripted reply was used.
 */
export function useFakeAnthropic(limits = { daily: 5, adminDaily: 8 }) {
  let fake: FakeAnthropic | undefined;
  let wiring: CoachWiring | undefined;
  beforeAll(async () => {
    fake = await startFakeAnthropic({ apiKey: API_KEY });
    const loaded = await loadPrompts('prompts');
    if (loaded.kind !== 'ok') throw new Error(formatPromptProblems(loaded.problems));
    const model = createAnthropicCoach({
      apiKey: API_KEY,
      baseURL: fake.baseURL,
      model: DEFAULT_COACH_MODEL,
      timeoutMs: 10_000,
      maxRetries: 0,
      prompts: loaded.prompts,
    });
    wiring = { model, online: true, limits };
  });
  afterAll(() => fake?.close());
  return {
    fake: (): FakeAnthropic => fake ?? raise('useFakeAnthropic: not started'),
    coach: (): CoachWiring => wiring ?? raise('useFakeAnthropic: not started'),
  };
}

function raise(message: string): never {
  throw new Error(message);
}

/** The edits of an interaction's reply (PATCH @original), oldest first. */
export function originalEdits(requests: readonly RecordedRequest[], token: string): RecordedRequest[] {
  return requests.filter(
    (request) => request.method === 'PATCH' && request.path.endsWith(`/${token}/messages/@original`),
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const userText = (body: any): string => body.messages[0].content;
