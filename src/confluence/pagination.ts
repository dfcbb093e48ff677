import type { z } from 'zod';
import { ConfluenceHttpError } from './http-error.js';
import { v1List, v2List } from './schemas.js';
import type { Params, Transport } from './transport.js';

const maxPages = 100_000;

/**
 * v2 cursor pagination: `_links.next` (or the `Link` header) is a path relative to the host
 * origin. A short page never means the end; only a missing `next` does.
 */
export async function* v2Pages<T>(transport: Transport, url: string, params: Params, item: z.ZodType<T>): AsyncGenerator<T[]> {
  const schema = v2List(item);
  let next: string | null = url;
  let query: Params | undefined = params;
  const seen = new Set<string>();
  for (let n = 0; next && n < maxPages; n++) {
    const response: { data: { results: unknown[]; _links?: { next?: string | null } | null }; headers: Record<string, string> } =
      await transport.json({ method: 'GET', url: next, params: query }, schema);
    yield response.data.results as T[];
    const link: string | null = response.data._links?.next ?? linkHeaderNext(response.headers.link);
    next = link ? transport.resolveLink(link, transport.site.origin) : null;
    query = undefined;
    if (next) guardLoop(seen, next);
  }
}

/**
 * v1 offset (and CQL cursor) pagination: `_links.next` is relative to `_links.base`, which
 * carries the context path (`/wiki`, `/confluence`).
 */
export async function* v1Pages<T>(transport: Transport, url: string, params: Params, item: z.ZodType<T>): AsyncGenerator<T[]> {
  const schema = v1List(item);
  let next: string | null = url;
  let query: Params | undefined = params;
  const seen = new Set<string>();
  for (let n = 0; next && n < maxPages; n++) {
    const response: { data: { results: unknown[]; _links?: { next?: string | null; base?: string | null } | null } } =
      await transport.json({ method: 'GET', url: next, params: query }, schema);
    yield response.data.results as T[];
    const link: string | null | undefined = response.data._links?.next;
    const base: string = response.data._links?.base ?? transport.site.base;
    next = link ? transport.resolveLink(link, /^https?:/i.test(link) ? '' : base) : null;
    query = undefined;
    if (next) guardLoop(seen, next);
  }
}

/** `Link: </wiki/api/v2/pages?cursor=x>; rel="next", <https://…/wiki>; rel="base"` */
export function linkHeaderNext(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (m && /rel="?next"?/.test(m[2] ?? '')) return m[1] ?? null;
  }
  return null;
}

function guardLoop(seen: Set<string>, next: string): void {
  if (seen.has(next)) {
    throw new ConfluenceHttpError(`Pagination loop: the server sent the same next link twice (${new URL(next).pathname})`, null, 'GET');
  }
  seen.add(next);
}
