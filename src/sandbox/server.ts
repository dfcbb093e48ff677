// sandbox/: a local Confluence-compatible REST server (Cloud v1/v2, Data Center) for the demo, tests and benchmarks, with fault injection.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultAuth, isAuthorized } from './auth.js';
import { SandboxHttpError, cloudUnauthorizedBody, dcUnauthorizedPage, errorBody, v1ErrorBody, v2ErrorBody } from './errors.js';
import type { ErrorStyle } from './errors.js';
import { FaultInjector } from './faults.js';
import type { FaultDecision } from './faults.js';
import { generateSpace } from './generate.js';
import type { CompiledRoute, Reply, Site } from './http.js';
import { compileRoutes, matchRoute } from './http.js';
import { sandboxRouteTable } from './route-table.js';
import { loadFixturePages } from './fixture-pages.js';
import { defaultDataDir, defaultFixturePagesDir, loadSeedData } from './seed-data.js';
import { SandboxStore } from './store.js';
import type { Flavor, SandboxAuth, SandboxOptions, SandboxStats } from './types.js';

export interface Sandbox {
  /** What a client uses as its base URL: `http://127.0.0.1:PORT/wiki` (Cloud) or origin + context path (DC). */
  baseUrl: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  flavor: Flavor;
  /** The credentials the server accepts. */
  auth: SandboxAuth;
  stats: SandboxStats;
  store: SandboxStore;
  faults: FaultInjector;
  /** Zeroes the counters (e.g. between two export runs). */
  resetStats(): void;
  close(): Promise<void>;
}

const maxBodyBytes = 5 * 1024 * 1024;

function emptyStats(): SandboxStats {
  return { requests: 0, byRoute: {}, byStatus: {}, bytesSent: 0, status429: 0, status5xx: 0, dropped: 0, truncated: 0 };
}

