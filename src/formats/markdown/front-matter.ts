import { parse as parseToml } from 'smol-toml';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import type { PageMeta } from '../../model/page-meta.js';

/**
 * One line of text (a number or true/false is read as its text); a list or a mapping is refused:
 * `title: [a, b]` would otherwise become the title "a,b".
 */
const oneLine = z
  .union([z.string(), z.number(), z.boolean()], { error: 'expected one line of text, not a list or a mapping: write it as `key: text` (quote it if it holds [ ] { } or a comma-separated list)' })
  .transform(String);

/**
 * Labels as a list, or as one line (`labels: how-to, onboarding`, Jekyll's `tags: draft review`):
 * a label holds neither a comma nor white space, so the line splits at them without doubt.
 */
const labelList = z.union([
  z.array(z.coerce.string()),
  z.union([z.string(), z.number()]).transform((line) => String(line).split(/[\s,]+/u).filter((label) => label !== '')),
]);

/** Front matter keys, in the order they are written. */
const FrontMatterSchema = z.object({
  title: oneLine.optional(),
  id: oneLine.optional(),
  space: oneLine.optional(),
  version: z.coerce.number().int().positive().optional(),
  parent: oneLine.optional(),
  source: z.string().optional(),
  labels: labelList.optional(),
  // md2conf and Jekyll-style pages name their labels `tags`
  tags: labelList.optional(),
  created: z.coerce.string().optional(),
  updated: z.coerce.string().optional(),
  // Notes apps (Obsidian, Notion, Jekyll posts) date a note with `date:`: for minutes, the meeting's.
  date: z.coerce.string().optional(),
}).passthrough();

/** A YAML mapping starts with `key:` on its first line (a rule followed by text does not). */
const MAPPING_START = /^[\w"'][^\r\n:]*:(?:[ \t]|\r|\n|$)/;

/**
 * A string YAML writes as it is, unquoted: letters, digits and common punctuation, starting with a
 * letter, digit, `_`, `(` or `/`, without ": " or " #" (a mapping value, a comment), not ending in
 * a colon. Narrower than what YAML allows unquoted: anything else goes through the YAML writer.
 */
const PLAIN = /^[\p{L}\p{N}_(/][\p{L}\p{N} _.,()/+\-:#?=&%~@'[\]]*$/u;
/** A string YAML writes in double quotes as it is when it must quote it (below): these characters, no `"` or `\\`. */
const QUOTABLE = /^[\p{L}\p{N} _.,()/+\-:#?=&%~@'[\]{}!*|>`<;$^]*$/u;
/** Strings YAML 1.2's core schema would read as a number, a boolean or null. */
const NOT_A_STRING = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;

/** The scalar as `stringify` writes it in a block mapping or sequence, when it is plain or double-quoted without escapes; else null. */
function quickScalar(value: string): string | null {
  const quoted = value === '' || value.includes(': ') || value.includes(' #') || value.endsWith(':') || value.startsWith(' ') || value.endsWith(' ') || NOT_A_STRING.test(value);
  if (quoted) return QUOTABLE.test(value) ? `"${value}"` : null;
  return PLAIN.test(value) ? value : null;
}

/** One `key: value` entry as the YAML writer lays it out (block style, no line folding). */
function frontMatterEntry(key: string, value: string | number | readonly string[]): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return `${key}: ${value}\n`;
  if (typeof value === 'string') {
    const quick = quickScalar(value);
    if (quick !== null) return `${key}: ${quick}\n`;
  } else if (typeof value !== 'number') {
    const items = value.map(quickScalar);
    if (items.every((item) => item !== null)) return `${key}:\n${items.map((item) => `  - ${item}\n`).join('')}`;
  }
  return stringify({ [key]: value }, { lineWidth: 0 });
}

/**
 * YAML front matter for the metadata that is known; empty string when nothing is. The YAML
 * writer's text, entry by entry: the common values (ids, titles, addresses, times) are laid out
 * here, which costs a fraction of a YAML document per page; anything else is left to the writer.
 */
export function writeFrontMatter(meta: PageMeta): string {
  let text = '';
  if (meta.title) text += frontMatterEntry('title', meta.title);
  if (meta.id) text += frontMatterEntry('id', meta.id);
  if (meta.spaceKey) text += frontMatterEntry('space', meta.spaceKey);
  if (meta.version) text += frontMatterEntry('version', meta.version);
  if (meta.parentId) text += frontMatterEntry('parent', meta.parentId);
  if (meta.sourceUrl) text += frontMatterEntry('source', meta.sourceUrl);
  if (meta.labels.length > 0) text += frontMatterEntry('labels', meta.labels);
  if (meta.createdAt) text += frontMatterEntry('created', meta.createdAt);
  if (meta.updatedAt) text += frontMatterEntry('updated', meta.updatedAt);
  if (meta.date) text += frontMatterEntry('date', meta.date);
  return text === '' ? '' : `---\n${text}---\n\n`;
}

export interface SplitFrontMatter {
  meta: Partial<PageMeta>;
  body: string;
  /** Why the front matter was ignored, if it was. */
  problem?: string;
}

/** TOML front matter (Hugo's and Zola's) between `+++` lines at the very top. */
const TOML_FRONT_MATTER = /^\uFEFF?\+\+\+[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)?\+\+\+[ \t]*(?:\r\n?|\n|$)/;

/** A TOML date (TomlDate, a Date) as it was written (`2024-03-05`, not the Date's long text); other values as they are. */
function plainTomlValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * Separates front matter from the Markdown body and reads it into page metadata: YAML between
 * `---` lines, or TOML between `+++` lines (Hugo, Zola), read the same way.
 */
export function readFrontMatter(markdown: string): SplitFrontMatter {
  const toml = TOML_FRONT_MATTER.exec(markdown);
  if (toml) {
    const body = markdown.slice(toml[0].length);
    let raw: Record<string, unknown>;
    try {
      raw = parseToml((toml[1] ?? '').replace(/\r\n?/g, '\n'));
    } catch (error) {
      return { meta: {}, body, problem: `front matter (TOML, between +++ lines) is not valid TOML (${(error as Error).message.split('\n')[0]})` };
    }
    return frontMatterMeta(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, plainTomlValue(value)])), body);
  }
  return readYamlFrontMatter(markdown);
}

