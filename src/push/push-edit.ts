import { WikiportError } from '../errors.js';
import { readFrontMatter } from '../formats/markdown/front-matter.js';
import type { ManifestPage } from '../manifest/manifest.js';
import { rebuildStorageFromMarkdown, type BlockConverters, type LosslessRebuild } from './blocks/blocks-lossless.js';
import { titleFromMarkdown } from './push-converters.js';

/** What an edited file asks the page to become. */
export interface LocalEdit {
  storage: string;
  title: string;
  /** Label names the file asks for, or null when the file says nothing about labels. */
  labels: string[] | null;
  /** Human lines about the conversion (e.g. how many blocks were kept). */
  notes: string[];
}

/** An edited Markdown file against the storage it was exported from. */
export function markdownEdit(file: string, text: string, page: ManifestPage, baseStorage: string, converters: BlockConverters): LocalEdit {
  const front = readFrontMatter(text);
  if (front.problem) throw new WikiportError(`${file}: ${front.problem}; fix the front matter (nothing was sent)`);
  if (front.meta.id && front.meta.id !== page.id) {
    throw new WikiportError(`${file}: front matter says page ${front.meta.id}, the manifest says ${page.id}; fix the id (nothing was sent)`);
  }
  const rebuilt = rebuildStorageFromMarkdown(baseStorage, text, converters);
  const hasFrontMatter = text.replace(/^\uFEFF/, '').startsWith('---');
  return {
    storage: rebuilt.storage,
    title: titleFromMarkdown(front.meta.title, '') ?? page.title,
    labels: front.meta.labels ?? (hasFrontMatter ? [] : null),
    notes: rebuilt.changed ? rebuildNotes(rebuilt) : [],
  };
}

/** What the report says about how the body was rebuilt: what was kept, patched, and replaced beyond the edit. */
export function rebuildNotes(rebuilt: LosslessRebuild): string[] {
  if (rebuilt.wholePage) {
    return ['no block-level patch of this edit reads back as the file does, so the whole page was converted from the file (no block kept byte for byte)'];
  }
  const notes = [`${rebuilt.replacedBlocks} block(s) re-converted${rebuilt.patchedBlocks > 0 ? ` (${rebuilt.patchedBlocks} table(s), list(s), task list(s) or macro bodies patched in place)` : ''}, ${rebuilt.keptBlocks} kept byte for byte`];
  if (rebuilt.itemsReplaced > 0) {
    notes.push(`${rebuilt.itemsReplaced} changed list item(s) replaced whole rather than patched inside`);
  }
  if (rebuilt.unmatchedBlocks > 0) {
    notes.push(`${rebuilt.unmatchedBlocks} block(s) that read differently on their own than within the page were re-converted with the edit`);
  }
  if (rebuilt.widenedBlocks > 0) {
    notes.push(`${rebuilt.widenedBlocks} unedited block(s) next to an edit were re-converted with it, as the edit alone would not read back as written`);
  }
  // Which blocks and list items were rewritten whole rather than patched, and why (at most five, the rest counted).
  const shown = rebuilt.rewrites.slice(0, 5);
  notes.push(...shown);
  if (rebuilt.rewrites.length > shown.length) notes.push(`and ${rebuilt.rewrites.length - shown.length} more block(s) or list item(s) rewritten whole`);
  return notes;
}

/** Labels to add and remove on the wiki: the file's change since export, applied to the wiki's labels. */
export function labelChanges(exported: readonly string[], local: readonly string[] | null, remote: readonly string[]): { add: string[]; remove: string[] } {
  if (local === null) return { add: [], remove: [] };
  const added = local.filter((l) => !exported.includes(l));
  const removed = exported.filter((l) => !local.includes(l));
  return { add: added.filter((l) => !remote.includes(l)), remove: removed.filter((l) => remote.includes(l)) };
}
