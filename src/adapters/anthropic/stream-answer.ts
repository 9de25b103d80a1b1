import type Anthropic from '@anthropic-ai/sdk';
import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import type { ModelOutcome } from '../../app/coach-model.js';
import { failed, mapModelError } from './map-model-error.js';
import { toTokenUsage } from './message-usage.js';

/**
 * Streams one answer, relaying each text delta to `onText` in order. The SDK's timeout
 * stops at the response headers, so a stream that goes quiet for `idleMs` once connected
 * is aborted here and reported as timed out. An `onText` that throws is a caller's bug and
 * is thrown again once the stream is stopped.
 */
export async function streamAnswer(
  client: Anthropic,
  body: MessageCreateParamsNonStreaming,
  idleMs: number,
  onText: (delta: string) => void,
): Promise<ModelOutcome<string>> {
  const stream = client.messages.stream(body);
  let idle: NodeJS.Timeout | undefined;
  let wentQuiet = false;
  let relayError: { readonly error: unknown } | undefined;
  const rearm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      wentQuiet = true;
      stream.abort();
    }, idleMs);
  };
  stream.on('connect', rearm);
  stream.on('streamEvent', rearm);
  stream.on('text', (delta) => {
    try {
      onText(delta);
    } catch (error) {
      relayError ??= { error };
      stream.abort();
    }
  });
  try {
    const message = await stream.finalMessage();
    // Select by type: some models send thinking blocks before the text.
    const text = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
    if (text.trim() === '') return failed('bad-output');
    return { kind: 'ok', value: text, usage: toTokenUsage(message.usage) };
  } catch (error) {
    if (relayError) throw relayError.error;
    if (wentQuiet) return failed('timed-out');
    return mapModelError(error);
  } finally {
    clearTimeout(idle);
  }
}
