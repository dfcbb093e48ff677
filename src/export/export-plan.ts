import type { RemotePage } from '../confluence/client.js';
import type { Manifest, ManifestPage } from '../manifest/manifest.js';
import type { PageFileFormat } from './export-types.js';

export interface ExportPlan {
  /** Pages whose body must be fetched and written. */
  fetch: RemotePage[];
  /** Pages unchanged since the manifest's run. */
  skip: RemotePage[];
  /**
   * Pages unchanged upstream whose files were written with other `--redact` settings: written
   * again from the storage kept at export, without fetching the body.
   */
  rerender: RemotePage[];
  /** Manifest pages not in the listing (candidates for "deleted upstream"). */
  missing: ManifestPage[];
}

/** What this run writes, besides the page bodies. */
export interface ExportSettings {
  formats: readonly PageFileFormat[];
  attachments: boolean;
  /** The fingerprint of the `--redact` rules, null without `--redact`. */
  redaction: string | null;
  /** `--jira-base-url`, null without it. */
  jiraBaseUrl: string | null;
}

/**
 * Decides, from a listing without bodies and the previous manifest, which bodies to fetch: a page
 * is skipped only if the same version was exported before, into the same path, in every format
 * asked for now (and with attachments, when asked), and its files are still on disk. A page that
 * would be skipped but was written with other redaction settings or another Jira address is
 * re-rendered instead.
 */
export function planExport(
  listed: readonly RemotePage[],
  previous: Manifest | null,
  paths: ReadonlyMap<string, string>,
  settings: ExportSettings,
  fileExists: (relativePath: string) => boolean,
): ExportPlan {
  const fetch: RemotePage[] = [];
  const skip: RemotePage[] = [];
  const rerender: RemotePage[] = [];
  for (const page of listed) {
    const before = previous?.pages[page.id];
    const path = paths.get(page.id);
    const same =
      before !== undefined &&
      !before.deleted &&
      before.version === page.version &&
      before.title === page.title &&
      (before.parentId ?? null) === (page.parentId ?? null) &&
      settings.formats.every((f) => {
        const file = before.files[f];
        return file !== undefined && file.path === `${path}.${f}` && fileExists(file.path);
      }) &&
      fileExists(before.files.storage.path) &&
      (!settings.attachments || (before.attachmentsExported && before.attachments.every((a) => fileExists(a.path))));
    if (!same) fetch.push(page);
    else if (before.redaction !== settings.redaction || before.jiraBaseUrl !== settings.jiraBaseUrl) rerender.push(page);
    else skip.push(page);
  }
  const listedIds = new Set(listed.map((p) => p.id));
  const missing = Object.values(previous?.pages ?? {}).filter((p) => !listedIds.has(p.id) && !p.deleted);
  return { fetch, skip, rerender, missing };
}
