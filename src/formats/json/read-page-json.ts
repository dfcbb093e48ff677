import type { z } from 'zod';
import { WikiportError } from '../../errors.js';
import { PageDocumentSchema, type PageDocument } from '../../model/page-document.js';
import type { PageMeta } from '../../model/page-meta.js';

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(the document)' : out;
}

function issueText(issue: z.core.$ZodIssue): string {
  return `${pathText(issue.path)}: ${issue.message.replace(/^Invalid input: /, '')}`;
}

/**
 * Reads a page document handed back as JSON (`--from json`). Every problem names the file and
 * the field path, e.g. `minutes.json: meeting.attendees[2].present: expected boolean, received string`.
 */
export function readPageJson(text: string, source = 'input', options: { unknownFields?: 'drop' | 'refuse' } = {}): PageDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WikiportError(`${source}: not valid JSON (${reason}); expected a page document as written by \`wikiport convert --to json\``);
  }
  const parsed = PageDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map(issueText);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new WikiportError(`${source}: ${issues.join('; ')}${more}. Fix the field(s), or regenerate the file with \`wikiport convert --to json\`; \`wikiport schema\` prints the expected shape.`);
  }
  if (options.unknownFields === 'refuse') {
    const unknown = unknownFields(value, parsed.data);
    if (unknown.length > 0) {
      const more = unknown.length > 5 ? ` (and ${unknown.length - 5} more)` : '';
      throw new WikiportError(
        `${source}: ${unknown.slice(0, 5).join(', ')}${more}: no such field in a page document, so what it holds would be lost; remove it, or put what it holds in one of the document's own fields (\`wikiport schema\` lists them); nothing was sent`,
      );
    }
  }
  return parsed.data;
}

/**
 * Paths of the keys `value` holds that the parsed document dropped (zod drops keys its schema
 * does not name): an edit put there would vanish without a word.
 */
export function unknownFields(value: unknown, parsed: unknown, path: readonly PropertyKey[] = []): string[] {
  if (Array.isArray(value) && Array.isArray(parsed)) return value.flatMap((item, index) => unknownFields(item, parsed[index], [...path, index]));
  if (!isRecord(value) || !isRecord(parsed)) return [];
  const found: string[] = [];
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(parsed, key)) found.push(pathText([...path, key]));
    else for (const field of unknownFields(value[key], parsed[key], [...path, key])) found.push(field);
  }
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The hub and metadata a page document carries, for convert()'s JSON reader. */
export function pageJsonToHub(text: string, source = 'input'): { hub: string; meta: Partial<PageMeta> } {
  const doc = readPageJson(text, source);
  return {
    hub: doc.hub,
    meta: {
      id: doc.id,
      title: doc.title,
      spaceKey: doc.space,
      version: doc.version,
      parentId: doc.parentId,
      labels: doc.labels,
      sourceUrl: doc.sourceUrl,
      createdAt: doc.createdAt,
      updatedAt: doc.updatedAt,
    },
  };
}
