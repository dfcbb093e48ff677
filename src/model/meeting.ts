import { z } from 'zod';

/** A day that exists, written YYYY-MM-DD (2024-02-31 is refused, not rolled over to March). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((text) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return true; // the pattern's own message says it
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'expected a real calendar day, YYYY-MM-DD');

export const AttendeeSchema = z.object({
  name: z.string().nullable().describe('null for a seat with nobody named'),
  organization: z.string().nullable(),
  group: z.string().nullable().describe('The heading or table the person came from'),
  role: z.enum(['member', 'alternate', 'guest', 'participant']),
  alternateFor: z.string().nullable().describe('For an alternate: the member (or seat) they stand in for'),
  present: z.boolean().nullable(),
  accountId: z.string().nullable().describe('Confluence Cloud account id, when the name is an @-mention'),
  userKey: z.string().nullable().default(null).describe('Confluence Data Center / Server user key, when the name is an @-mention'),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

export const ActionItemSchema = z.object({
  text: z.string(),
  assignee: z.string().nullable(),
  due: isoDate.nullable(),
  done: z.boolean(),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const NoteSchema = z.object({ speaker: z.string().nullable(), text: z.string() });
export type Note = z.infer<typeof NoteSchema>;

export interface Topic {
  title: string;
  notes: Note[];
  topics: Topic[];
}
export const TopicSchema: z.ZodType<Topic> = z.lazy(() =>
  z.object({ title: z.string(), notes: z.array(NoteSchema), topics: z.array(TopicSchema) }),
);

export const LinkSchema = z.object({ text: z.string(), url: z.string() });
export type Link = z.infer<typeof LinkSchema>;

export const MeetingSchema = z.object({
  title: z.string().nullable(),
  date: isoDate.nullable(),
  attendees: z.array(AttendeeSchema),
  agenda: z.array(z.object({ text: z.string() })),
  actionItems: z.array(ActionItemSchema),
  decisions: z.array(z.object({ text: z.string() })),
  topics: z.array(TopicSchema),
  links: z.array(LinkSchema),
});
export type Meeting = z.infer<typeof MeetingSchema>;
