/** When and how long to wait before trying a request again. */
export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxRetries: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };

export const retryableStatuses: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Network failures worth another attempt (the host answered once, or the network hiccupped). */
export const retryableNetworkCodes: ReadonlySet<string> = new Set([
  'ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'EAI_AGAIN', 'ECONNREFUSED', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_BAD_RESPONSE',
]);

/** Codes that mean the request never left: retrying a write after them is safe. */
export const notSentNetworkCodes: ReadonlySet<string> = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENOTFOUND']);

/**
 * `Retry-After` is seconds or an HTTP date; returns milliseconds, or null when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined | null, now: number = Date.now()): number | null {
  if (value == null || value === '') return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/**
 * Exponential backoff with jitter (x0.7..1.3), never shorter than the server's Retry-After and
 * never longer than the cap (unless the server asks for longer).
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, retryAfterMs: number | null, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  const jittered = Math.round(exponential * (0.7 + 0.6 * random()));
  return retryAfterMs == null ? jittered : Math.max(retryAfterMs, Math.min(jittered, retryAfterMs + policy.baseDelayMs));
}