function readYamlFrontMatter(markdown: string): SplitFrontMatter {
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
  return frontMatterMeta(withTitleAsWritten(raw as Record<string, unknown>, yaml), body);
}

/**
 * A title YAML reads as a number (`title: 1.10`, release notes) is the text as written, not the
 * number's (`1.1`): read again with the schema that reads every scalar as a string.
 */
function withTitleAsWritten(raw: Record<string, unknown>, yaml: string): Record<string, unknown> {
  if (typeof raw.title !== 'number') return raw;
  const written = (parse(yaml, { schema: 'failsafe' }) as Record<string, unknown> | null)?.title;
  return typeof written === 'string' ? { ...raw, title: written } : raw;
}

/**
 * Why the text opens front matter that never closes, or null: `---` (or TOML's `+++`) on line 1,
 * a first paragraph made only of `key: value` lines (`key = value` for TOML, list items and
 * indented lines between them), and no closing line anywhere after. Read as Markdown, it would be
 * a rule and a paragraph of settings on the page. A rule followed by prose is not front matter.
 */
export function unclosedFrontMatter(text: string): string | null {
  const opened = /^\uFEFF?(---|\+\+\+)[ \t]*(?:\r\n?|\n)/.exec(text);
  if (!opened) return null;
  const fence = opened[1] as string;
  const rest = text.slice(opened[0].length).replace(/\r\n?/g, '\n');
  const closing = fence === '---' ? /^(?:---|\.\.\.)[ \t]*$/m : /^\+\+\+[ \t]*$/m;
  if (closing.test(rest)) return null;
  const lines = (rest.split(/\n[ \t]*\n/)[0] ?? '').split('\n');
  const setting = fence === '---' ? /^[A-Za-z_][\w-]*:(?:[ \t]+\S.*)?$/ : /^[A-Za-z_][\w.-]*[ \t]*=[ \t]*\S.*$/;
  if (lines.length === 0 || !setting.test(lines[0] as string)) return null;
  if (!lines.every((line) => setting.test(line) || /^[ \t]+\S|^-[ \t]/.test(line))) return null;
  // Prose that happens to start "Note: …" runs on in sentences; settings are short values.
  if (fence === '---' && lines.some((line) => / \S+ \S+ \S+ \S+/.test(line.slice(line.indexOf(':') + 1)) && !/[[{"']/.test(line))) return null;
  return `the front matter opened by "${fence}" on line 1 never closes; add the closing "${fence}" line after it`;
}

/** The page metadata of a front matter mapping (YAML or TOML), or the problem with it. */
function frontMatterMeta(raw: object, body: string): SplitFrontMatter {
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
