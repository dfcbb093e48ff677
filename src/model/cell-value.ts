import { z } from 'zod';
import { MentionSchema } from './mention.js';

/**
 * A table cell as a typed value: presence marks become booleans, numbers numbers, dates ISO
 * strings ("YYYY-MM-DD"), mentions objects (several mentions: an array), an empty cell null,
 * anything else its clean text.
 */
export const CellValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  MentionSchema,
  z.array(MentionSchema),
]);
export type CellValue = z.infer<typeof CellValueSchema>;
