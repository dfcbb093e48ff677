import type { CheerioAPI } from 'cheerio';
import type { ConversionReport } from '../../hub/report.js';

/** What a page of the export links to, as the export's index knows it. */
export interface ExportedPageRef {
  id: string;
  title: string;
}

/** What the rules need to know beyond the page's own HTML. */
export interface RenderedContext {
  report: ConversionReport;
  spaceKey: string | null;
  /** The page whose HTML this is (attachments of other pages name their owner). */
  pageId: string | null;
  /** A page of the export by the file name a link points at (`Title_123.html`, `123.html`). */
  pageByFile(fileName: string): ExportedPageRef | null;
  /** A page of the export by id (links that carry `data-linked-resource-id`). */
  pageById(id: string): ExportedPageRef | null;
  /** An attachment by its path in the export (`attachments/123/456.png`): original file name and owner page. */
  attachmentByPath(path: string): { name: string; pageId: string } | null;
}

/**
 * One rendered construct's mapping into the hub: finds its spelling in Confluence's view HTML and
 * rewrites it in place. Rules run in the order of the table in rendered-to-hub.ts.
 */
export interface RenderedRule {
  name: string;
  apply($: CheerioAPI, ctx: RenderedContext): void;
}

/** Class names of an element, as a set. */
export function classesOf(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(/\s+/).filter(Boolean));
}
