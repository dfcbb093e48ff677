import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** What went over the wire between the exporter and the server, counted by the proxy in between. */
export interface TrafficCounts {
  requests: number;
  /** Response body bytes as sent to the client. */
  responseBytes: number;
  /** Page bodies in storage format seen in responses (one per `"representation":"storage"`). */
  storageBodies: number;
  /** Requests per endpoint, numbers in the path replaced by `{id}`. */
  byEndpoint: Record<string, number>;
  byStatus: Record<string, number>;
}

export interface CountingProxy {
  /** `http://127.0.0.1:PORT`: use it in place of the server's origin. */
  origin: string;
  counts(): TrafficCounts;
  reset(): void;
  close(): Promise<void>;
}

const STORAGE_BODY = /"representation"\s*:\s*"storage"/g;

function emptyCounts(): TrafficCounts {
  return { requests: 0, responseBytes: 0, storageBodies: 0, byEndpoint: {}, byStatus: {} };
}

function endpointOf(url: string): string {
  const path = url.split('?')[0] ?? url;
  return path.replace(/\/\d+(?=\/|$)/g, '/{id}');
}

function decoded(body: Buffer, encoding: string | undefined): string {
  try {
    if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
    if (encoding === 'deflate') return inflateSync(body).toString('utf8');
    if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  } catch {
    return '';
  }
  return body.toString('utf8');
}

/**
 * A counting HTTP proxy on 127.0.0.1 (free port) in front of `targetOrigin`. The benchmark measures
 * requests and bytes here rather than trusting the exporter's or the server's own counters. Absolute
 * links in responses that name the target are rewritten to name the proxy, so that a client that
 * follows them stays on the proxy (and its same-origin rule holds).
 */
export async function startCountingProxy(targetOrigin: string): Promise<CountingProxy> {
  const target = new URL(targetOrigin);
  let counts = emptyCounts();
  let ownOrigin = '';

  const forward = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = { ...req.headers, host: target.host };
      const upstream = httpRequest(
        { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers },
        (up) => {
          const body: Buffer[] = [];
          up.on('data', (c: Buffer) => body.push(c));
          up.on('end', () => {
            let payload = Buffer.concat(body);
            const encoding = up.headers['content-encoding'];
            const text = decoded(payload, encoding);
            counts.storageBodies += text.match(STORAGE_BODY)?.length ?? 0;
            if (encoding === undefined && text.includes(targetOrigin)) payload = Buffer.from(text.split(targetOrigin).join(ownOrigin));
            counts.responseBytes += payload.length;
            const status = up.statusCode ?? 502;
            counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
            const outHeaders = { ...up.headers };
            if (outHeaders['content-length'] !== undefined) outHeaders['content-length'] = String(payload.length);
            if (typeof outHeaders.link === 'string') outHeaders.link = outHeaders.link.split(targetOrigin).join(ownOrigin);
            if (typeof outHeaders.location === 'string') outHeaders.location = outHeaders.location.split(targetOrigin).join(ownOrigin);
            res.writeHead(status, outHeaders);
            res.end(payload);
          });
          up.on('error', () => res.destroy());
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502).end();
        else res.destroy();
      });
      upstream.end(Buffer.concat(chunks));
    });
  };

  const server = createServer((req, res) => {
    counts.requests++;
    const endpoint = `${req.method ?? 'GET'} ${endpointOf(req.url ?? '/')}`;
    counts.byEndpoint[endpoint] = (counts.byEndpoint[endpoint] ?? 0) + 1;
    forward(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ownOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin: ownOrigin,
    counts: () => structuredClone(counts),
    reset: () => {
      counts = emptyCounts();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
