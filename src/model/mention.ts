import { z } from 'zod';

/** A user mention: Cloud pages know the account id, Data Center pages the user key. */
export const MentionSchema = z
  .object({
    accountId: z.string().optional(),
    userKey: z.string().optional(),
    username: z.string().optional(),
    name: z.string().nullable(),
  })
  .describe('A Confluence user mention');
export type Mention = z.infer<typeof MentionSchema>;
