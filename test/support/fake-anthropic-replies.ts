/** Token counts a reply reports; the fake fills in input and cache counters itself. */
export interface FakeUsage {
  readonly input_tokens: number;
  readonly output_tokens: number;
  readonly cache_read_input_tokens: number;
  readonly cache_creation_input_tokens: number;
}

/** One scripted answer of the fake Messages API. */
export type FakeReply =
  /**
   * A message; `text` as an array is streamed as those deltas, `gapMs` apart when given.
   * `thinking` adds a block first.
   */
  | {
      readonly kind: 'text';
      readonly text: string | readonly string[];
      readonly thinking?: string;
      readonly gapMs?: number;
    }
  /** An HTTP error with the API's error body, e.g. 429 `rate_limit_error`. */
  | {
      readonly kind: 'error';
      readonly status: number;
      readonly type: string;
      readonly headers?: Readonly<Record<string, string>>;
    }
  /** Waits before sending anything (headers included), then answers with `reply`. */
  | { readonly kind: 'slow'; readonly delayMs: number; readonly reply: FakeReply }
  /** Streams these deltas, then an SSE `error` event of `type` (streaming requests only). */
  | { readonly kind: 'stream-error'; readonly chunks: readonly string[]; readonly type: string }
  /** Streams these deltas, then goes silent with the connection open (streaming only). */
  | { readonly kind: 'stall'; readonly chunks: readonly string[] }
  /**
   * Sends the headers and the first half of the reply `text` would make (JSON or SSE, as the
   * request asks), then drops the connection: a network cut mid-response.
   */
  | { readonly kind: 'cut'; readonly text: string };

export const textReply = (text: string | readonly string[], thinking?: string): FakeReply =>
  thinking === undefined ? { kind: 'text', text } : { kind: 'text', text, thinking };
export const jsonReply = (value: unknown): FakeReply => ({ kind: 'text', text: JSON.stringify(value) });
export const rateLimited = (retryAfterSeconds: number): FakeReply => ({
  kind: 'error',
  status: 429,
  type: 'rate_limit_error',
  headers: { 'retry-after': String(retryAfterSeconds) },
});
export const cutReply = (text: string): FakeReply => ({ kind: 'cut', text });
export const overloaded = (): FakeReply => ({ kind: 'error', status: 529, type: 'overloaded_error' });

/** The API's error body. */
export function errorBody(type: string, message: string): string {
  return JSON.stringify({ type: 'error', error: { type, message } });
}

/** A complete non-streaming message. */
export function messageBody(model: string, text: string, usage: FakeUsage, thinking?: string): string {
  const content = [...(thinking === undefined ? [] : [thinkingBlock(thinking)]), { type: 'text', text }];
  return JSON.stringify({ ...messageShell(model, usage), content, stop_reason: 'end_turn' });
}

/** SSE events for a streamed message: start, blocks with their deltas, delta with usage, stop. */
export function streamEvents(
  model: string,
  chunks: readonly string[],
  usage: FakeUsage,
  thinking?: string,
): string[] {
  const { output_tokens, ...startUsage } = usage;
  const events = [
    sse('message_start', { message: messageShell(model, { ...startUsage, output_tokens: 1 }) }),
  ];
  let index = 0;
  if (thinking !== undefined) {
    events.push(
      sse('content_block_start', { index, content_block: { type: 'thinking', thinking: '', signature: '' } }),
      sse('content_block_delta', { index, delta: { type: 'thinking_delta', thinking } }),
      sse('content_block_delta', { index, delta: { type: 'signature_delta', signature: 'sig' } }),
      sse('content_block_stop', { index }),
    );
    index += 1;
  }
  events.push(sse('content_block_start', { index, content_block: { type: 'text', text: '' } }));
  for (const text of chunks)
    events.push(sse('content_block_delta', { index, delta: { type: 'text_delta', text } }));
  events.push(
    sse('content_block_stop', { index }),
    sse('message_delta', {
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens },
    }),
    sse('message_stop', {}),
  );
  return events;
}

/** The first part of a stream, for replies that break off. */
export function streamOpening(model: string, chunks: readonly string[], usage: FakeUsage): string[] {
  return streamEvents(model, chunks, usage).slice(0, 2 + chunks.length);
}

/** One SSE event; `data` gets its `type` from the event name. */
export function sse(event: string, data: Record<string, unknown>): string {
  return `event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`;
}

function messageShell(model: string, usage: FakeUsage) {
  return {
    id: `msg_fake_${Math.random().toString(36).slice(2, 10)}`,
    type: 'message',
    role: 'assistant',
    model,
    content: [],
    stop_reason: null,
    stop_sequence: null,
    usage,
  };
}

function thinkingBlock(thinking: string) {
  return { type: 'thinking', thinking, signature: 'sig' };
}
