/** The records the sandbox keeps in memory, and the options that start it. */

export type Flavor = 'cloud' | 'dc';

export interface SandboxUser {
  /** Cloud identity. */
  accountId: string;
  /** Data Center identity (32 hex digits). */
  userKey: string;
  username: string;
  displayName: string;
  email: string;
}

export interface SandboxSpace {
  id: string;
  key: string;
  name: string;
  description: string;
  type: 'global' | 'personal' | 'collaboration' | 'knowledge_base';
  homepageId: string | null;
  createdAt: string;
  authorId: string;
}

export interface SandboxLabel {
  id: string;
  name: string;
  prefix: 'global' | 'my' | 'team' | 'system';
}

export interface PageVersion {
  number: number;
  title: string;
  /** Storage XHTML; generated pages compute it on demand (see `Store.bodyOf`). */
  body: string | undefined;
  message: string;
  minorEdit: boolean;
  authorId: string;
  createdAt: string;
}

export interface SandboxAttachment {
  id: string;
  fileId: string;
  pageId: string;
  title: string;
  mediaType: string;
  comment: string;
  authorId: string;
  createdAt: string;
  version: number;
  data: Buffer;
}

export type PageStatus = 'current' | 'trashed' | 'archived';

export interface SandboxPage {
  id: string;
  spaceId: string;
  parentId: string | null;
  position: number;
  status: PageStatus;
  createdAt: string;
  authorId: string;
  ownerId: string;
  /** Every version, oldest first; the last is current. */
  versions: PageVersion[];
  labels: SandboxLabel[];
  attachments: SandboxAttachment[];
  /** Set for synthetic pages: the body is derived from it when asked for. */
  generatedIndex?: number;
}

export type BasicAuth = { email: string; token: string };
export type BearerAuth = { pat: string };
export type SandboxAuth = BasicAuth | BearerAuth;

export interface FaultOptions {
  /** Delay before every answer, in milliseconds. */
  latencyMs?: number;
  /** Share (0..1) of matching requests answered 429 with Retry-After. */
  rate429?: number;
  /** Retry-After value for 429 (and for 503), in seconds. Default 1. */
  retryAfterSeconds?: number;
  /** Share of matching requests answered 502, 503 or 504. */
  rate5xx?: number;
  /** Share of matching requests whose connection is destroyed without an answer. */
  rateDrop?: number;
  /** Share of matching requests whose JSON body is cut in half. */
  rateTruncate?: number;
  /** Seed of the fault dice; the same seed and request order give the same faults. */
  seed?: number;
  /** A token bucket in front of everything: more than this many requests per second get 429. */
  rateLimit?: { requestsPerSecond: number; burst?: number };
  /** Only requests with these methods get faults (latency applies to all). Default: all. */
  methods?: string[];
  /** Only requests whose path matches get faults. Default: all. */
  pathPattern?: RegExp | string;
}

/** What a custom page source (e.g. the benchmark corpus) supplies for page `index`. */
export interface GeneratedPageSource {
  title: string;
  body: string;
  /** Index of the parent page, null for a root page; default: the generator's tree. */
  parentIndex?: number | null;
  labels?: string[];
}

export interface GenerateOptions {
  /** How many synthetic pages to create. */
  pages: number;
  spaceKey?: string;
  spaceName?: string;
  /** Children per page in the generated tree (default 10). */
  fanout?: number;
  /** Approximate storage body size in bytes (default 1500). */
  bodyBytes?: number;
  /** Every Nth page gets a small attachment (default 0 = none). */
  attachmentEvery?: number;
  /** Every Nth page has 2 versions instead of 1 (default 0 = none). */
  historyEvery?: number;
  /** Computes page `index` (called once for the title, again whenever its body is read). */
  source?: (index: number) => GeneratedPageSource;
}

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  flavor?: Flavor;
  /** Data Center context path such as '/confluence' (default ''). Ignored on Cloud. */
  contextPath?: string;
  /** Credentials the server accepts. Defaults: see `defaultAuth`. */
  auth?: SandboxAuth;
  /** Directory to seed from (default fixtures/sandbox); false seeds nothing. */
  data?: string | false;
  /** With the default data, also serve fixtures/pages/*.storage.xhtml as the space DOCS (default true). */
  samplePages?: boolean;
  /** Adds a synthetic space of this many pages. */
  generate?: GenerateOptions;
  faults?: FaultOptions;
  /**
   * How Cloud treats the v1 endpoints that v2 replaced (reference §A.8): 'headers' (default) adds
   * `Deprecation`, `Warning: 299` and `Link: …; rel="deprecation"`; 'gone' answers 410 with the
   * GoneException body, as the API gateway does since 2025 (search, labels and users keep
   * working); 'none' adds nothing. Data Center ignores it.
   */
  v1Deprecation?: 'headers' | 'gone' | 'none';
}

export interface SandboxStats {
  requests: number;
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
  bytesSent: number;
  status429: number;
  status5xx: number;
  dropped: number;
  truncated: number;
}
