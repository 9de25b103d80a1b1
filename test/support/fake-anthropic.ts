import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  errorBody,
  messageBody,
  sse,
  streamEvents,
  streamOpening,
  type FakeReply,
  type FakeUsage,
} from './fake-anthropic-replies.js';

export * from './fake-anthropic-replies.js';

/** A request the fake received, as sent. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the SDK sent
  readonly body: any;
}

/** A local Anthropic-compatible Messages API (POST /v1/messages) with scripted replies. */
export interface FakeAnthropic {
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  /** Queues replies, one per request, in order. With none left the fake answers 500. */
  reply(...replies: FakeReply[]): void;
  close(): Promise<void>;
}

const OUTPUT_TOKENS = 42;

/**
 * Starts the fake on 127.0.0.1 at a random port. It accepts the key as `Authorization:
 * Bearer` or `x-api-key` (401 when it is not `apiKey`), requires `anthropic-version`, and
 * answers JSON or SSE as the request's `stream` asks. Usage counts ~4 characters a token;
 * the prefix up to the last `cache_control` block is written to a cache on first sight and
 * read from it after (the real API's minimum cacheable length is not modelled).
 */
export async function startFakeAnthropic(options: { apiKey: string }): Promise<FakeAnthropic> {
  const requests: RecordedRequest[] = [];
  const queue: FakeReply[] = [];
  const cached = new Set<string>();

  const server = createServer((req, res) => {
    readBody(req)
      .then(async (raw) => {
        const body = safeJson(raw);
        requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
        const refusal = refuse(req, body, options.apiKey);
        if (refusal) return send(res, refusal.status, errorBody(refusal.type, refusal.message));
        const reply = queue.shift() ?? { kind: 'error', status: 500, type: 'api_error' };
        await answer(res, reply, body, usageFor(body, cached));
      })
      // The client may hang up first (a timeout); there is no one left to answer.
      .catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => void queue.push(...replies),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function refuse(req: IncomingMessage, body: unknown, apiKey: string) {
  if (req.method !== 'POST' || req.url?.split('?')[0] !== '/v1/messages') {
    return { status: 404, type: 'not_found_error', message: `No route ${req.method} ${req.url}` };
  }
  const key = req.headers['x-api-key'] ?? req.headers.authorization?.replace(/^Bearer /, '');
  if (key !== apiKey) return { status: 401, type: 'authentication_error', message: 'invalid x-api-key' };
  if (!req.headers['anthropic-version']) {
    return { status: 400, type: 'invalid_request_error', message: 'anthropic-version header is required' };
  }
  if (body === undefined) return { status: 400, type: 'invalid_request_error', message: 'body is not JSON' };
  return undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function answer(res: ServerResponse, reply: FakeReply, body: any, usage: FakeUsage): Promise<void> {
  const model = String(body.model);
  switch (reply.kind) {
    case 'error':
      return send(res, reply.status, errorBody(reply.type, `fake ${reply.type}`), reply.headers);
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      if (res.destroyed) return;
      return answer(res, reply.reply, body, usage);
    case 'text': {
      const chunks = typeof reply.text === 'string' ? [reply.text] : reply.text;
      if (!body.stream) return send(res, 200, messageBody(model, chunks.join(''), usage, reply.thinking));
      const events = streamEvents(model, chunks, usage, reply.thinking);
      if (reply.gapMs !== undefined) return streamSlowly(res, events, reply.gapMs);
      return streamOut(res, events, true);
    }
    case 'stream-error': {
      const failure = sse('error', { error: { type: reply.type, message: `fake ${reply.type}` } });
      return streamOut(res, [...streamOpening(model, reply.chunks, usage), failure], true);
    }
    case 'stall':
      return streamOut(res, streamOpening(model, reply.chunks, usage), false);
    case 'cut':
      return cutOff(res, body.stream === true, model, reply.text, usage);
  }
}

/** Promises the whole body (content-length), sends half of it, then drops the connection. */
function cutOff(res: ServerResponse, stream: boolean, model: string, text: string, usage: FakeUsage): void {
  const whole = stream ? streamEvents(model, [text], usage).join('') : messageBody(model, text, usage);
  const bytes = Buffer.from(whole, 'utf8');
  const type = stream ? 'text/event-stream' : 'application/json';
  res.writeHead(200, { 'content-type': type, 'content-length': String(bytes.length) });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy());
}

function streamOut(res: ServerResponse, events: readonly string[], end: boolean): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const event of events) res.write(event);
  if (end) res.end();
}

/** Streams the events with a pause before each text delta, as a model writing at its own pace. */
async function streamSlowly(res: ServerResponse, events: readonly string[], gapMs: number): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const event of events) {
    if (event.includes('"text_delta"')) await new Promise((resolve) => setTimeout(resolve, gapMs));
    if (res.destroyed) return;
    res.write(event);
  }
  res.end();
}

function send(res: ServerResponse, status: number, json: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_fake', ...headers });
  res.end(json);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function usageFor(body: any, cached: Set<string>): FakeUsage {
  const system: unknown[] = Array.isArray(body?.system) ? body.system : [];
  const last = system.findLastIndex((block) => (block as { cache_control?: unknown }).cache_control);
  const prefix = last < 0 ? '' : JSON.stringify([body.model, system.slice(0, last + 1)]);
  const prefixTokens = Math.ceil(prefix.length / 4);
  const hit = prefix !== '' && cached.has(prefix);
  if (prefix !== '') cached.add(prefix);
  return {
    input_tokens: Math.max(1, Math.ceil(JSON.stringify(body ?? {}).length / 4) - prefixTokens),
    output_tokens: OUTPUT_TOKENS,
    cache_read_input_tokens: hit ? prefixTokens : 0,
    cache_creation_input_tokens: hit ? 0 : prefixTokens,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
