import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: string;
  at: number;
}

export type Handler = (req: SeenRequest, res: ServerResponse) => unknown;

/** A tiny HTTP server on 127.0.0.1 (free port) for client unit tests; records every request. */
export async function startFakeServer(handler: Handler): Promise<{ origin: string; seen: SeenRequest[]; close: () => Promise<void> }> {
  const seen: SeenRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const record: SeenRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        authorization: req.headers.authorization,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      seen.push(record);
      Promise.resolve(handler(record, res)).catch(() => {
        res.statusCode = 500;
        res.end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export function v2Page(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    status: 'current',
    title: `Page ${id}`,
    spaceId: '98445',
    parentId: null,
    parentType: null,
    authorId: '557058:aaaa',
    createdAt: '2025-11-19T05:44:33.959Z',
    version: { number: 3, message: '', minorEdit: false, authorId: '557058:aaaa', createdAt: '2025-11-19T05:44:33.959Z' },
    body: {},
    _links: { webui: `/spaces/OPS/pages/${id}/Page+${id}` },
    ...extra,
  };
}
