import { z } from 'zod';
import { CellValueSchema } from './cell-value.js';

/** One table of the page, normalized (merged cells expanded, empty rows and columns dropped). */
export const TableRecordSchema = z.object({
  heading: z.string().nullable().describe('The nearest heading before the table'),
  caption: z.string().nullable().default(null).describe('A first row that is one cell spanning the table: its title'),
  orientation: z
    .enum(['rows', 'columns'])
    .describe('"columns": the table had a header column (key/value), so each record is one data column'),
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), CellValueSchema)),
});
export type TableRecord = z.infer<typeof TableRecordSchema>;
