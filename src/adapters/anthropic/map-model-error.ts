import {
  AnthropicError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
} from '@anthropic-ai/sdk';
import type { ModelFailure } from '../../app/ports.js';

/**
 * The failure an SDK error stands for. Errors that reach the stream mid-answer carry no
 * status, only the API's error type, so both are looked at. A connection cut while the body
 * of a non-streamed reply is read is not wrapped by the SDK: fetch's own error is seen here
 * and is a network failure like any other. Anything else is a bug and is thrown again.
 */
export function mapModelError(error: unknown): ModelFailure {
  if (error instanceof APIConnectionTimeoutError) return failed('timed-out');
  if (error instanceof RateLimitError) return withRetryAfter(failed('rate-limited'), error.headers);
  if (error instanceof APIError && error.type === 'rate_limit_error') return failed('rate-limited');
  if (error instanceof OverloadedError) return failed('overloaded');
  if (error instanceof APIError && (error.status === 529 || error.type === 'overloaded_error')) {
    return failed('overloaded');
  }
  // A key that is wrong (401) or lacks access (403) needs an admin, not a retry.
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return failed('not-configured');
  }
  if (error instanceof AnthropicError || isConnectionCut(error)) return failed('unavailable');
  throw error;
}

// undici rejects a body read on a dropped socket with TypeError('terminated'), the socket error as cause.
function isConnectionCut(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return error.message === 'terminated' || (typeof code === 'string' && NETWORK_CODES.test(code));
}

const NETWORK_CODES = /^(UND_ERR_|ECONNRESET$|EPIPE$|ETIMEDOUT$|ECONNREFUSED$)/;

/** A failure with no more detail. */
export function failed(reason: ModelFailure['reason']): ModelFailure {
  return { kind: 'failed', reason };
}

function withRetryAfter(failure: ModelFailure, headers: Headers | undefined): ModelFailure {
  const seconds = retryAfterSeconds(headers);
  return seconds === undefined ? failure : { ...failure, retryAfterSeconds: seconds };
}

// Only the delta-seconds form: the API sends it, and an HTTP date would need the clock.
function retryAfterSeconds(headers: Headers | undefined): number | undefined {
  const millis = Number(headers?.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(millis) && millis > 0) return Math.ceil(millis / 1000);
  const seconds = Number(headers?.get('retry-after') ?? NaN);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}
