import type { FaultInjector } from './faults.js';
import type { RecordedRequest } from './types.js';

/** Counts over the recorded requests, for assertions and benchmarks. */
export interface FakeDiscordStats {
  readonly requests: number;
  /** By route pattern: `POST /channels/:channel/messages` -> 12. */
  readonly byRoute: Readonly<Record<string, number>>;
  readonly byStatus: Readonly<Record<string, number>>;
  /** Every 429 answered, injected or from the global limit. */
  readonly rateLimited: number;
  /** 429s from the global requests-per-second limit alone. */
  readonly globalRateLimited: number;
  /** 401, 403 and 429 answers: Discord bans an IP after 10,000 of these in 10 minutes. */
  readonly invalid: number;
  readonly faultsPending: number;
}

export function statsOf(
  requests: readonly RecordedRequest[],
  counters: { readonly globalRateLimited: number },
  faults: FaultInjector,
): FakeDiscordStats {
  const byRoute: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  for (const request of requests) {
    byRoute[request.route] = (byRoute[request.route] ?? 0) + 1;
    byStatus[String(request.status)] = (byStatus[String(request.status)] ?? 0) + 1;
  }
  const count = (status: number) => byStatus[String(status)] ?? 0;
  return {
    requests: requests.length,
    byRoute,
    byStatus,
    rateLimited: count(429),
    globalRateLimited: counters.globalRateLimited,
    invalid: count(401) + count(403) + count(429),
    faultsPending: faults.pending(),
  };
}
