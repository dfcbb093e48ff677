import { z } from 'zod';
import { PageDocumentSchema } from './page-document.js';

/** The published JSON Schema (draft 2020-12) of the page document, generated from the zod schema. */
export function pageDocumentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PageDocumentSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { ...schema, $id: 'urn:wikiport:page-document:1', title: 'wikiport page document' };
}
