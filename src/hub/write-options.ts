/**
 * Settings of the conversion in progress that writers' construct rules need (links to exported
 * files, base URL for mentions, attachments folder). The turndown service is built once per
 * process, so its rules cannot take per-call options; conversion is synchronous, so the driver
 * sets them for the duration of one call with `withWriteOptions`.
 */
export interface WriteOptions {
  baseUrl?: string;
  linkTargets?: (target: { title: string; spaceKey: string | null; id?: string | null }) => string | null;
  attachmentsDir?: string;
  /** Attachment file name -> its path from the output file (a published folder's own files), before attachmentsDir. */
  attachmentPaths?: ReadonlyMap<string, string>;
  /** false: a link to an exported file carries no wiki-path title (a published folder resolves its links itself). */
  pageLinkTitles?: boolean;
  /** Jira site address (`https://jira.example.com`): Jira issue links point there. */
  jiraBaseUrl?: string;
  /** Writing Markdown: in-page link target (heading text or anchor name) -> heading slug. */
  anchorFragments?: ReadonlyMap<string, string>;
  /** Reading Markdown: heading slug -> the in-page link target it stands for. */
  anchorNames?: ReadonlyMap<string, string>;
  userNames?: (user: { accountId?: string; userKey?: string; username?: string }) => string | null;
  /** Writing Markdown: the labels of the page's footnotes (a reference to any other is no footnote). */
  footnoteLabels?: ReadonlySet<string>;
}

let current: WriteOptions = {};

/** Every option, unset: the shape each copy made by `writeOptionsWith` starts from. */
const UNSET: { readonly [K in keyof Required<WriteOptions>]: undefined } = {
  baseUrl: undefined,
  linkTargets: undefined,
  attachmentsDir: undefined,
  attachmentPaths: undefined,
  pageLinkTitles: undefined,
  jiraBaseUrl: undefined,
  anchorFragments: undefined,
  anchorNames: undefined,
  userNames: undefined,
  footnoteLabels: undefined,
};

/**
 * The options with `set` over them, as `{ ...options, ...set }` gives them. The copy starts from an
 * object that holds every option's key: V8 copies such an object by its shape, where it builds a
 * spread that adds keys to the copy (`{ ...options, anchorFragments }`) one key at a time, about
 * 3 µs each, which the Markdown writer paid once per page.
 */
export function writeOptionsWith(options: WriteOptions, set: WriteOptions): WriteOptions {
  return { ...UNSET, ...options, ...set };
}

export function currentWriteOptions(): WriteOptions {
  return current;
}

export function withWriteOptions<T>(options: WriteOptions, run: () => T): T {
  const previous = current;
  current = options;
  try {
    return run();
  } finally {
    current = previous;
  }
}
