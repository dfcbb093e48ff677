import type { ClientConfig, ConfluenceClient } from '../confluence/client.js';
import type { RedactionRule } from '../redact/redaction-rule.js';

/** `ndjson` writes the page JSON files and gathers them into DIR/pages.ndjson after the export. */
export type ExportFormat = 'md' | 'json' | 'ndjson';
/** The per-page files an export writes. */
export type PageFileFormat = 'md' | 'json';

/** What `exportPages` exports, where, and how. */
export interface ExportOptions {
  /** An existing client (tests, library users); otherwise one is made from `connection`. */
  client?: ConfluenceClient;
  connection?: ClientConfig;
  /** Exactly one of space, page, cql. */
  space?: string;
  page?: string;
  /** With `page`: the page and everything below it. */
  descendants?: boolean;
  cql?: string;
  /** Output folder. */
  out: string;
  formats?: readonly ExportFormat[];
  /** Download attachments and images into `attachments/<page id>/`. */
  attachments?: boolean;
  /**
   * Also look up the current labels of unchanged pages on v2, where the listing lacks them (one
   * CQL search per 200 pages): labels change without a new version. v1 listings carry labels anyway.
   */
  refreshLabels?: boolean;
  /** Requests in flight at once (shared by every worker). Default 4. */
  concurrency?: number;
  onProgress?: (event: ExportProgressEvent) => void;
  /** The clock, for the manifest's timestamps. */
  now?: () => Date;
  /** `--redact`: secrets masked in the Markdown and JSON written this run (see loadRedactionRules). */
  redact?: readonly RedactionRule[];
  /** `--jira-base-url`: Jira issue links point at this site (host-relative `/browse/KEY` without it). */
  jiraBaseUrl?: string;
  /**
   * `--rebuild-manifest`: a manifest that does not read is set aside (renamed, never deleted) and
   * the export goes on as a first run, overwriting only files that are exactly what wikiport wrote.
   */
  rebuildManifest?: boolean;
}

export type ExportProgressEvent =
  | { kind: 'listed'; total: number; toFetch: number }
  | { kind: 'page'; id: string; title: string; outcome: 'written' | 'skipped' | 'failed'; done: number; total: number }
  | { kind: 'attachments'; pageId: string; downloaded: number }
  | { kind: 'done' };

export interface ExportFailure {
  id: string;
  title: string | null;
  reason: string;
}

export interface ExportAdoption {
  id: string;
  title: string | null;
  /** The kept file, relative to the output folder. */
  path: string;
  /** The page version it names, which the manifest now records it as an edit of. */
  version: number;
}

/** The machine-readable result (`wikiport export --json`). */
export interface ExportSummary {
  out: string;
  api: 'v1' | 'v2';
  pages: {
    /** Pages in scope upstream. */
    listed: number;
    written: number;
    /**
     * Of those written: unchanged upstream but written again from the storage kept at export,
     * without fetching the body, because their labels or the `--redact` settings changed.
     */
    rerendered: number;
    /** Unchanged since the last run: no body fetched. */
    skipped: number;
    failed: number;
    /** In the manifest but gone upstream (files kept). */
    deleted: number;
  };
  failures: ExportFailure[];
  deletedIds: string[];
  attachments: { downloaded: number; skipped: number; failed: number };
  /** Conversion notes (degraded or invisible constructs) over all pages written. */
  conversionWarnings: number;
  /** Files of renamed or moved pages left at their old path because they were edited locally. */
  editedOldFiles: string[];
  /**
   * Edited page files the manifest had no record of (deleted or damaged manifest, garbled journal
   * line) that name the page's current version: kept and recorded as your edit, so that push sends
   * them. Their pages are written (counted in `pages.written`, not in `pages.failed`); the CLI
   * reports each and exits 1 so that the adoption is seen.
   */
  adopted: ExportAdoption[];
  /** Things the user should know that failed no page (a damaged journal line, a manifest set aside). */
  notices: string[];
  /** With `--format ndjson`: the gathered file, its page count and unreadable page files. */
  ndjson: { file: string; pages: number; problems: string[] } | null;
  /** HTTP requests for pages (listing, bodies, labels, users), retries included; attachments apart. */
  requests: number;
  attachmentRequests: number;
  retries: number;
  throttled: number;
  bytesReceived: number;
  /** `requests / pages exported or checked`, the cost measure (without attachments). */
  requestsPerPage: number;
  durationMs: number;
}
