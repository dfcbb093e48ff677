import axios, { type AxiosInstance } from 'axios';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { z } from 'zod';
import { ExitCode } from '../errors.js';
import { authorizationHeader, redact, secretSpellings, type Credentials } from './auth.js';
import { isSameOrigin, type SiteUrls } from './base-url.js';
import { ConfluenceHttpError, WriteOutcomeUnknownError, errorForStatus } from './http-error.js';
import type { RateLimiter } from './rate-limiter.js';
import {
  backoffDelay, notSentNetworkCodes, parseRetryAfter, retryableNetworkCodes, retryableStatuses, type RetryPolicy,
} from './retry.js';
import { describeZodIssue } from './schemas.js';
import { makeFolder } from '../files/make-folder.js';

/** What one client run cost; the export's `--json` summary reports it. */
export interface ClientStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  retries: number;
  bytesReceived: number;
  /** Responses with 429 (or 503 + Retry-After). */
  throttled: number;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type Params = Record<string, string | number | boolean | undefined | null>;

export interface HttpRequest {
  method: Method;
  /** Absolute URL on the site's origin. */
  url: string;
  params?: Params;
  json?: unknown;
  /** A body sent as is (multipart uploads); its Content-Type goes in `headers`. */
  raw?: Buffer;
  headers?: Record<string, string>;
  /** 404 is an answer, not an error (the caller decides). */
  allowNotFound?: boolean;
  /**
   * Stream a successful answer into this file (temp file + rename) instead of memory; the
   * returned body is then empty. For attachments, which can be large.
   */
  toFile?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  url: string;
}

export interface TransportOptions {
  site: SiteUrls;
  credentials: Credentials;
  limiter: RateLimiter;
  retry: RetryPolicy;
  timeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The only place that talks HTTP: auth header, same-origin rule, shared rate limiter, retries,
 * timeouts, statistics. Errors it throws carry no credentials and name the endpoint.
 */
export class Transport {
  readonly stats: ClientStats = { requests: 0, retries: 0, bytesReceived: 0, throttled: 0 };
  /** Whether the host has answered any request yet (a refused connection before that is not worth a long backoff). */
  private hostAnswered = false;
  readonly site: SiteUrls;
  private readonly http: AxiosInstance;
  private readonly secrets: string[];
  private readonly auth: string;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: TransportOptions) {
    this.site = options.site;
    this.auth = authorizationHeader(options.credentials);
    this.secrets = secretSpellings(options.credentials);
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.http = axios.create({
      timeout: options.timeoutMs,
      maxRedirects: 0,
      responseType: 'arraybuffer',
      validateStatus: () => true,
      transformResponse: [],
      proxy: false,
    });
  }

  /** Sends with retries; returns any 2xx (and 404 when allowed); throws a ConfluenceHttpError otherwise. */
  async send(request: HttpRequest): Promise<HttpResponse> {
    // POST and PUT are not idempotent: after an unknown outcome only the caller may retry them.
    // DELETE is (deleting twice leaves the same state), so it is retried like a read.
    const isWrite = request.method === 'POST' || request.method === 'PUT';
    let url = this.checkedUrl(request.url, request);
    let redirects = 0;
    for (let attempt = 0; ; attempt++) {
      await this.options.limiter.acquire();
      let outcome: 'ok' | 'throttled' | 'failed' = 'failed';
      let retryIn: number | null = null;
      try {
        const step = await this.attempt(request, url, attempt, isWrite);
        outcome = step.outcome;
        if (step.kind === 'done') return step.response;
        if (step.kind === 'redirect') {
          if (++redirects > 5) throw new ConfluenceHttpError(`${this.endpoint(request.method, url)}: more than 5 redirects`, null, this.endpoint(request.method, url));
          url = step.url;
          attempt--;
          continue;
        }
        retryIn = step.delay;
      } catch (error) {
        if (error instanceof ConfluenceHttpError) throw this.clean(error);
        retryIn = this.networkFailure(error, request.method, url, attempt, isWrite);
      } finally {
        this.options.limiter.release(outcome);
      }
      this.stats.retries++;
      await this.sleep(retryIn);
    }
  }

