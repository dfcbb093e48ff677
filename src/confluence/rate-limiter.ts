/**
 * One limiter shared by every worker of a client: it caps requests in flight and, when any
 * request meets a 429, pauses everyone until the server's Retry-After has passed and halves the
 * concurrency, which then grows back by one per run of successes.
 */
export class RateLimiter {
  private inFlight = 0;
  private allowed: number;
  private pausedUntil = 0;
  private successesSinceSlowdown = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(
    private readonly maxConcurrent: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.allowed = Math.max(1, maxConcurrent);
  }

  get concurrency(): number {
    return this.allowed;
  }

  /** Waits for a slot and for any pause; call `release()` when the response is in. */
  async acquire(): Promise<void> {
    for (;;) {
      const wait = this.pausedUntil - Date.now();
      if (wait > 0) {
        await this.sleep(wait);
        continue;
      }
      if (this.inFlight < this.allowed) {
        this.inFlight++;
        return;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  release(outcome: 'ok' | 'throttled' | 'failed'): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (outcome === 'ok') {
      this.successesSinceSlowdown++;
      if (this.allowed < this.maxConcurrent && this.successesSinceSlowdown >= 20) {
        this.allowed++;
        this.successesSinceSlowdown = 0;
      }
    }
    this.wakeOne();
  }

  /** A 429 (or 503 with Retry-After) anywhere: everyone waits, and fewer run at once. */
  throttle(delayMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + delayMs);
    this.allowed = Math.max(1, Math.floor(this.allowed / 2));
    this.successesSinceSlowdown = 0;
  }

  private wakeOne(): void {
    const next = this.waiters.shift();
    if (next) next();
  }
}
