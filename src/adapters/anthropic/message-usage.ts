import type { Usage } from '@anthropic-ai/sdk/resources/messages';
import type { TokenUsage } from '../../app/ports.js';

/** The API's usage counters as the app counts them; absent cache counters are 0. */
export function toTokenUsage(usage: Usage): TokenUsage {
  return {
    input: usage.input_tokens,
    output: usage.output_tokens,
    cacheRead: usage.cache_read_input_tokens ?? 0,
    cacheWrite: usage.cache_creation_input_tokens ?? 0,
  };
}
