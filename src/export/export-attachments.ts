import { createReadStream, existsSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConfluenceClient, RemotePage } from '../confluence/client.js';
import { runPool } from './export-pool.js';
import type { ExportFailure } from './export-types.js';
import type { Manifest, ManifestAttachment, ManifestPage } from '../manifest/manifest.js';
import { fileNameKey, safeFileName } from '../files/safe-names.js';
import { OutputTree } from '../files/no-links-below.js';
import type { RedactionRule } from '../redact/redaction-rule.js';
import { redactFileName } from '../redact/redact-text.js';

export interface AttachmentResult {
  attachments: ManifestAttachment[];
  downloaded: number;
  skipped: number;
  failures: string[];
}

/** The folder (relative to the export folder) for a page's attachments. */
export function attachmentsFolder(pageId: string): string {
  return `attachments/${pageId.replace(/[^0-9A-Za-z_-]/g, '_')}`;
}

/**
 * Downloads a page's attachments into `attachments/<page id>/`, under their own (made safe) file
 * names so that `ri:filename` references resolve. A file already downloaded at the same
 * attachment version is kept without a request.
 */
export async function exportAttachments(
  client: ConfluenceClient,
  out: string,
  pageId: string,
  previous: readonly ManifestAttachment[],
  tree: OutputTree = new OutputTree(out),
  redact?: readonly RedactionRule[],
): Promise<AttachmentResult> {
  const folder = attachmentsFolder(pageId);
  const result: AttachmentResult = { attachments: [], downloaded: 0, skipped: 0, failures: [] };
  const taken = new Set<string>();
  for await (const listed of client.listAttachments(pageId)) {
    // With --redact the name is masked as the page's links to it are, so they still resolve.
    const attachment = redact ? { ...listed, title: redactFileName(listed.title, redact) } : listed;
    let name = safeFileName(attachment.title, attachment.id);
    if (taken.has(fileNameKey(name))) name = `${attachment.id.replace(/[^0-9A-Za-z_-]/g, '_')}-${name}`;
    taken.add(fileNameKey(name));
    const path = `${folder}/${name}`;
    const before = previous.find((a) => a.id === attachment.id);
    if (before && before.version === attachment.version && before.path === path && existsSync(join(out, path))) {
      result.attachments.push(before);
      result.skipped++;
      continue;
    }
    try {
      await tree.assertNoLinks(path);
      const target = join(out, path);
      const onDisk = existsSync(target) ? await fileSha256(target) : null;
      // A file here that is not what wikiport downloaded (annotated, replaced, or the record lost) is
      // the user's: the new version is fetched beside it and kept only if it is the same file.
      if (onDisk !== null && onDisk !== (before?.path === path ? before.sha256 : undefined)) {
        const incoming = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
        try {
          await client.downloadToFile(attachment.downloadUrl, incoming);
          const fetched = await fileSha256(incoming);
          if (fetched !== onDisk) {
            result.failures.push(`${attachment.title}: kept ${path}: it is not what wikiport downloaded there (edited or replaced); move it aside to download version ${attachment.version}`);
            continue;
          }
        } finally {
          await rm(incoming, { force: true });
        }
        result.attachments.push({ id: attachment.id, title: attachment.title, version: attachment.version, path, sha256: onDisk });
        result.skipped++;
        continue;
      }
      await client.downloadToFile(attachment.downloadUrl, target);
      result.attachments.push({ id: attachment.id, title: attachment.title, version: attachment.version, path, sha256: await fileSha256(target) });
      result.downloaded++;
    } catch (error) {
      result.failures.push(`${attachment.title}: ${(error as Error).message}`);
    }
  }
  return result;
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface AllAttachmentsJob {
  client: ConfluenceClient;
  out: string;
  /** Pages written this run or unchanged from an earlier one. */
  pages: readonly RemotePage[];
  /** Pages whose attachments are listed again even if exported before (written this run). */
  refresh: (pageId: string) => boolean;
  manifest: Manifest;
  concurrency: number;
  onFailure: (failure: ExportFailure) => void;
  onPage: (pageId: string, downloaded: number) => void;
  isFatal: (error: unknown) => boolean;
  /** `--redact`: attachment names are masked too. */
  redact?: readonly RedactionRule[];
}

/** The attachments phase of an export: every page's attachments, recorded in its manifest entry. */
export async function exportAllAttachments(job: AllAttachmentsJob): Promise<{ downloaded: number; skipped: number; failed: number }> {
  const stats = { downloaded: 0, skipped: 0, failed: 0 };
  const tree = new OutputTree(job.out);
  await runPool(job.pages, job.concurrency, async (page) => {
    const entry = job.manifest.pages[page.id] as ManifestPage | undefined;
    if (!entry || (!job.refresh(page.id) && entry.attachmentsExported)) return;
    try {
      const result = await exportAttachments(job.client, job.out, page.id, entry.attachments, tree, job.redact);
      entry.attachments = result.attachments;
      entry.attachmentsExported = result.failures.length === 0;
      stats.downloaded += result.downloaded;
      stats.skipped += result.skipped;
      stats.failed += result.failures.length;
      for (const f of result.failures) job.onFailure({ id: page.id, title: page.title, reason: `attachment ${f}` });
      job.onPage(page.id, result.downloaded);
    } catch (error) {
      if (job.isFatal(error)) throw error;
      stats.failed++;
      job.onFailure({ id: page.id, title: page.title, reason: `attachments: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  return stats;
}
