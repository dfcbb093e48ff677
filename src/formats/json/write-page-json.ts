// formats/json/: the JSON page model from the hub (tables, meeting) and back. Pure: imports hub/, minutes/, model/.
import type { Element } from 'domhandler';
import type { PageMeta } from '../../model/page-meta.js';
import type { ConversionReport } from '../../hub/report.js';
import type { Mention } from '../../model/mention.js';
import { PAGE_DOCUMENT_SCHEMA_VERSION, type PageDocument } from '../../model/page-document.js';
import { extractMeeting } from '../../minutes/extract-meeting.js';
import { externalLinks } from '../../minutes/links.js';
import { tableRecords } from './table-records.js';
import { mentionIds, textContent } from '../../hub/hub-walk.js';
import { hubPage, type PageElements } from '../../minutes/hub-page.js';
import { withKnownUserNames } from './known-user-names.js';

/** Attachment file names the page refers to: links and images, and macros kept as storage (view-file, viewpdf…). */
function attachmentNames(elements: PageElements): string[] {
  const names = elements.attachments.map((el) => el.attribs['data-attachment'] ?? '');
  for (const el of elements.opaqueStorage) {
    const storage = el.attribs['data-storage'] ?? '';
    for (const m of storage.matchAll(/<ri:attachment\b[^>]*\bri:filename="([^"]+)"/g)) names.push(decodeXmlAttribute(m[1]!));
  }
  return [...new Set(names)].filter((name) => name !== '');
}

function decodeXmlAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function mentions(anchors: readonly Element[]): Mention[] {
  const seen = new Map<string, Mention>();
  for (const a of anchors) {
    const ids = mentionIds(a);
    const key = ids.accountId ?? ids.userKey ?? ids.username ?? textContent([a]);
    if (seen.has(key)) continue;
    const name = textContent([a]).trim().replace(/^@/, '');
    seen.set(key, { name: name === '' || name === ids.accountId || name === ids.userKey ? null : name, ...ids });
  }
  return [...seen.values()];
}

/**
 * The JSON model of a page (`--to json`): metadata, outline, links, mentions, attachments, every
 * table as typed records, the meeting (null when the page is not minutes), the report, and the
 * hub itself so that the JSON can be read back without loss.
 */
export function writePageJson(hubHtml: string, meta: PageMeta, report: ConversionReport): PageDocument {
  // One parse, shared with the Markdown writer of the same page (convertMany): the outline, links,
  // tables and the meeting all read it (none changes it), and each table is normalized once.
  const page = hubPage(withKnownUserNames(hubHtml));
  const { elements } = page;
  return {
    schemaVersion: PAGE_DOCUMENT_SCHEMA_VERSION,
    id: meta.id,
    title: meta.title,
    space: meta.spaceKey,
    version: meta.version,
    parentId: meta.parentId,
    labels: meta.labels,
    sourceUrl: meta.sourceUrl,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    outline: elements.headings
      .map((h) => ({ level: Number(h.name.slice(1)), text: page.text(h).replace(/\n/g, ' ') }))
      .filter((h) => h.text !== ''),
    links: externalLinks(elements),
    mentions: mentions(elements.mentions),
    attachments: attachmentNames(elements),
    tables: tableRecords(page),
    meeting: extractMeeting(page, meta),
    report: report.entries.map((e) => ({ ...e })),
    hub: hubHtml,
  };
}

/** The page document as the text `--to json` prints: two-space indented, newline at the end. */
export function pageJsonText(hubHtml: string, meta: PageMeta, report: ConversionReport): string {
  return `${JSON.stringify(writePageJson(hubHtml, meta, report), null, 2)}\n`;
}
