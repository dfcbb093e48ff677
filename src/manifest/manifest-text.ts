import { ManifestPageSchema, ManifestSchema, type Manifest } from './manifest-schema.js';

/**
 * Manifest entries kept out of `manifest.pages` (an export leaves the entries of the pages it wrote
 * in its journal), each read when its turn comes; one stands in for an entry of
 * the same id in `manifest.pages`.
 */
export interface PagesAside {
  has(id: string): boolean;
  keys(): Iterable<string>;
  /** The entry of `id`, as read (validated as it is written). */
  entry(id: string): Promise<unknown>;
}

/** The manifest without its pages (made on first use: manifest.ts imports this file). */
let headerSchema: ReturnType<typeof ManifestSchema.omit<{ pages: true }>> | null = null;

/**
 * The manifest file's text in pieces of about `chunkChars` characters, spelled exactly as
 * `JSON.stringify(ManifestSchema.parse(manifest), null, 2)` with the pages sorted by id, but one
 * page at a time (an entry of `aside` read when its turn comes): a space of 10,000 pages never becomes one 10 MB string nor a second validated
 * copy of every entry (each entry is validated on its own as it is written).
 */
export async function* manifestTextChunks(manifest: Manifest, chunkChars = 1 << 16, aside?: PagesAside): AsyncGenerator<string> {
  headerSchema ??= ManifestSchema.omit({ pages: true });
  const header = JSON.stringify(headerSchema.parse(manifest), null, 2);
  // The header ends with "\n}"; the pages go last, as in the schema.
  let chunk = `${header.slice(0, -2)}${header === '{}' ? '\n' : ',\n'}  "pages": {`;
  const ids = pageOrder(aside === undefined ? Object.keys(manifest.pages) : new Set([...Object.keys(manifest.pages), ...aside.keys()]));
  for (const [index, id] of ids.entries()) {
    const page: unknown = aside?.has(id) ? await aside.entry(id) : manifest.pages[id];
    const entry = JSON.stringify(ManifestPageSchema.parse(page), null, 2).replace(/\n/g, '\n    ');
    chunk += `${index === 0 ? '' : ','}\n    ${JSON.stringify(id)}: ${entry}`;
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${ids.length === 0 ? '}' : '\n  }'}\n}\n`;
}

/**
 * The order JSON.stringify gives the keys of the pages object sorted by id: ids sorted with
 * localeCompare, then ordered as an object orders its keys (array-index ids first, ascending).
 */
function pageOrder(ids: Iterable<string>): string[] {
  const sorted: Record<string, true> = {};
  for (const id of [...ids].sort((a, b) => a.localeCompare(b))) sorted[id] = true;
  return Object.keys(sorted);
}
