import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultInjector, GlobalLimiter } from './faults.js';
import { apiError, readBody, writeReply } from './http-io.js';
import type { Json } from './json.js';
import { findRoute, type Route } from './router.js';
import type { Signal } from './signal.js';
import type { RecordedRequest, Reply } from './types.js';

const PREFIX = '/api/v10';

/** What the REST front door needs: routes, token, faults, limits, and where to record. */
export interface RestDeps {
  readonly routes: readonly Route[];
  readonly token: string;
  readonly faults: FaultInjector;
  readonly limiter: GlobalLimiter;
  readonly latency: Latency;
  readonly requests: RecordedRequest[];
  readonly counters: { globalRateLimited: number };
  readonly signal: Signal;
}

/** The delay before every answer; `release` answers the requests waiting it out at once. */
export class Latency {
  private readonly waiting = new Set<() => void>();

  constructor(public ms: number) {}

  wait(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.ms);
      this.waiting.add(done);
    });
  }

  release(): void {
    for (const done of [...this.waiting]) done();
  }
}

/**
 * The HTTP handler: records each request, then answers in Discord's order of checks: an injected
 * fault, the global rate limit (interaction routes are exempt, as on Discord), the bot token,
 * then the route. The optional latency delays every answer.
 */
export function createRestHandler(deps: RestDeps) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    handle(deps, request)
      .then((reply) => writeReply(response, reply))
      .catch((error: unknown) =>
        writeReply(response, apiError(500, 0, `Fake Discord bug: ${String(error)}`)),
      );
  };
}

async function handle(deps: RestDeps, request: IncomingMessage): Promise<Reply> {
  const time = Date.now();
  const url = new URL(request.url ?? '/', 'http://fake.invalid');
  const method = (request.method ?? 'GET').toUpperCase();
  const body = await readBody(request);
  const path = url.pathname.startsWith(PREFIX)
    ? decodeURIComponent(url.pathname.slice(PREFIX.length))
    : url.pathname;
  const match = url.pathname.startsWith(PREFIX) ? findRoute(deps.routes, method, path) : undefined;
  const record: RecordedRequest = {
    method,
    path,
    route: match ? `${method} ${match.route.pattern}` : `${method} ${path}`,
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, String(value)])),
    body: body.json,
    files: body.files,
    time,
    status: 0,
  };
  deps.requests.push(record);
  const interactionRoute = match?.route.auth === false;
  const fault = deps.faults.take(method, path, record.route);
  const limited = fault || interactionRoute ? undefined : deps.limiter.take(time);
  if (limited) deps.counters.globalRateLimited += 1;
  if (deps.latency.ms > 0) await deps.latency.wait();
  const reply = fault ?? limited ?? (await answer(deps, request, match, body, url, record));
  record.status = reply.status;
  deps.signal.notify();
  return reply;
}

async function answer(
  deps: RestDeps,
  request: IncomingMessage,
  match: ReturnType<typeof findRoute>,
  body: { json: unknown; files: RecordedRequest['files'] },
  url: URL,
  record: RecordedRequest,
): Promise<Reply> {
  if (!match) return apiError(404, 0, '404: Not Found');
  if (match.route.auth !== false && request.headers.authorization !== `Bot ${deps.token}`) {
    return apiError(401, 0, '401: Unauthorized');
  }
  const json = (body.json ?? {}) as Json;
  return match.route.handler({
    params: match.params,
    query: url.searchParams,
    body: json,
    files: body.files,
    request: record,
  });
}
