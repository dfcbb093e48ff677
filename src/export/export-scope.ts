import type { ConfluenceClient, RemotePage } from '../confluence/client.js';
import { WikiportError } from '../errors.js';
import type { ExportOptions } from './export-types.js';

export type ExportSource = { kind: 'space' | 'page' | 'cql'; value: string; descendants: boolean };

/** Exactly one of --space, --page, --cql. */
export function exportSource(options: Pick<ExportOptions, 'space' | 'page' | 'cql' | 'descendants'>): ExportSource {
  const given = [options.space ? 'space' : null, options.page ? 'page' : null, options.cql ? 'cql' : null].filter(Boolean);
  if (given.length !== 1) {
    throw new WikiportError('Name what to export with exactly one of --space KEY, --page ID or --cql QUERY');
  }
  if (options.descendants && !options.page) throw new WikiportError('--descendants goes with --page ID');
  if (options.space) return { kind: 'space', value: options.space, descendants: false };
  if (options.page) {
    if (!/^\d+$/.test(options.page)) throw new WikiportError(`--page expects a numeric page id, got "${options.page}"`);
    return { kind: 'page', value: options.page, descendants: options.descendants ?? false };
  }
  return { kind: 'cql', value: options.cql as string, descendants: false };
}

/**
 * The pages in scope, without bodies (cheap: one listing request per 200-250 pages). Through v1
 * the space and CQL listings carry labels at no extra request (`expand=metadata.labels`), so they
 * are asked for there; elsewhere `labels` is null and looked up in bulk when needed.
 */
export async function listScope(client: ConfluenceClient, source: ExportSource, api: 'v1' | 'v2'): Promise<RemotePage[]> {
  const pages: RemotePage[] = [];
  const inline = { labels: api === 'v1' };
  if (source.kind === 'space') {
    for await (const page of client.listSpacePages(source.value, inline)) pages.push(page);
  } else if (source.kind === 'page') {
    pages.push(await client.getPage(source.value));
    if (source.descendants) for await (const page of client.listDescendants(source.value)) pages.push(page);
  } else {
    // CQL is a v1 search whichever API the client uses.
    for await (const page of client.searchCql(source.value, { labels: true })) pages.push(page);
  }
  const unique = new Map(pages.map((p) => [p.id, p]));
  return [...unique.values()];
}