/** Starts a Confluence-compatible server on 127.0.0.1 (see README, `wikiport sandbox`). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const flavor = options.flavor ?? 'cloud';
  const context = flavor === 'cloud' ? '/wiki' : normalizeContext(options.contextPath ?? '');
  const auth = options.auth ?? defaultAuth(flavor);
  const store = new SandboxStore();
  if (options.data !== false) loadSeedData(store, options.data ?? defaultDataDir(), flavor);
  if (options.data === undefined && options.samplePages !== false) loadFixturePages(store, defaultFixturePagesDir(), flavor);
  if (options.generate) generateSpace(store, options.generate, flavor);
  const faults = new FaultInjector(options.faults);
  const routes = compileRoutes(sandboxRouteTable(flavor, context));
  const stats = emptyStats();
  const site: Site = { flavor, origin: '', context, base: '', store };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.requests++;
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', site.origin);
    const style: ErrorStyle = url.pathname.startsWith('/wiki/api/v2') ? 'v2' : 'v1';
    const match = matchRoute(routes, method, url.pathname);
    const routeKey = match && match !== 'methodMismatch' ? `${method} ${match.route.pattern}` : `${method} (unrouted)`;
    stats.byRoute[routeKey] = (stats.byRoute[routeKey] ?? 0) + 1;

    if (faults.latencyMs > 0) await delay(faults.latencyMs);

    if (!isAuthorized(req.headers.authorization, auth)) {
      await drain(req);
      if (flavor === 'dc') return send(res, { status: 401, raw: Buffer.from(dcUnauthorizedPage()), contentType: 'text/html;charset=UTF-8', headers: { 'WWW-Authenticate': 'Basic realm="Protected"' } });
      return send(res, { status: 401, body: cloudUnauthorizedBody(), headers: { 'WWW-Authenticate': 'Basic realm="Protected"' } });
    }

    const fault = faults.decide(method, url.pathname + url.search);
    if (fault.kind === 'drop') {
      stats.dropped++;
      req.socket.destroy();
      return;
    }
    if (fault.kind === '429' || fault.kind === '5xx' || fault.kind === 'status') {
      await drain(req);
      return send(res, faultReply(fault, style));
    }

    if (!match) {
      await drain(req);
      return send(res, errorReply(style, new SandboxHttpError(404, `No API at ${url.pathname}`)));
    }
    if (match === 'methodMismatch') {
      await drain(req);
      return send(res, errorReply(style, new SandboxHttpError(405, `${method} is not supported at ${url.pathname}`)));
    }

    const deprecation = flavor === 'cloud' && match.route.deprecated ? (options.v1Deprecation ?? 'headers') : 'none';
    if (deprecation === 'gone') {
      await drain(req);
      return send(res, { status: 410, body: goneBody() });
    }

    let body: unknown;
    if (method === 'POST' || method === 'PUT') {
      const raw = await readBody(req);
      if (raw === 'tooLarge') return send(res, errorReply(style, new SandboxHttpError(413, 'The request is larger than 5 MB')));
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          return send(res, errorReply(style, new SandboxHttpError(400, 'The request body is not valid JSON')));
        }
      }
    } else {
      await drain(req);
    }

    let reply: Reply;
    try {
      reply = match.route.handler({ method, path: stripPrefix(url.pathname, match.route), query: url.searchParams, params: match.params, body, site });
    } catch (error) {
      if (!(error instanceof SandboxHttpError)) throw error;
      reply = errorReply(style, error);
    }
    if (deprecation === 'headers') reply.headers = { ...reply.headers, ...deprecationHeaders };
    return send(res, reply, fault.kind === 'truncate');
  }

  function send(res: ServerResponse, reply: Reply, truncate = false): void {
    let payload = reply.raw ?? (reply.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(reply.body), 'utf8'));
    if (truncate && reply.raw === undefined && payload.length > 1) {
      payload = payload.subarray(0, Math.floor(payload.length / 2));
      stats.truncated++;
    }
    const headers: Record<string, string | number> = { ...reply.headers };
    if (payload.length > 0 || reply.status !== 204) {
      headers['Content-Type'] = reply.contentType ?? 'application/json;charset=UTF-8';
      headers['Content-Length'] = payload.length;
    }
    stats.byStatus[String(reply.status)] = (stats.byStatus[String(reply.status)] ?? 0) + 1;
    if (reply.status === 429) stats.status429++;
    if (reply.status >= 500) stats.status5xx++;
    stats.bytesSent += payload.length;
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  site.origin = `http://127.0.0.1:${port}`;
  site.base = site.origin + context;

  return {
    baseUrl: site.base,
    origin: site.origin,
    port,
    flavor,
    auth,
    stats,
    store,
    faults,
    resetStats() {
      Object.assign(stats, emptyStats());
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const deprecationHeaders = {
  Deprecation: 'Wed, 1 Mar 2023 00:00:00 GMT',
  Warning: '299 - "Deprecated API, will be removed on Mon, 31 Mar 2025 00:00:00 GMT"',
  Link: '<https://developer.atlassian.com/cloud/confluence/changelog/#CHANGE-864>; rel="deprecation"',
};

/** The gateway's answer to a removed v1 endpoint (reference §A.8). */
function goneBody(): unknown {
  return {
    statusCode: 410,
    data: { authorized: true, valid: true, errors: [], successful: true },
    message: 'com.atlassian.confluence.api.service.exceptions.pagesmodes.GoneException: This deprecated endpoint has been removed.',
  };
}

function faultReply(fault: FaultDecision, style: ErrorStyle): Reply {
  const status = fault.status ?? 503;
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
  if (status === 429) {
    headers['X-RateLimit-Limit'] = '100';
    headers['X-RateLimit-Remaining'] = '0';
    headers['X-RateLimit-Interval-Seconds'] = '1';
    headers['RateLimit-Reason'] = fault.bucket ? 'confluence-quota-tenant-based' : 'confluence-quota-global-based';
  }
  const message = status === 429 ? 'Rate limit exceeded; retry after the time given in Retry-After' : `The sandbox injected a ${status} fault`;
  return { status, body: style === 'v2' ? v2ErrorBody(status, message) : v1ErrorBody(status, message), headers };
}

function errorReply(style: ErrorStyle, error: SandboxHttpError): Reply {
  return { status: error.status, body: errorBody(style, error) };
}

function stripPrefix(pathname: string, route: CompiledRoute): string {
  return route.prefix && pathname.startsWith(route.prefix) ? pathname.slice(route.prefix.length) : pathname;
}

function normalizeContext(contextPath: string): string {
  const trimmed = contextPath.replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return;
  req.resume();
  await new Promise<void>((resolve) => {
    req.once('end', resolve);
    req.once('error', () => resolve());
    req.once('close', () => resolve());
  });
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'tooLarge'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) return 'tooLarge';
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
