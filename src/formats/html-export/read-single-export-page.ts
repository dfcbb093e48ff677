import type { ConversionReport } from '../../hub/report.js';
import type { PageMeta } from '../../model/page-meta.js';
import { pageIdFromFile } from './read-export-index.js';
import { readExportPage } from './read-export-page.js';

/**
 * `convert PAGE.html --from html-export`: one page file of an export, read without its index.
 * Links to other page files keep their target as a page reference, titled from the file name
 * (`Weekly-Sync_123.html` -> "Weekly Sync"), since the export's index is not at hand.
 */
export function readSingleExportPage(html: string, report: ConversionReport): { hub: string; meta: Partial<PageMeta> } {
  const page = readExportPage(html, {
    report,
    spaceKey: null,
    pageId: null,
    pageByFile: (file) => {
      const name = file.split('/').pop() ?? file;
      if (!/\.html$/.test(name) || name === 'index.html') return null;
      const id = pageIdFromFile(name);
      const title = name.replace(/(^|_)\d+\.html$/, '').replace(/\.html$/, '').replace(/-/g, ' ').trim();
      return { id, title: title || id };
    },
    pageById: () => null,
    attachmentByPath: () => null,
  });
  return { hub: page.hub, meta: page.meta };
}
