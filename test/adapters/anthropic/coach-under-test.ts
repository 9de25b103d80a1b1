import { join } from 'node:path';
import {
  createAnthropicCoach,
  DEFAULT_COACH_MODEL,
  type AnthropicCoachOptions,
} from '../../../src/adapters/anthropic/anthropic-coach.js';
import { formatPromptProblems, loadPrompts } from '../../../src/adapters/prompts/load-prompts.js';
import type { CoachModel } from '../../../src/app/ports.js';
import { startFakeAnthropic, type FakeAnthropic } from '../../support/fake-anthropic.js';

export const API_KEY = 'sk-ant-test-0123456789';
export const PROMPTS_DIR = join(import.meta.dirname, '..', '..', '..', 'prompts');

/** The real coach, with the real prompt files, against a fresh fake Messages API. */
export async function startCoach(
  overrides: Partial<AnthropicCoachOptions> = {},
): Promise<{ fake: FakeAnthropic; coach: CoachModel }> {
  const fake = await startFakeAnthropic({ apiKey: API_KEY });
  const loaded = await loadPrompts(PROMPTS_DIR);
  if (loaded.kind !== 'ok') throw new Error(formatPromptProblems(loaded.problems));
  const coach = createAnthropicCoach({
    apiKey: API_KEY,
    baseURL: fake.baseURL,
    model: DEFAULT_COACH_MODEL,
    timeoutMs: 5_000,
    maxRetries: 0,
    prompts: loaded.prompts,
    ...overrides,
  });
  return { fake, coach };
}

/** The text of the single user message a request carried. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function userText(body: any): string {
  const [message] = body.messages;
  return typeof message.content === 'string'
    ? message.content
    : message.content.map((b: { text: string }) => b.text).join('');
}

/** The text between the first `<tag>` and the next `</tag>`. */
export function fenced(text: string, tag: string): string | undefined {
  const start = text.indexOf(`<${tag}>`);
  const end = text.indexOf(`</${tag}>`, start);
  return start < 0 || end < 0 ? undefined : text.slice(start + tag.length + 2, end);
}
