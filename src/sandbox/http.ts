import type { SandboxStore } from './store.js';
import type { Flavor } from './types.js';

/** Where the sandbox lives; shapes use it to build `_links`. */
export interface Site {
  flavor: Flavor;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `/wiki` on Cloud, the context path (maybe '') on Data Center. */
  context: string;
  /** origin + context: `_links.base`. */
  base: string;
  store: SandboxStore;
}

export interface RequestContext {
  method: string;
  /** Path after the API prefix, e.g. `/pages/123`. */
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  /** Parsed JSON, or a MultipartBody for `multipart/form-data`. */
  body: unknown;
  site: Site;
  /** Request headers, lower-case names (absent when a test calls a handler directly). */
  headers?: Record<string, string | string[] | undefined>;
}

export interface Reply {
  status: number;
  /** Serialized as JSON unless `raw` is set. */
  body?: unknown;
  raw?: Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => Reply;

export interface Route {
  method: string;
  /** Part of `pattern` that handlers do not see in `ctx.path` (e.g. `/wiki/api/v2`). */
  prefix?: string;
  /** Cloud deprecated this v1 endpoint in favour of v2 (CHANGE-864, reference §A.8). */
  deprecated?: boolean;
  /** Like `/pages/{id}/versions/{number}`. */
  pattern: string;
  handler: Handler;
}

export interface CompiledRoute extends Route {
  regex: RegExp;
  keys: string[];
}

export function compileRoutes(routes: Route[]): CompiledRoute[] {
  return routes.map((route) => {
    const keys: string[] = [];
    const source = route.pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
    return { ...route, regex: new RegExp(`^${source}$`), keys };
  });
}

export interface RouteMatch {
  route: CompiledRoute;
  params: Record<string, string>;
}

/** The route for this method and path; `methodMismatch` when the path exists with other methods. */
export function matchRoute(routes: CompiledRoute[], method: string, path: string): RouteMatch | 'methodMismatch' | undefined {
  let pathKnown = false;
  for (const route of routes) {
    const m = route.regex.exec(path);
    if (!m) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    route.keys.forEach((key, i) => {
      params[key] = safeDecode(m[i + 1] ?? '');
    });
    return { route, params };
  }
  return pathKnown ? 'methodMismatch' : undefined;
}

/** A malformed escape (`%E0%A4%A`) stays as sent: the lookup then simply finds nothing. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function json(body: unknown, status = 200, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

export function noContent(): Reply {
  return { status: 204 };
}

/** One part of a `multipart/form-data` body. */
export interface FormPart {
  name: string;
  filename: string | null;
  contentType: string | null;
  data: Buffer;
}

/** A request body sent as `multipart/form-data` (attachment uploads), as route handlers see it. */
export interface MultipartBody {
  kind: 'multipart';
  parts: FormPart[];
}

export function isMultipartBody(body: unknown): body is MultipartBody {
  return typeof body === 'object' && body !== null && (body as { kind?: unknown }).kind === 'multipart';
}

/** The boundary of a `multipart/form-data` content type, or null for any other type. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** Splits a multipart body into its parts; null when it is not well formed. */
export function parseMultipart(raw: Buffer, boundary: string): FormPart[] | null {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let at = raw.indexOf(delimiter);
  if (at < 0) return null;
  for (;;) {
    at += delimiter.length;
    if (raw.subarray(at, at + 2).toString() === '--') return parts;
    if (raw.subarray(at, at + 2).toString() !== '\r\n') return null;
    at += 2;
    const headerEnd = raw.indexOf('\r\n\r\n', at);
    if (headerEnd < 0) return null;
    const headers = raw.subarray(at, headerEnd).toString('utf8').split('\r\n');
    const next = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) return null;
    const disposition = headers.find((h) => /^content-disposition:/i.test(h)) ?? '';
    const type = headers.find((h) => /^content-type:/i.test(h));
    parts.push({
      name: headerParam(disposition, 'name') ?? '',
      filename: headerParam(disposition, 'filename'),
      contentType: type ? type.slice(type.indexOf(':') + 1).trim() : null,
      data: raw.subarray(headerEnd + 4, next),
    });
    at = next + 2;
  }
}

function headerParam(header: string, name: string): string | null {
  const extended = new RegExp(`;\\s*${name}\\*=(?:UTF-8|utf-8)''([^;]+)`).exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      return extended[1];
    }
  }
  const plain = new RegExp(`;\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`).exec(header) ?? new RegExp(`;\\s*${name}=([^;\\s]+)`).exec(header);
  return plain?.[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : null;
}
