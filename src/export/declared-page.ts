import { readFrontMatter } from '../formats/markdown/front-matter.js';

/**
 * The page id and version a page file names itself (front matter `id:` / `version:`, or the
 * JSON's header), if any: export asks it of a file it finds without a record, push of a file it
 * is about to send.
 */
export function declaredPage(text: string, kind: 'md' | 'json'): { id: string | null; version: number | null } {
  if (kind === 'md') {
    const meta = readFrontMatter(text).meta;
    return { id: meta.id ?? null, version: meta.version ?? null };
  }
  try {
    const { id, version } = JSON.parse(text) as { id?: unknown; version?: unknown };
    return { id: typeof id === 'string' ? id : null, version: typeof version === 'number' ? version : null };
  } catch {
    return { id: null, version: null };
  }
}
