import { TokenBucket } from './rate-limit.js';
import type { FaultOptions } from './types.js';

export type FaultKind = 'none' | '429' | '5xx' | 'status' | 'drop' | 'truncate';

export interface FaultDecision {
  kind: FaultKind;
  /** For '429' and '5xx'. */
  status?: number;
  /** Retry-After seconds to send, if any. */
  retryAfter?: number;
  /** Set when the token bucket (not the dice) refused the request. */
  bucket?: boolean;
}

/** A fault to serve to the next matching requests, regardless of the rates. */
export interface ScriptedFault {
  kind: Exclude<FaultKind, 'none'>;
  /** For kind '5xx' or 'status' (any status, e.g. 404 or 500). Default 503 for '5xx'. */
  status?: number;
  retryAfter?: number;
  method?: string;
  /** Substring or pattern of the request path (with query). */
  path?: string | RegExp;
  /** How many requests get it (default 1). */
  times?: number;
}

/** mulberry32: a tiny, good-enough seeded generator; the same seed gives the same dice. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fiveHundreds = [502, 503, 504] as const;

/**
 * Decides, request by request, whether to misbehave: scripted faults first (tests name the
 * request they want to fail), then the configured rates, drawn from one seeded generator in
 * arrival order so that a run is reproducible.
 */
export class FaultInjector {
  private options: FaultOptions;
  private random: () => number;
  private scripted: Array<ScriptedFault & { left: number }> = [];
  private bucket: TokenBucket | undefined;

  constructor(options: FaultOptions = {}) {
    this.options = options;
    this.random = seededRandom(options.seed ?? 1);
    this.bucket = options.rateLimit ? new TokenBucket(options.rateLimit) : undefined;
  }

  /** Replaces the rates (and reseeds: the same seed replays the same faults). */
  configure(options: FaultOptions): void {
    this.options = options;
    this.random = seededRandom(options.seed ?? 1);
    this.bucket = options.rateLimit ? new TokenBucket(options.rateLimit) : undefined;
  }

  get settings(): Readonly<FaultOptions> {
    return this.options;
  }

  get latencyMs(): number {
    return this.options.latencyMs ?? 0;
  }

  /** Queues a fault for the next matching request(s). */
  inject(fault: ScriptedFault): void {
    this.scripted.push({ ...fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.scripted = [];
  }

  decide(method: string, path: string): FaultDecision {
    const scripted = this.scripted.find((f) => f.left > 0 && matchesMethod(f.method, method) && matchesPath(f.path, path));
    if (scripted) {
      scripted.left--;
      this.scripted = this.scripted.filter((f) => f.left > 0);
      return fromScripted(scripted);
    }
    if (this.bucket) {
      const verdict = this.bucket.take();
      if (!verdict.allowed) return { kind: '429', status: 429, retryAfter: verdict.retryAfter, bucket: true };
    }
    const o = this.options;
    if (!o.rate429 && !o.rate5xx && !o.rateDrop && !o.rateTruncate) return { kind: 'none' };
    if (o.methods && !o.methods.some((m) => m.toUpperCase() === method)) return { kind: 'none' };
    if (o.pathPattern !== undefined && !matchesPath(o.pathPattern, path)) return { kind: 'none' };
    const roll = this.random();
    const retryAfter = o.retryAfterSeconds ?? 1;
    let threshold = o.rate429 ?? 0;
    if (roll < threshold) return { kind: '429', status: 429, retryAfter };
    threshold += o.rate5xx ?? 0;
    if (roll < threshold) {
      const status = fiveHundreds[Math.floor(this.random() * fiveHundreds.length)] ?? 503;
      return status === 503 ? { kind: '5xx', status, retryAfter } : { kind: '5xx', status };
    }
    threshold += o.rateDrop ?? 0;
    if (roll < threshold) return { kind: 'drop' };
    threshold += o.rateTruncate ?? 0;
    if (roll < threshold) return { kind: 'truncate' };
    return { kind: 'none' };
  }
}

function fromScripted(f: ScriptedFault): FaultDecision {
  switch (f.kind) {
    case '429':
      return { kind: '429', status: 429, retryAfter: f.retryAfter ?? 1 };
    case '5xx':
    case 'status':
      return { kind: f.kind, status: f.status ?? 503, ...(f.retryAfter !== undefined ? { retryAfter: f.retryAfter } : {}) };
    default:
      return { kind: f.kind };
  }
}

function matchesMethod(expected: string | undefined, method: string): boolean {
  return expected === undefined || expected.toUpperCase() === method;
}

function matchesPath(pattern: string | RegExp | undefined, path: string): boolean {
  if (pattern === undefined) return true;
  return typeof pattern === 'string' ? path.includes(pattern) : pattern.test(path);
}
