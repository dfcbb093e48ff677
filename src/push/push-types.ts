import type { ConfluenceClient } from '../confluence/client.js';
import type { RenderOptions } from './push-converters.js';
import type { PublishProgressEvent } from './publish-progress.js';

/** The client calls push makes (ConfluenceClient satisfies it). */
export type PushClient = Pick<ConfluenceClient, 'getPage' | 'updatePage' | 'createPage' | 'getLabels' | 'addLabels' | 'removeLabel' | 'checkSite'>;

export interface PushOptions {
  /** Markdown / JSON files or folders of them (inside an export folder, except for --create). */
  paths: string[];
  client: PushClient;
  /** Print diffs, send nothing that writes. */
  dryRun?: boolean;
  /** Write even when the wiki changed the same blocks meanwhile (the replaced body is backed up). */
  force?: boolean;
  /** Version comment. */
  message?: string;
  /** Push a Markdown file whose body is empty (it empties the page); refused without it. */
  allowEmpty?: boolean;
  /** Create pages for Markdown files that have no page yet. */
  create?: boolean;
  /** Publishing a folder: move to the trash the pages whose files were removed from it. */
  deleteRemoved?: boolean;
  /** Parent page id for created pages (default: the page of the file's folder). */
  parentId?: string;
  /** Space for created pages when the parent is not in the manifest. */
  spaceKey?: string;
  /** Rendering settings export used (defaults from the manifest). */
  render?: RenderOptions;
  cwd?: string;
  /** Clock for manifest timestamps. */
  now?: () => Date;
  /** Publishing a folder: called as each file is done, while the run goes on. */
  onProgress?: (event: PublishProgressEvent) => void;
}

/**
 * `removed`, `would-delete` and `deleted` are the pages of files removed from a published folder:
 * reported, to be moved to the trash (--dry-run), moved to the trash (--delete-removed).
 */
export type PushStatus =
  | 'unchanged' | 'no-change' | 'updated' | 'merged' | 'created' | 'would-update' | 'would-create'
  | 'removed' | 'would-delete' | 'deleted' | 'conflict' | 'refused' | 'failed';

export interface PagePushResult {
  file: string;
  pageId: string | null;
  title: string | null;
  status: PushStatus;
  /** One readable sentence on what happened (or why not, and what to do). */
  message: string;
  /** The version the file was exported from. */
  baseVersion: number | null;
  /** The wiki's version when push looked. */
  remoteVersion: number | null;
  /** The version push wrote. */
  newVersion: number | null;
  /** What was merged from the wiki's concurrent edit. */
  merged: string[];
  /** --dry-run: unified diff of the storage that would be sent. */
  diff: string | null;
  /** Where the replaced body was saved. */
  backup: string | null;
}

export interface PushSummary {
  pages: PagePushResult[];
  /** 0 ok, 1 some pages failed, 2 a file cannot be an edit (refused, nothing sent for it), 3 a conflict refused a page. */
  exitCode: 0 | 1 | 2 | 3;
}

export function emptyResult(file: string, partial: Partial<PagePushResult> & Pick<PagePushResult, 'status' | 'message'>): PagePushResult {
  return {
    file,
    pageId: null,
    title: null,
    baseVersion: null,
    remoteVersion: null,
    newVersion: null,
    merged: [],
    diff: null,
    backup: null,
    ...partial,
  };
}
