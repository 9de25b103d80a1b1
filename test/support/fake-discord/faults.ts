import { apiError } from './http-io.js';
import { matchPattern } from './router.js';
import type { Reply } from './types.js';

/** Which requests a fault hits: a method (any when absent) and a path or path pattern below /api/v10. */
export interface FaultTarget {
  readonly method?: string;
  /** `/users/@me/channels`, `/channels/:id/messages`, or a RegExp over the path. */
  readonly path: string | RegExp;
  /** How many matching requests fail; default 1, `Infinity` for all. */
  readonly times?: number;
  /** How many matching requests go through untouched before the fault hits; default 0. */
  readonly after?: number;
}

/** A fault to inject: an error answer, or a 429 with Discord's rate-limit headers. */
export type FaultSpec = FaultTarget &
  (
    | { readonly kind: 'error'; readonly status: number; readonly code?: number; readonly message?: string }
    | { readonly kind: 'rate-limit'; readonly retryAfterMs?: number; readonly global?: boolean }
  );

/** Options for a 429: how long to wait, and whether it is the global limit. */
export interface RateLimitOptions {
  readonly retryAfterMs: number;
  readonly global?: boolean;
  readonly bucket?: string;
  readonly limit?: number;
}

/**
 * A 429 as Discord sends it. Retry-After is in seconds; Discord rounds it up to whole seconds,
 * here it keeps milliseconds so tests stay fast (discord.js parses either).
 */
export function rateLimitReply(options: RateLimitOptions): Reply {
  const seconds = options.retryAfterMs / 1000;
  const body = {
    message: 'You are being rate limited.',
    retry_after: seconds,
    global: options.global ?? false,
  };
  if (options.global) {
    return {
      status: 429,
      body: { ...body, code: 0 },
      headers: {
        'retry-after': String(seconds),
        'x-ratelimit-global': 'true',
        'x-ratelimit-scope': 'global',
      },
    };
  }
  return {
    status: 429,
    body,
    headers: {
      'retry-after': String(seconds),
      'x-ratelimit-limit': String(options.limit ?? 5),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': ((Date.now() + options.retryAfterMs) / 1000).toFixed(3),
      'x-ratelimit-reset-after': seconds.toFixed(3),
      'x-ratelimit-bucket': options.bucket ?? 'fake-bucket',
      'x-ratelimit-scope': 'user',
    },
  };
}

interface Armed {
  readonly spec: FaultSpec;
  left: number;
  /** Matching requests still to let through before failing. */
  passing: number;
}

/** Faults waiting to hit matching requests, in the order they were injected. */
export class FaultInjector {
  private armed: Armed[] = [];

  inject(spec: FaultSpec): void {
    this.armed.push({ spec, left: spec.times ?? 1, passing: spec.after ?? 0 });
  }

  clear(): void {
    this.armed = [];
  }

  /** How many injected failures are still to come. */
  pending(): number {
    return this.armed.reduce((sum, fault) => sum + fault.left, 0);
  }

  /** The reply of the first fault matching this request, consuming one of its uses. */
  take(method: string, path: string, route: string): Reply | undefined {
    const fault = this.armed.find((candidate) => candidate.left > 0 && matches(candidate.spec, method, path));
    if (!fault) return undefined;
    if (fault.passing > 0) {
      fault.passing -= 1;
      return undefined;
    }
    fault.left -= 1;
    const { spec } = fault;
    if (spec.kind === 'rate-limit') {
      const bucket = `fake:${route}`.replace(/[^a-zA-Z0-9:]/g, '');
      return rateLimitReply({ retryAfterMs: spec.retryAfterMs ?? 100, global: spec.global ?? false, bucket });
    }
    return apiError(spec.status, spec.code ?? 0, spec.message ?? `${spec.status}: Fake Discord fault`);
  }
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method) return false;
  if (spec.path instanceof RegExp) return spec.path.test(path);
  return matchPattern(spec.path, path) !== undefined;
}

/** Discord's global limit: at most `perSecond` requests in each one-second window. */
export class GlobalLimiter {
  private windowStart = 0;
  private count = 0;

  constructor(public perSecond: number | null) {}

  /** A global 429 when this request is over the limit; otherwise counts it. */
  take(now: number): Reply | undefined {
    if (this.perSecond === null) return undefined;
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.count = 0;
    }
    if (this.count >= this.perSecond) {
      return rateLimitReply({ retryAfterMs: Math.max(1, this.windowStart + 1000 - now), global: true });
    }
    this.count += 1;
    return undefined;
  }
}
