import { parse, stringify } from 'yaml';
import { z } from 'zod';
import type { PageMeta } from '../../model/page-meta.js';

/** Front matter keys, in the order they are written. */
const FrontMatterSchema = z.object({
  title: z.coerce.string().optional(),
  id: z.coerce.string().optional(),
  space: z.coerce.string().optional(),
  version: z.coerce.number().int().positive().optional(),
  parent: z.coerce.string().optional(),
  source: z.string().optional(),
  labels: z.array(z.coerce.string()).optional(),
  // md2conf and Jekyll-style pages name their labels `tags`
  tags: z.array(z.coerce.string()).optional(),
  created: z.coerce.string().optional(),
  updated: z.coerce.string().optional(),
  // Notes apps (Obsidian, Notion, Jekyll posts) date a note with `date:`: for minutes, the meeting's.
  date: z.coerce.string().optional(),
}).passthrough();

/** A YAML mapping starts with `key:` on its first line (a rule followed by text does not). */
const MAPPING_START = /^[\w"'][^\r\n:]*:(?:[ \t]|\r|\n|$)/;

/** YAML front matter for the metadata that is known; empty string when nothing is. */
export function writeFrontMatter(meta: PageMeta): string {
  const data: Record<string, unknown> = {};
  if (meta.title) data.title = meta.title;
  if (meta.id) data.id = meta.id;
  if (meta.spaceKey) data.space = meta.spaceKey;
  if (meta.version) data.version = meta.version;
  if (meta.parentId) data.parent = meta.parentId;
  if (meta.sourceUrl) data.source = meta.sourceUrl;
  if (meta.labels.length > 0) data.labels = [...meta.labels];
  if (meta.createdAt) data.created = meta.createdAt;
  if (meta.updatedAt) data.updated = meta.updatedAt;
  if (meta.date) data.date = meta.date;
  if (Object.keys(data).length === 0) return '';
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n`;
}

export interface SplitFrontMatter {
  meta: Partial<PageMeta>;
  body: string;
  /** Why the front matter was ignored, if it was. */
  problem?: string;
}

/** Separates YAML front matter from the Markdown body and reads it into page metadata. */
export function readFrontMatter(markdown: string): SplitFrontMatter {
  // `---` right above `---` is empty front matter (Jekyll's and GitHub's reading), not two rules.
  // Lines may end in \n, \r\n or a lone \r (old Mac editors): Markdown readers take all three.
  const empty = /^\uFEFF?---[ \t]*(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/.exec(markdown);
  if (empty) return { meta: {}, body: markdown.slice(empty[0].length) };
  const match = /^\uFEFF?---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/.exec(markdown);
  if (!match) return { meta: {}, body: markdown };
  const body = markdown.slice(match[0].length);
  const yaml = (match[1] ?? '').replace(/\r\n?/g, '\n');
  // A page may start with a rule (`---`) and have another further down: that is not front matter.
  // Any YAML mapping is, as on GitHub, also one with only other tools' keys, nested mappings or lists.
  if (!MAPPING_START.test(yaml)) return { meta: {}, body: markdown };
  let raw: unknown;
  try {
    raw = parse(yaml);
  } catch (error) {
    return { meta: {}, body, problem: `front matter is not valid YAML (${(error as Error).message.split('\n')[0]})` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { meta: {}, body: markdown };
  const result = FrontMatterSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { meta: {}, body, problem: `front matter field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}` };
  }
  const fm = result.data;
  const meta: Partial<PageMeta> = {};
  if (fm.title !== undefined) meta.title = fm.title;
  if (fm.id !== undefined) meta.id = fm.id;
  if (fm.space !== undefined) meta.spaceKey = fm.space;
  if (fm.version !== undefined) meta.version = fm.version;
  if (fm.parent !== undefined) meta.parentId = fm.parent;
  if (fm.source !== undefined) meta.sourceUrl = fm.source;
  if (fm.labels !== undefined) meta.labels = fm.labels;
  else if (fm.tags !== undefined) meta.labels = fm.tags;
  if (fm.created !== undefined) meta.createdAt = fm.created;
  if (fm.updated !== undefined) meta.updatedAt = fm.updated;
  if (fm.date !== undefined) meta.date = fm.date;
  const properties = Object.fromEntries(Object.entries(fm).filter(([key]) => !(key in FrontMatterSchema.shape)));
  if (Object.keys(properties).length > 0) meta.properties = properties;
  return { meta, body };
}
