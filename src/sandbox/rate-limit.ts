/**
 * A token bucket, as Data Center's rate limiting works (reference §B, §D): `requestsPerSecond`
 * tokens flow in, up to `burst`; a request without a token gets 429 and the seconds until the
 * next token. Unlike the random 429s of the fault dice, it rewards a client that slows down.
 */
export interface RateLimitOptions {
  requestsPerSecond: number;
  /** Bucket size (default: one second's worth). */
  burst?: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  /** Whole seconds until a token is free (at least 1), when refused. */
  retryAfter: number;
  remaining: number;
}

export class TokenBucket {
  private tokens: number;
  private last: number;
  readonly capacity: number;

  constructor(
    readonly options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(options.requestsPerSecond > 0)) throw new Error('sandbox: rate limit requestsPerSecond must be above 0');
    this.capacity = Math.max(1, options.burst ?? Math.ceil(options.requestsPerSecond));
    this.tokens = this.capacity;
    this.last = this.now();
  }

  take(): RateLimitVerdict {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.options.requestsPerSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { allowed: true, retryAfter: 0, remaining: Math.floor(this.tokens) };
    }
    const wait = (1 - this.tokens) / this.options.requestsPerSecond;
    return { allowed: false, retryAfter: Math.max(1, Math.ceil(wait)), remaining: 0 };
  }
}