  private async attempt(
    request: HttpRequest,
    url: string,
    attempt: number,
    isWrite: boolean,
  ): Promise<
    | { kind: 'done'; response: HttpResponse; outcome: 'ok' }
    | { kind: 'redirect'; url: string; outcome: 'ok' }
    | { kind: 'retry'; delay: number; outcome: 'throttled' | 'failed' }
  > {
    this.stats.requests++;
    const response = await this.http.request<ArrayBuffer | Readable>({
      method: request.method,
      url,
      params: cleanParams(request.params),
      data: request.raw ?? (request.json === undefined ? undefined : JSON.stringify(request.json)),
      responseType: request.toFile ? 'stream' : 'arraybuffer',
      headers: {
        Authorization: this.auth,
        Accept: 'application/json',
        ...(request.json === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(request.method !== 'GET' ? { 'X-Atlassian-Token': 'no-check' } : {}),
        ...request.headers,
      },
    });
    const headers = lowerHeaders(response.headers as Record<string, unknown>);
    const status = response.status;
    this.hostAnswered = true;
    let body: Buffer;
    if (response.data instanceof Readable) {
      if (status >= 200 && status < 300 && request.toFile) {
        this.stats.bytesReceived += await streamToFile(response.data, request.toFile);
        return { kind: 'done', response: { status, headers, body: Buffer.alloc(0), url }, outcome: 'ok' };
      }
      body = await streamToBuffer(response.data);
    } else {
      // axios hands Node a Buffer already (responseType 'arraybuffer'): use it, not a copy of it.
      const data = response.data;
      body = Buffer.isBuffer(data) ? data : Buffer.from(data ?? new ArrayBuffer(0));
    }
    this.stats.bytesReceived += body.length;
    const endpoint = this.endpoint(request.method, url);
    if (status >= 300 && status < 400 && headers.location) {
      const target = new URL(headers.location, url).toString();
      if (!isSameOrigin(this.site, target)) {
        throw new ConfluenceHttpError(
          `${endpoint}: refused a redirect to another host (${safeHost(target)}); credentials are only sent to ${new URL(this.site.origin).host}`,
          status,
          endpoint,
        );
      }
      if (isWrite) throw errorForStatus(status, endpoint, '');
      return { kind: 'redirect', url: target, outcome: 'ok' };
    }
    if ((status >= 200 && status < 300) || (status === 404 && request.allowNotFound)) {
      return { kind: 'done', response: { status, headers, body, url }, outcome: 'ok' };
    }
    const retryAfter = parseRetryAfter(headers['retry-after']);
    const throttled = status === 429 || (status === 503 && retryAfter != null);
    if (throttled) {
      this.stats.throttled++;
      this.options.limiter.throttle(retryAfter ?? backoffDelay(attempt, this.options.retry, null));
    }
    // A throttled request was refused before any work was done; any other 5xx on a write leaves
    // the outcome unknown, and only the caller can check the page before trying again.
    const mayRetry = retryableStatuses.has(status) && (!isWrite || throttled);
    if (isWrite && !mayRetry && retryableStatuses.has(status)) {
      throw new WriteOutcomeUnknownError(endpoint, `HTTP ${status}`);
    }
    if (mayRetry && attempt < this.options.retry.maxRetries) {
      return { kind: 'retry', delay: backoffDelay(attempt, this.options.retry, retryAfter), outcome: throttled ? 'throttled' : 'failed' };
    }
    throw errorForStatus(status, endpoint, body.toString('utf8'));
  }

  /** Returns the delay before another attempt, or throws the error the user should see. */
  private networkFailure(error: unknown, method: Method, url: string, attempt: number, isWrite: boolean): number {
    const code = networkCode(error);
    const endpoint = this.endpoint(method, url);
    const host = safeHost(url);
    if (code === 'ENOTFOUND') {
      throw new ConfluenceHttpError(`Cannot reach ${host}: the host name does not resolve. Check --base-url`, null, endpoint);
    }
    const tls = tlsProblem(code, error);
    if (tls) throw new ConfluenceHttpError(`Cannot reach ${host} over https: ${tls}`, null, endpoint, ExitCode.usage);
    if (isWrite && !(code != null && notSentNetworkCodes.has(code))) {
      throw new WriteOutcomeUnknownError(endpoint, code ?? 'network error');
    }
    // A host that has refused every connection since the run began is most likely the wrong
    // address or down: say so after one more try instead of backing off for half a minute.
    const refusedFromTheStart = code === 'ECONNREFUSED' && !this.hostAnswered && attempt >= 1;
    if (code != null && retryableNetworkCodes.has(code) && attempt < this.options.retry.maxRetries && !refusedFromTheStart) {
      return backoffDelay(attempt, this.options.retry, null);
    }
    if (code === 'ECONNREFUSED') {
      throw new ConfluenceHttpError(`Cannot reach ${host}: connection refused. Check --base-url and that the server is up`, null, endpoint);
    }
    throw new ConfluenceHttpError(`${endpoint}: network error (${code ?? 'unknown'}) after ${attempt + 1} attempts`, null, endpoint, ExitCode.somePagesFailed);
  }

  /**
   * Sends and validates the JSON with `schema`; errors name the endpoint and field. A GET whose
   * JSON arrives cut short (a dropped stream) is sent again like any other transient failure.
   */
  async json<T>(request: HttpRequest, schema: z.ZodType<T>): Promise<{ data: T; headers: Record<string, string>; status: number; url: string }> {
    for (let attempt = 0; ; attempt++) {
      const response = await this.send(request);
      const endpoint = this.endpoint(request.method, response.url);
      if (response.status === 404) return { data: undefined as T, headers: response.headers, status: 404, url: response.url };
      const contentType = response.headers['content-type'] ?? '';
      let parsed: unknown;
      try {
        parsed = response.body.length === 0 ? null : JSON.parse(response.body.toString('utf8'));
      } catch {
        if (request.method === 'GET' && contentType.includes('json') && attempt < this.options.retry.maxRetries) {
          this.stats.retries++;
          await this.sleep(backoffDelay(attempt, this.options.retry, null));
          continue;
        }
        const what = contentType.includes('json') ? 'incomplete JSON' : `${contentType || 'something else'} instead of JSON`;
        throw new ConfluenceHttpError(`${endpoint}: the server sent ${what}. Is --base-url the Confluence base URL?`, response.status, endpoint, ExitCode.somePagesFailed);
      }
      const result = schema.safeParse(parsed);
      if (!result.success) {
        throw new ConfluenceHttpError(`${endpoint}: unexpected response shape: ${describeZodIssue(result.error)}`, response.status, endpoint, ExitCode.somePagesFailed);
      }
      return { data: result.data, headers: response.headers, status: response.status, url: response.url };
    }
  }

  /** Resolves a link from a response against `relativeTo` and refuses other origins. */
  resolveLink(link: string, relativeTo: string): string {
    const absolute = /^https?:\/\//i.test(link) ? link : `${relativeTo.replace(/\/+$/, '')}${link.startsWith('/') ? '' : '/'}${link}`;
    if (!isSameOrigin(this.site, absolute)) {
      throw new ConfluenceHttpError(
        `Refused to follow a link to another host (${safeHost(absolute)}); credentials are only sent to ${new URL(this.site.origin).host}`,
        null,
        'link',
      );
    }
    return absolute;
  }

  redact(text: string): string {
    return redact(text, this.secrets);
  }

  private checkedUrl(url: string, request: HttpRequest): string {
    if (!isSameOrigin(this.site, url)) {
      throw new ConfluenceHttpError(
        `${request.method} refused: ${safeHost(url)} is not the configured site; credentials are only sent to ${new URL(this.site.origin).host}`,
        null,
        request.method,
      );
    }
    return url;
  }

  private endpoint(method: string, url: string): string {
    try {
      return `${method} ${new URL(url).pathname}`;
    } catch {
      return method;
    }
  }

  private clean<E extends ConfluenceHttpError>(error: E): E {
    const message = this.redact(error.message);
    if (message !== error.message) {
      return new ConfluenceHttpError(message, error.status, error.endpoint, error.exitCode) as E;
    }
    return error;
  }
}

function cleanParams(params: Params | undefined): Record<string, string> | undefined {
  if (!params) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null) out[k] = String(v);
  return out;
}

function lowerHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v == null) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

function networkCode(error: unknown): string | null {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; cause?: { code?: unknown } };
    if (typeof e.code === 'string') return e.code;
    if (e.cause && typeof e.cause.code === 'string') return e.cause.code;
  }
  return null;
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an unreadable URL';
  }
}

/** Writes a response stream to `path` through a temporary file; returns the byte count. */
async function streamToFile(stream: Readable, path: string): Promise<number> {
  await makeFolder(dirname(path));
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.part`;
  let bytes = 0;
  stream.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  try {
    await pipeline(stream, createWriteStream(temp));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return bytes;
}

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Certificate failures Node reports (OpenSSL's verify codes and Node's own). */
const certificateCodes: ReadonlySet<string> = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_UNTRUSTED', 'CERT_REVOKED', 'CERT_SIGNATURE_FAILURE',
  'CERT_REJECTED', 'INVALID_CA',
]);

/**
 * What went wrong setting up TLS, in words a user can act on, or null when it was not TLS. These
 * never pass on retry, so they stop the run (exit 2) at once.
 */
function tlsProblem(code: string | null, error: unknown): string | null {
  const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `the server's certificate is for another host name (${reason}); use the host name the certificate names in --base-url`;
  }
  if (code !== null && certificateCodes.has(code)) {
    return (
      `the server's certificate is not trusted (${code}: ${reason}). If the site uses a private or self-signed certificate authority, ` +
      'point NODE_EXTRA_CA_CERTS at its certificate (PEM), e.g. NODE_EXTRA_CA_CERTS=/path/to/corp-ca.pem wikiport …; never turn verification off'
    );
  }
  if (code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER' || (code !== null && /^ERR_SSL_|^ERR_TLS_/.test(code))) {
    return (
      `the TLS handshake failed (${code}: ${reason}). Is it an https server on that port (an http-only port answers https with this)? ` +
      'A proxy that inspects TLS needs its certificate in NODE_EXTRA_CA_CERTS'
    );
  }
  return null;
}
