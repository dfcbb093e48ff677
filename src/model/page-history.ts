import { z } from 'zod';

/** One version of a page, from an XML export read with `--history` (the current one included). */
export const PageVersionSchema = z
  .object({
    number: z.number().int().positive(),
    author: z.string().nullable().describe('Display name (or login) of who saved this version'),
    date: z.string().nullable().describe('When it was saved, as the export gives it (server time, no zone)'),
    message: z.string().nullable().describe('The version comment'),
    storage: z.string().nullable().describe('Where its storage XHTML is kept, relative to the export folder'),
  })
  .describe('A version of the page');
export type PageVersion = z.infer<typeof PageVersionSchema>;

/** A comment on a page: footer comments, and inline comments with the text they are anchored to. */
export const PageCommentSchema = z
  .object({
    id: z.string(),
    author: z.string().nullable(),
    date: z.string().nullable(),
    text: z.string().describe('The comment as Markdown'),
    replyTo: z.string().nullable().describe('The comment this one answers'),
    inline: z
      .object({
        anchor: z.string().nullable().describe('The page text the comment is anchored to'),
        resolved: z.boolean().nullable(),
      })
      .nullable()
      .describe('Set for inline comments'),
  })
  .describe('A comment on the page');
export type PageComment = z.infer<typeof PageCommentSchema>;
