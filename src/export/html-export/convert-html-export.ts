// export/html-export/: walks an HTML space export (zip or folder), plans page paths and writes the files; the readers of one page and of the index stay in formats/html-export/.
import { join } from 'node:path';
import { ConversionReport } from '../../hub/report.js';
import { emptyPageMeta } from '../../model/page-meta.js';
import { writeMarkdown } from '../../formats/markdown/write-markdown.js';
import { writePageJson } from '../../formats/json/write-page-json.js';
import { NdjsonWriter } from '../../files/ndjson-writer.js';
import { writeFileAtomic } from '../../files/atomic-write.js';
import { planPagePaths, safeFileName } from '../../files/safe-names.js';
import { redactPage } from '../../redact/redact-page.js';
import { redactText } from '../../redact/redact-text.js';
import type { RedactionRule } from '../../redact/redaction-rule.js';
import { openExportSource } from './export-source.js';
import type { ExportSource } from './export-source.js';
import { pageIdFromFile, readExportIndex } from '../../formats/html-export/read-export-index.js';
import type { ExportTreeNode } from '../../formats/html-export/read-export-index.js';
import { readAttachmentsSection, readExportPage } from '../../formats/html-export/read-export-page.js';
import type { ExportedPageRef, RenderedContext } from '../../formats/html-export/rendered-rule.js';
import { pageLinkTargets, pageStems, relativeFolder } from '../../formats/html-export/export-links.js';

export interface HtmlExportOptions {
  /** The export: a .zip or the folder holding index.html. */
  input: string;
  /** Output folder (Markdown + JSON per page, attachments copied), or a `.ndjson` file. */
  out: string;
  /** Which per-page files to write into a folder; default both. */
  formats?: readonly ('md' | 'json')[];
  /** Mask secrets (rules from `loadRedactionRules`) in the hub, before any writer. */
  redact?: readonly RedactionRule[];
}

export interface HtmlExportResult {
  pages: number;
  attachments: number;
  /** Files written, relative to `out` (or the .ndjson file itself). */
  written: string[];
  /** Pages that could not be converted, each message naming the file. */
  failures: string[];
  /** The conversion reports, one line per entry, each starting with the page's file. */
  reportLines: string[];
}

/**
 * `wikiport convert EXPORT.zip|EXPORT_DIR --out DIR`: every page of a Confluence HTML space export,
 * in a tree mirroring index.html (`Parent.md`, `Parent/Child.md`), with links between pages made
 * relative and attachments copied to `attachments/<page id>/`. One bad page is reported and the
 * rest go on.
 */
export async function convertHtmlExport(options: HtmlExportOptions): Promise<HtmlExportResult> {
  const source = await openExportSource(options.input);
  const index = readExportIndex(await source.readText('index.html'));
  // With --redact, titles are masked before they name files, links and report lines.
  const nodes = withOrphanPages(index.pages, source).map((n) => (options.redact ? { ...n, title: redactText(n.title, options.redact).text } : n));
  const result: HtmlExportResult = { pages: 0, attachments: 0, written: [], failures: [], reportLines: [] };

  const present = new Set(source.files);
  const byFile = new Map(nodes.map((n) => [n.file, n]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const attachmentPaths = new Map<string, { name: string; pageId: string }>();
  for (const node of nodes) {
    if (!present.has(node.file)) continue;
    for (const a of readAttachmentsSection(await source.readText(node.file))) attachmentPaths.set(a.path, { name: a.name, pageId: node.id });
  }

  const paths = planPagePaths(nodes.map((n) => ({ id: n.id, title: n.title, parentId: n.parentId })));
  const stems = pageStems(nodes, paths);
  const ndjson = options.out.endsWith('.ndjson') ? new NdjsonWriter(options.out) : null;
  const formats = options.formats ?? ['md', 'json'];
  const ref = (n: ExportTreeNode | undefined): ExportedPageRef | null => (n ? { id: n.id, title: n.title } : null);

  try {
    for (const node of nodes) {
      let named = options.redact ? `page ${node.id}` : node.file;
      if (!present.has(node.file)) {
        result.failures.push(`${named}: listed in index.html but missing from the export; skipped`);
        continue;
      }
      const report = new ConversionReport();
      const ctx: RenderedContext = {
        report,
        spaceKey: index.spaceKey,
        pageId: node.id,
        pageByFile: (file) => ref(byFile.get(file)),
        pageById: (id) => ref(byId.get(id)),
        attachmentByPath: (path) => attachmentPaths.get(path) ?? null,
      };
      try {
        const page = readExportPage(await source.readText(node.file), ctx, index.spaceName);
        const whole = emptyPageMeta({ ...page.meta, id: node.id, title: page.meta.title ?? node.title, spaceKey: index.spaceKey, parentId: node.parentId });
        const { hub, meta } = options.redact ? redactPage(page.hub, whole, options.redact, report) : { hub: page.hub, meta: whole };
        const stem = paths.get(node.id) ?? node.id;
        // The export's own file names spell the titles ("Standup-Passcode-x_123.html"): name the output instead.
        named = options.redact ? `${stem}.md` : node.file;
        const attachmentsFolder = `attachments/${node.id}`;
        if (ndjson) {
          await ndjson.write(writePageJson(hub, meta, report));
        } else {
          for (const a of page.attachments) {
            await writeFileAtomic(join(options.out, attachmentsFolder, safeFileName(a.name, pageIdFromFile(a.path))), await source.read(a.path));
            result.attachments++;
          }
          if (formats.includes('md')) {
            const file = `${stem}.md`;
            const linkTargets = pageLinkTargets(file, stems, index.spaceKey);
            await writeFileAtomic(join(options.out, file), writeMarkdown(hub, meta, { linkTargets, attachmentsDir: relativeFolder(file, attachmentsFolder) }));
            result.written.push(file);
          }
          if (formats.includes('json')) {
            const file = `${stem}.json`;
            await writeFileAtomic(join(options.out, file), `${JSON.stringify(writePageJson(hub, meta, report), null, 2)}\n`);
            result.written.push(file);
          }
        }
        result.pages++;
        for (const line of report.toLines(named)) result.reportLines.push(line);
      } catch (error) {
        const message = options.redact ? redactText((error as Error).message, options.redact).text : (error as Error).message;
        result.failures.push(`${named}: ${message}; skipped`);
      }
    }
    if (ndjson) {
      await ndjson.close();
      result.written.push(options.out);
    }
  } catch (error) {
    await ndjson?.abort();
    throw error;
  }
  return result;
}

/** Page files the index does not list (it lists only what the exporter could see) go at the top. */
function withOrphanPages(pages: readonly ExportTreeNode[], source: ExportSource): ExportTreeNode[] {
  const listed = new Set(pages.map((p) => p.file));
  const orphans = source.files
    .filter((f) => f.endsWith('.html') && !f.includes('/') && f !== 'index.html' && !listed.has(f))
    .map((file, position) => ({ id: pageIdFromFile(file), title: file.replace(/(_\d+)?\.html$/, '').replace(/-/g, ' '), file, parentId: null, position }));
  return [...pages, ...orphans];
}
