import { AnthropicError, APIError } from '@anthropic-ai/sdk';
import type Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import type { z } from 'zod';
import type { ModelOutcome } from '../../app/ports.js';
import { failed, mapModelError } from './map-model-error.js';
import { toTokenUsage } from './message-usage.js';

type InvalidOutput = { readonly kind: 'invalid-output' };
const INVALID: InvalidOutput = { kind: 'invalid-output' };

/**
 * Asks for JSON shaped by `schema` (structured output) and validates it. Output that is
 * not valid JSON or breaks the schema is asked for once more, then given up as
 * `bad-output`. `deadlineMs` bounds the whole call: both asks, the SDK's retries and their
 * back-off, bodies included (the SDK's own timeout is per attempt and stops at the headers).
 */
export async function parseStructured<T>(
  client: Anthropic,
  body: MessageCreateParamsNonStreaming,
  schema: z.ZodType<T>,
  deadlineMs: number,
): Promise<ModelOutcome<T>> {
  const signal = AbortSignal.timeout(deadlineMs);
  const first = await attempt(client, body, schema, signal);
  if (first.kind !== 'invalid-output') return first;
  const second = await attempt(client, body, schema, signal);
  return second.kind === 'invalid-output' ? failed('bad-output') : second;
}

async function attempt<T>(
  client: Anthropic,
  body: MessageCreateParamsNonStreaming,
  schema: z.ZodType<T>,
  signal: AbortSignal,
): Promise<ModelOutcome<T> | InvalidOutput> {
  try {
    const message = await client.messages.parse(
      { ...body, output_config: { format: zodOutputFormat(schema) } },
      { signal },
    );
    // Null when no text block came back (a refusal, say): nothing to validate.
    if (message.parsed_output === null) return INVALID;
    return { kind: 'ok', value: message.parsed_output, usage: toTokenUsage(message.usage) };
  } catch (error) {
    if (signal.aborted) return failed('timed-out');
    // The SDK reports JSON or schema failures as a plain AnthropicError, API trouble as APIError.
    if (error instanceof AnthropicError && !(error instanceof APIError)) return INVALID;
    return mapModelError(error);
  }
}
