import { PageDocumentSchema } from './page-document.js';
import { MeetingSchema, AttendeeSchema, ActionItemSchema, TopicSchema, LinkSchema } from './meeting.js';
import { TableRecordSchema } from './table-record.js';
import { CellValueSchema } from './cell-value.js';
import { MentionSchema } from './mention.js';
import { PageMetaSchema } from './page-meta.js';
import { PageCommentSchema, PageVersionSchema } from './page-history.js';

/** The zod schemas of the JSON model, for library users (`import { schemas } from 'wikiport'`). */
export const schemas = {
  PageDocument: PageDocumentSchema,
  PageMeta: PageMetaSchema,
  Meeting: MeetingSchema,
  Attendee: AttendeeSchema,
  ActionItem: ActionItemSchema,
  Topic: TopicSchema,
  Link: LinkSchema,
  TableRecord: TableRecordSchema,
  CellValue: CellValueSchema,
  Mention: MentionSchema,
  PageVersion: PageVersionSchema,
  PageComment: PageCommentSchema,
} as const;
