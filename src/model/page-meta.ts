import { z } from 'zod';

/** What is known about a page besides its body; readers return it, writers put it in front matter. */
export const PageMetaSchema = z.object({
  id: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  spaceKey: z.string().nullable().default(null),
  version: z.number().int().positive().nullable().default(null),
  parentId: z.string().nullable().default(null),
  labels: z.array(z.string()).default([]),
  sourceUrl: z.string().nullable().default(null),
  createdAt: z.string().nullable().default(null),
  updatedAt: z.string().nullable().default(null),
  /** The date the page says it is about (front matter `date:` of a note), not when it was created or edited. */
  date: z.string().nullable().default(null),
  /**
   * Other properties the source gives beside the body, by their own key (front matter keys of
   * other tools: an Obsidian or Notion note's `attendees`, `date`…). Read by the meeting
   * extractor; no writer puts them back.
   */
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type PageMeta = z.infer<typeof PageMetaSchema>;

export function emptyPageMeta(partial: Partial<PageMeta> = {}): PageMeta {
  for (const key in partial) if (Object.prototype.hasOwnProperty.call(partial, key)) return PageMetaSchema.parse(partial);
  // Nothing given (a page body converted alone, once per page): the schema's defaults without a
  // parse, each call with its own labels.
  return { ...NOTHING_GIVEN, labels: [] };
}

/** What the schema makes of no metadata at all. */
const NOTHING_GIVEN: PageMeta = PageMetaSchema.parse({});
