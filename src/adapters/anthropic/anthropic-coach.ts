import Anthropic from '@anthropic-ai/sdk';
import type { Model, TextBlockParam } from '@anthropic-ai/sdk/resources/messages';
import type { CoachModel } from '../../app/ports.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { CheckpointAssessmentSchema } from '../../core/learner/learner.js';
import {
  buildAskPrompt,
  buildCheckpointPrompt,
  buildRecallPrompt,
  buildHintsPrompt,
  buildReviewPrompt,
  buildSharedPrefix,
} from '../../core/prompts/build-prompts.js';
import type { PromptSet } from '../../core/prompts/prompt-spec.js';
import { checkDraft } from '../../core/review/draft-checks.js';
import { PostReviewSchema } from '../../core/review/post-review.js';
import { parseStructured } from './parse-structured.js';
import { streamAnswer } from './stream-answer.js';

/** A current Haiku-class model, not on the SDK's deprecated list. */
export const DEFAULT_COACH_MODEL = 'claude-haiku-4-5' satisfies Model;

/** The longest a learner should wait for one answer, retries included. */
export const MAX_COACH_TIMEOUT_MS = 60_000;

/** How to reach the Messages API. The key is only handed to the SDK, never logged. */
export interface AnthropicCoachOptions {
  readonly apiKey: string;
  /** Defaults to the public API. */
  readonly baseURL?: string;
  readonly model: string;
  /**
   * The whole wait for one answer, retries and their back-off included (for a streamed answer,
   * until it starts), at most `MAX_COACH_TIMEOUT_MS`; also the longest gap allowed in a stream.
   */
  readonly timeoutMs: number;
  /** Retries the SDK makes on 408/409/429/5xx within `timeoutMs`, honouring retry-after. */
  readonly maxRetries: number;
  readonly prompts: PromptSet;
}

// An answer under ~1,500 characters is ~400 tokens; the rest is headroom so it is not cut.
const MAX_TOKENS = { ask: 800, review: 1200, checkpoint: 600, hints: 400, recall: 400 } as const;

/** The AI coach on Anthropic's Messages API, through the official SDK. */
export function createAnthropicCoach(options: AnthropicCoachOptions): CoachModel {
  if (!(options.timeoutMs > 0 && options.timeoutMs <= MAX_COACH_TIMEOUT_MS)) {
    throw new RangeError(`timeoutMs must be between 1 and ${MAX_COACH_TIMEOUT_MS}, got ${options.timeoutMs}`);
  }
  const { prompts, model, timeoutMs, maxRetries } = options;
  const client = new Anthropic({
    // Passed explicitly so the SDK neither reads the environment nor credential profiles.
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? 'https://api.anthropic.com',
    timeout: timeoutMs,
    maxRetries,
    // Request bodies carry learners' text: keep SDK debug logging off whatever the environment says.
    logLevel: 'warn',
  });

  const system = (plan: Plan): TextBlockParam[] => [
    { type: 'text', text: buildSharedPrefix(prompts, plan), cache_control: { type: 'ephemeral' } },
  ];
  const request = (plan: Plan, maxTokens: number, prompt: string) => ({
    model,
    max_tokens: maxTokens,
    system: system(plan),
    messages: [{ role: 'user' as const, content: prompt }],
  });

  return {
    ask: (input) =>
      streamAnswer(client, request(input.plan, MAX_TOKENS.ask, buildAskPrompt(prompts, input)), timeoutMs),
    recallFeedback: (input) =>
      streamAnswer(
        client,
        request(input.plan, MAX_TOKENS.recall, buildRecallPrompt(prompts, input)),
        timeoutMs,
      ),
    review: (input) => {
      const checks = checkDraft(input.day, input.postKind, input.draft);
      const prompt = buildReviewPrompt(prompts, { ...input, checks });
      return parseStructured(
        client,
        request(input.plan, MAX_TOKENS.review, prompt),
        PostReviewSchema,
        timeoutMs,
      );
    },
    assessProof: (input) =>
      parseStructured(
        client,
        request(input.plan, MAX_TOKENS.checkpoint, buildCheckpointPrompt(prompts, input)),
        CheckpointAssessmentSchema,
        timeoutMs,
      ),
    rewriteAsHints: async (input) => {
      const body = request(input.plan, MAX_TOKENS.hints, buildHintsPrompt(prompts, input));
      const stream = streamAnswer(client, body, timeoutMs);
      for (;;) {
        const next = await stream.next();
        if (next.done === true) return next.value;
      }
    },
  };
}
