import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { convert as convertFn } from '../src/convert.js';
import type { convertMany as convertManyFn } from '../src/convert-many.js';
import type { PageMeta } from '../src/model/page-meta.js';
import { repoRoot } from './child-process.js';

/** The conversion functions measured, and which code they are. */
export interface WikiportLibrary {
  convert: typeof convertFn;
  convertMany: typeof convertManyFn;
  /** `dist/` (what the package runs) or `src/` (through tsx). */
  code: string;
}

/**
 * The library as users run it: the compiled `dist/` when this run built it, else the sources
 * (through tsx, which also wraps every function it compiles to keep its name: about 2% slower).
 */
export async function loadWikiportLibrary(built: boolean): Promise<WikiportLibrary> {
  const root = built ? join(repoRoot, 'dist') : join(repoRoot, 'src');
  const ext = built ? 'js' : 'ts';
  const [{ convert }, { convertMany }] = await Promise.all([
    import(pathToFileURL(join(root, `convert.${ext}`)).href) as Promise<{ convert: typeof convertFn }>,
    import(pathToFileURL(join(root, `convert-many.${ext}`)).href) as Promise<{ convertMany: typeof convertManyFn }>,
  ]);
  return { convert, convertMany, code: built ? 'dist/ as built by this run' : 'src/ through tsx' };
}

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
export function createWikiportPipeline(sampleBody: string, { convert, convertMany, code }: WikiportLibrary): WikiportPipeline {
  const outputs: ('md' | 'json')[] = ['md'];
  let note = `storage -> Markdown + JSON through convertMany() (read once, write each), ${code}`;
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
