import type { ConfluenceClient, RemotePage } from '../confluence/client.js';

/**
 * The labels pages have now upstream, for pages whose bodies are not fetched: labels change
 * without a new version, so the listing's version alone cannot tell. From the listing when it
 * carried them (v1), else, when asked (`--refresh-labels`), in bulk (CQL, 200 pages a request). A page the lookup misses, or a
 * lookup a server refuses, is left out: its labels stay as exported and the next run asks again.
 */
export async function currentLabels(
  client: Pick<ConfluenceClient, 'labelsOf'>,
  pages: readonly RemotePage[],
  isFatal: (error: unknown) => boolean,
  lookUp = true,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const page of pages) {
    if (page.labels) out.set(page.id, page.labels);
    else unknown.push(page.id);
  }
  if (unknown.length === 0 || !lookUp) return out;
  try {
    for (const [id, labels] of await client.labelsOf(unknown)) out.set(id, labels);
  } catch (error) {
    if (isFatal(error)) throw error;
  }
  return out;
}
