// model/: zod schemas, the single source of the model's types and of runtime validation; JSON Schema export. Imports nothing of wikiport.
import { z } from 'zod';
import { TableRecordSchema } from './table-record.js';
import { MeetingSchema, LinkSchema } from './meeting.js';
import { MentionSchema } from './mention.js';
import { PageCommentSchema, PageVersionSchema } from './page-history.js';

export const PAGE_DOCUMENT_SCHEMA_VERSION = 1;

export const OutlineEntrySchema = z.object({ level: z.number().int().min(1).max(6), text: z.string() });

export const ReportEntrySchema = z.object({
  kind: z.enum(['warning', 'degraded', 'kept-invisible', 'redacted']),
  construct: z.string(),
  message: z.string(),
});

/** `wikiport convert --to json`: one page as data. */
export const PageDocumentSchema = z
  .object({
    schemaVersion: z.literal(PAGE_DOCUMENT_SCHEMA_VERSION),
    id: z.string().nullable(),
    title: z.string().nullable(),
    space: z.string().nullable().describe('Space key'),
    version: z.number().int().positive().nullable(),
    parentId: z.string().nullable(),
    labels: z.array(z.string()),
    sourceUrl: z.string().nullable(),
    createdAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
    createdBy: z.string().nullable().optional().describe('Who created the page (XML exports)'),
    updatedBy: z.string().nullable().optional().describe('Who saved the current version (XML exports)'),
    versions: z.array(PageVersionSchema).optional().describe('Every version, oldest first (XML exports read with --history)'),
    comments: z.array(PageCommentSchema).optional().describe('Footer and inline comments (XML exports)'),
    outline: z.array(OutlineEntrySchema).describe('The headings, in order'),
    links: z.array(LinkSchema).describe('External links'),
    mentions: z.array(MentionSchema).describe('Users mentioned, each once'),
    attachments: z.array(z.string()).describe('Attachment file names referred to'),
    tables: z.array(TableRecordSchema),
    meeting: MeetingSchema.nullable(),
    report: z.array(ReportEntrySchema).describe('What the conversion could not carry over visibly'),
    hub: z.string().describe('The page body as canonical HTML (docs/canonical-html.md), for lossless round trips'),
  })
  .describe('A Confluence page as wikiport JSON');
export type PageDocument = z.infer<typeof PageDocumentSchema>;
