import type { Json } from './json.js';
import type { RecordedFile, RecordedRequest, Reply } from './types.js';

/** What a route handler gets: path parameters, query, JSON body and files. */
export interface RouteContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: Json;
  readonly files: readonly RecordedFile[];
  readonly request: RecordedRequest;
}

export type Handler = (context: RouteContext) => Reply | Promise<Reply>;

/** One REST route; `auth: false` for interaction routes, which carry their token in the path. */
export interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly handler: Handler;
  readonly auth?: boolean;
}

/** The params when `path` fits `pattern` (`/channels/:channel/messages`), else undefined. */
export function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = got[index] ?? '';
    if (part.startsWith(':')) {
      if (actual === '') return undefined;
      params[part.slice(1)] = actual;
    } else if (part !== '*' && part !== actual) {
      return undefined;
    }
  }
  return params;
}

export function findRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPattern(route.pattern, path);
    if (params) return { route, params };
  }
  return undefined;
}
