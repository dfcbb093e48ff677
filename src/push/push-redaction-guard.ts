import { WikiportError } from '../errors.js';
import { TEXT_MASK, URL_MASK } from '../redact/redaction-rule.js';
import type { ManifestPage } from '../manifest/manifest.js';

/**
 * Redacted files are never pushed: their masks would replace the real secrets on the wiki. The
 * manifest says which pages were exported with `--redact`; for folders exported before it did,
 * an edit that brings redaction masks into a page that had none there is refused the same way.
 */
export function refuseRedacted(shown: string, page: ManifestPage, baseStorage: string | null, storage: string | null): void {
  const recorded = page.redaction !== null;
  if (!recorded && (baseStorage === null || storage === null || !addsMasks(baseStorage, storage))) return;
  const why = recorded ? 'was exported with --redact, so its files hold masks where the wiki has secrets' : 'holds redaction masks ([redacted], =REDACTED) the page does not have';
  throw new WikiportError(
    `${shown}: page ${page.id} ${why}, and pushing would overwrite the real values; nothing was sent. Export the page again without --redact into another folder and make the edit there.`,
  );
}

function addsMasks(before: string, after: string): boolean {
  return [TEXT_MASK, `=${URL_MASK}`].some((mask) => count(after, mask) > count(before, mask));
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}
