import type Anthropic from '@anthropic-ai/sdk';
import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import type { ModelOutcome, TextStream } from '../../app/ports.js';
import { failed, mapModelError } from './map-model-error.js';
import { toTokenUsage } from './message-usage.js';

/**
 * Streams one answer: each text delta in order, then the outcome with the whole text. The
 * answer must start within `idleMs`, the SDK's retries included, and then never go quiet for
 * `idleMs` (the SDK's timeout stops at the response headers); otherwise it is aborted here and
 * reported as timed out. A caller that stops reading early aborts the request.
 */
export async function* streamAnswer(
  client: Anthropic,
  body: MessageCreateParamsNonStreaming,
  idleMs: number,
): TextStream<ModelOutcome<string>> {
  const stream = client.messages.stream(body);
  const final = stream.finalMessage();
  // Read below, once the events are through; a failure is reported there, not as unhandled.
  final.catch(() => undefined);
  let idle: NodeJS.Timeout | undefined;
  let wentQuiet = false;
  const rearm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      wentQuiet = true;
      stream.abort();
    }, idleMs);
  };
  rearm();
  stream.on('connect', rearm);
  stream.on('streamEvent', rearm);
  try {
    for await (const event of stream) {
      if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') yield event.delta.text;
    }
    const message = await final;
    // Select by type: some models send thinking blocks before the text.
    const text = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
    if (text.trim() === '') return failed('bad-output');
    return { kind: 'ok', value: text, usage: toTokenUsage(message.usage) };
  } catch (error) {
    if (wentQuiet) return failed('timed-out');
    return mapModelError(error);
  } finally {
    clearTimeout(idle);
  }
}
