import { createReadStream, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ConfluenceClient } from '../confluence/client.js';
import type { ManifestAttachment } from './manifest.js';
import { safeFileName } from './safe-names.js';

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
): Promise<AttachmentResult> {
  const folder = attachmentsFolder(pageId);
  const result: AttachmentResult = { attachments: [], downloaded: 0, skipped: 0, failures: [] };
  const taken = new Set<string>();
  for await (const attachment of client.listAttachments(pageId)) {
    let name = safeFileName(attachment.title, attachment.id);
    if (taken.has(name.toLowerCase())) name = `${attachment.id.replace(/[^0-9A-Za-z_-]/g, '_')}-${name}`;
    taken.add(name.toLowerCase());
    const path = `${folder}/${name}`;
    const before = previous.find((a) => a.id === attachment.id);
    if (before && before.version === attachment.version && before.path === path && existsSync(join(out, path))) {
      result.attachments.push(before);
      result.skipped++;
      continue;
    }
    try {
      await client.downloadToFile(attachment.downloadUrl, join(out, path));
      result.attachments.push({ id: attachment.id, title: attachment.title, version: attachment.version, path, sha256: await fileSha256(join(out, path)) });
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
