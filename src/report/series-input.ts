import { z } from 'zod';

/**
 * What `wikiport report` reads from each exported page JSON: only the fields it uses, validated,
 * the rest dropped. (The full page schema is src/model/page-document.ts; this subset keeps
 * the report working on older exports that lack newer fields.)
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

export const ReportAttendeeSchema = z.object({
  name: z.string().nullable(),
  organization: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
  present: z.boolean().nullable().optional(),
  accountId: z.string().nullable().optional(),
  userKey: z.string().nullable().optional(),
});

export const ReportActionItemSchema = z.object({
  text: z.string(),
  assignee: z.string().nullable().optional(),
  due: isoDate.nullable().optional(),
  done: z.boolean(),
});

export const ReportMeetingSchema = z.object({
  title: z.string().nullable().optional(),
  date: isoDate.nullable(),
  attendees: z.array(ReportAttendeeSchema).default([]),
  actionItems: z.array(ReportActionItemSchema).default([]),
  decisions: z.array(z.object({ text: z.string() })).default([]),
});

export const ReportPageSchema = z.object({
  id: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  parentId: z.string().nullable().optional(),
  sourceUrl: z.string().nullable().optional(),
  meeting: ReportMeetingSchema.nullable().optional(),
  /** XML exports converted with --history: every version, its storage kept beside the export. */
  versions: z
    .array(z.object({ number: z.number().int(), author: z.string().nullable(), date: z.string().nullable(), message: z.string().nullable(), storage: z.string().nullable() }))
    .optional(),
});
export type ReportPage = z.infer<typeof ReportPageSchema>;
export type ReportMeeting = z.infer<typeof ReportMeetingSchema>;
export type ReportAttendee = z.infer<typeof ReportAttendeeSchema>;

/** One meeting of the series, with where it came from (for the report and its messages). */
export interface SeriesMeeting {
  /** File the page came from (and line, for NDJSON): `2024-01-25-sc.json`, `space.ndjson:12`. */
  source: string;
  pageId: string | null;
  title: string;
  date: string;
  attendees: ReportAttendee[];
  actionItems: ReportMeeting['actionItems'];
  decisions: ReportMeeting['decisions'];
}

/**
 * Pages with meeting minutes and a date become meetings, oldest first; the others are skipped.
 * `series` keeps only the meetings whose title contains it (any case) or whose parent page id it is,
 * for folders that hold several series.
 */
export function seriesMeetings(pages: readonly { source: string; page: ReportPage }[], series?: string): SeriesMeeting[] {
  const meetings: SeriesMeeting[] = [];
  const wanted = series?.trim().toLowerCase();
  for (const { source, page } of pages) {
    const m = page.meeting;
    if (!m?.date) continue;
    if (wanted && page.parentId !== series?.trim() && !`${m.title ?? ''}\n${page.title ?? ''}`.toLowerCase().includes(wanted)) continue;
    meetings.push({
      source,
      pageId: page.id ?? null,
      title: m.title ?? page.title ?? m.date,
      date: m.date,
      attendees: m.attendees,
      actionItems: m.actionItems,
      decisions: m.decisions,
    });
  }
  return meetings.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.source.localeCompare(b.source));
}
