import { convert } from '../src/convert.js';
import { convertMany } from '../src/convert-many.js';
import type { PageMeta } from '../src/model/page-meta.js';

export interface WikiportPipeline {
  /** The outputs produced per page, e.g. `['md', 'json']`. */
  outputs: string[];
  note: string;
  convertPage(body: string, meta: Partial<PageMeta>): void;
}

/**
 * wikiport's whole offline pipeline for one storage page, through the public `convertMany()` (as export runs it):
 * storage -> hub (normalization) -> Markdown, and -> JSON model, each with its conversion report.
 * JSON is included when this build has a JSON writer; otherwise the note says it was left out.
 */
export function createWikiportPipeline(sampleBody: string): WikiportPipeline {
  const outputs: ('md' | 'json')[] = ['md'];
  let note = 'storage -> Markdown + JSON through convertMany() (read once, write each)';
  try {
    convert(sampleBody, { from: 'storage', to: 'json' });
    outputs.push('json');
  } catch (error) {
    note = `storage -> Markdown only: the JSON writer is not in this build (${error instanceof Error ? error.message : String(error)})`;
  }
  return {
    outputs,
    note,
    convertPage(body, meta) {
      convertMany(body, { from: 'storage', to: outputs, meta });
    },
  };
}
