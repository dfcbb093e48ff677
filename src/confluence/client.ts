// confluence/: the REST client (axios): auth, v1/v2/Data Center, pagination, retry, rate limits, zod-validated answers. Knows HTTP, not Markdown; imports only the errors.
import { parseBaseUrl, refusePlainHttp, type SiteUrls } from './base-url.js';
import type { ApiChoice, ClientConfig } from './config.js';
import { ConfluenceHttpError } from './http-error.js';
import { RateLimiter } from './rate-limiter.js';
import type {
  ApiFlavor, AttachmentUpload, CreatePageInput, ListOptions, RemoteAttachment, RemotePage, RemoteSpace, UpdatePageInput, UserRef,
} from './remote-types.js';
import { defaultRetryPolicy } from './retry.js';
import { createSafely, updateSafely } from './safe-write.js';
import { Transport, type ClientStats } from './transport.js';
import { UserNameCache } from './user-names.js';
import { V1Api } from './v1.js';
import { V2Api } from './v2.js';

export type { ClientConfig, ApiChoice } from './config.js';
export type { ClientStats } from './transport.js';
export type {
  RemotePage, RemoteSpace, RemoteAttachment, AttachmentUpload, ListOptions, UserRef, CreatePageInput, UpdatePageInput,
} from './remote-types.js';
export { ConfluenceHttpError, WriteOutcomeUnknownError } from './http-error.js';

/**
 * The normalized Confluence client: one interface over Cloud v2, Cloud v1 and Data Center.
 * Listings are async iterables of pages with bodies fetched in bulk; every response is validated;
 * all calls share one rate limiter and one set of statistics.
 */
export interface ConfluenceClient {
  readonly site: SiteUrls;
  readonly stats: ClientStats;
  /** The API generation in use (`auto` resolves on first call: v2 on Cloud, v1 where v2 is missing). */
  api(): Promise<'v1' | 'v2'>;
  getSpace(key: string): Promise<RemoteSpace>;
  /** Throws a 404 ConfluenceHttpError naming the page when it does not exist. */
  getPage(id: string, options?: ListOptions): Promise<RemotePage>;
  /** Like getPage, but null for a page that does not exist. */
  findPage(id: string, options?: ListOptions): Promise<RemotePage | null>;
  /** Bulk fetch by id (bodies in bulk); absent ids are missing from the map. */
  getPages(ids: readonly string[], options?: ListOptions): Promise<Map<string, RemotePage>>;
  listSpacePages(spaceKey: string, options?: ListOptions): AsyncIterable<RemotePage>;
  /** Every page below `pageId` (not the page itself), in listing order. */
  listDescendants(pageId: string, options?: ListOptions): AsyncIterable<RemotePage>;
  searchCql(cql: string, options?: ListOptions): AsyncIterable<RemotePage>;
  /** The page of this exact title in a space (titles are unique in a space), or null. */
  findPageByTitle(spaceKey: string, title: string): Promise<RemotePage | null>;
  /** Creates a page; an interrupted create is checked by title before it is sent again. */
  createPage(input: CreatePageInput): Promise<RemotePage>;
  /**
   * Writes a new version (`version` = current + 1). A 409 is a ConfluenceHttpError with exit code 3.
   * An interrupted write is checked against the page version before any retry (see safe-write.ts).
   */
  updatePage(input: UpdatePageInput): Promise<RemotePage>;
  getLabels(id: string): Promise<string[]>;
  /**
   * Labels of many pages in bulk, without their bodies (a v1 CQL search `id in (…)`, 200 pages a
   * request, on every deployment). Pages the search does not return (index lag) are absent.
   */
  labelsOf(ids: readonly string[]): Promise<Map<string, string[]>>;
  addLabels(id: string, names: readonly string[]): Promise<void>;
  removeLabel(id: string, name: string): Promise<void>;
  /**
   * Moves a page to the space's trash, from where it can be restored (never purged); false when
   * the page was already gone. Retried like a read: a second delete leaves the same state.
   */
  trashPage(id: string): Promise<boolean>;
  listAttachments(pageId: string): AsyncIterable<RemoteAttachment>;
  /**
   * Uploads a file as a new attachment of a page, or as a new version of `attachmentId`
   * (v1 on every deployment: v2 has no upload). Not retried after an unknown outcome.
   */
  uploadAttachment(upload: AttachmentUpload): Promise<RemoteAttachment>;
  /** Downloads a same-origin URL (attachment `downloadUrl`); other hosts are refused. */
  download(url: string): Promise<Buffer>;
  /** Streams a same-origin URL into a file (temp file + rename), for large attachments; returns bytes written. */
  downloadToFile(url: string, path: string): Promise<number>;
  /** Display name of a mentioned user, cached per client; null when unknown. */
  resolveUser(ref: UserRef): Promise<string | null>;
  /** Names already resolved by resolveUser (for the synchronous converter callback). */
  knownUserName(ref: UserRef): string | null | undefined;
  /**
   * After a "not found" or a non-JSON answer: whether the base URL is a Confluence REST API at
   * all. Null when it is; otherwise what is wrong with it ("did you mean …/wiki?").
   */
  checkSite?(): Promise<string | null>;
}

export function createClient(config: ClientConfig): ConfluenceClient {
  const site = parseBaseUrl(config.baseUrl, config.deployment);
  refusePlainHttp(site, config.allowHttp ?? false);
  const limiter = new RateLimiter(config.concurrency ?? 4);
  const transport = new Transport({
    site,
    credentials: { email: config.email, token: config.token, pat: config.pat },
    limiter,
    retry: { ...defaultRetryPolicy, ...config.retry },
    timeoutMs: config.timeoutMs ?? 60_000,
  });
  const v1 = new V1Api(transport);
  const v2 = new V2Api(transport, (ids) => v1.labelsByIds(ids));
  const users = new UserNameCache(v1);
  let chosen: Promise<ApiFlavor> | null = null;
  const flavor = (): Promise<ApiFlavor> => {
    chosen ??= chooseFlavor(config.api ?? 'auto', site, transport, v1, v2);
    return chosen;
  };

  return {
    site,
    stats: transport.stats,
    api: async () => (await flavor()).name,
    getSpace: async (key) => (await flavor()).getSpace(key),
    getPage: async (id, options = {}) => {
      const page = await (await flavor()).findPage(id, options);
      if (!page) throw pageNotFound(id);
      return page;
    },
    findPage: async (id, options = {}) => (await flavor()).findPage(id, options),
    getPages: async (ids, options = {}) => (await flavor()).getPages(ids, options),
    listSpacePages: (spaceKey, options = {}) => lazy(async () => (await flavor()).listSpacePages(spaceKey, options)),
    listDescendants: (pageId, options = {}) => lazy(async () => descendants(await flavor(), pageId, options)),
    // CQL is a v1 endpoint on every deployment.
    searchCql: (cql, options = {}) => v1.searchCql(cql, options),
    findPageByTitle: async (spaceKey, title) => (await flavor()).findPageByTitle(spaceKey, title),
    createPage: async (input) => createSafely(await flavor(), input),
    updatePage: async (input) => updateSafely(await flavor(), input),
    getLabels: async (id) => (await flavor()).getLabels(id),
    labelsOf: (ids) => v1.labelsByIds(ids),
    // v2 has no label writes; v1 label endpoints still work on Cloud.
    addLabels: (id, names) => v1.addLabels(id, names),
    removeLabel: (id, name) => v1.removeLabel(id, name),
    trashPage: async (id) => (await flavor()).trashPage(id),
    listAttachments: (pageId) => lazy(async () => (await flavor()).listAttachments(pageId)),
    uploadAttachment: (upload) => v1.uploadAttachment(upload),
    download: async (url) => (await transport.send({ method: 'GET', url: transport.resolveLink(url, site.base), headers: { Accept: '*/*' } })).body,
    downloadToFile: async (url, path) => {
      const before = transport.stats.bytesReceived;
      await transport.send({ method: 'GET', url: transport.resolveLink(url, site.base), headers: { Accept: '*/*' }, toFile: path });
      return transport.stats.bytesReceived - before;
    },
    checkSite: () => probeSite(site, transport),
    resolveUser: (ref) => users.resolve(ref).then(async (name) => {
      await users.resolveAll([ref]);
      return name;
    }),
    knownUserName: (ref) => users.known(ref),
  };
}

/**
 * `auto`: v2 on Cloud and the gateway; elsewhere one probe of `/api/v2/spaces` decides (Data
 * Center has no v2, so a 404 or a non-JSON answer means v1).
 */
async function chooseFlavor(choice: ApiChoice, site: SiteUrls, transport: Transport, v1: V1Api, v2: V2Api): Promise<ApiFlavor> {
  if (choice === 'v1') return v1;
  if (choice === 'v2') return v2;
  if (site.deployment !== 'dc') return v2;
  const probe = await transport.send({ method: 'GET', url: `${site.v2Root}/spaces`, params: { limit: 1 }, allowNotFound: true });
  if (probe.status === 404) return v1;
  const type = probe.headers['content-type'] ?? '';
  return type.includes('json') ? v2 : v1;
}

/**
 * One look at `rest/api/space` (Cloud and Data Center both serve it) under the base URL and, when
 * nothing Confluence answers there, under the likely bases next to it.
 */
async function probeSite(site: SiteUrls, transport: Transport): Promise<string | null> {
  let signIn: string | null = null;
  const answer = async (base: string): Promise<'confluence' | string> => {
    const asked = `${base}/rest/api/space`;
    try {
      const response = await transport.send({ method: 'GET', url: asked, params: { limit: 1 }, allowNotFound: true });
      const type = response.headers['content-type'] ?? '';
      // Any JSON is not enough (a health check or another API answers JSON too): the space list has its results.
      if (response.status !== 404 && type.includes('json')) return isSpaceList(response.body) ? 'confluence' : `HTTP ${response.status} with JSON that is not a Confluence space list`;
      const landed = new URL(response.url).pathname;
      const redirected = landed !== new URL(asked).pathname ? ` after a redirect to ${landed}` : '';
      if (redirected && /log-?in|sign-?in|sso|saml|auth/i.test(landed) && base === site.base) signIn = landed;
      return response.status === 404 ? `HTTP 404${redirected}` : `HTTP ${response.status} with ${type || 'no content type'}${redirected}`;
    } catch (error) {
      // 401 and 403 come from a REST API that wants other credentials: it is Confluence.
      if (error instanceof ConfluenceHttpError && (error.status === 401 || error.status === 403)) return 'confluence';
      return error instanceof Error ? error.message : String(error);
    }
  };
  const here = await answer(site.base);
  if (here === 'confluence') return null;
  if (signIn) {
    return `${site.base}: the REST API answered with a sign-in page (${site.v1Root}/space was redirected to ${signIn}): the server did not take these credentials for its API, or lets only browsers in (single sign-on). Check --email/--token (Cloud) or --pat (Data Center), and --base-url`;
  }
  const path = new URL(site.base).pathname.replace(/\/+$/, '');
  const nearby = [...new Set([`${site.base}/wiki`, `${site.origin}/wiki`, `${site.origin}/confluence`, site.origin])].filter((b) => b !== site.base && !(path === '' && b === site.origin));
  for (const base of nearby) {
    if ((await answer(base)) === 'confluence') {
      return `${site.base} is not a Confluence REST API (${site.v1Root}/space: ${here}); did you mean --base-url ${base}?`;
    }
  }
  return `${site.base} is not a Confluence REST API (${site.v1Root}/space: ${here}); check --base-url: https://SITE.atlassian.net/wiki for Cloud, https://HOST[/CONTEXT] for Data Center`;
}

/** Whether a body is a space list as `rest/api/space` answers it: an object with a `results` array. */
function isSpaceList(body: Buffer): boolean {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { results?: unknown }).results);
  } catch {
    return false;
  }
}

/** The tree below a page, from one listing of its space (cheap: no body per page until asked). */
async function* descendants(api: ApiFlavor, rootId: string, options: ListOptions): AsyncIterable<RemotePage> {
  const root = await api.findPage(rootId, {});
  if (!root) throw pageNotFound(rootId);
  if (!root.spaceKey) throw new ConfluenceHttpError(`Page ${rootId}: the server did not say which space it is in`, null, 'page');
  const all: RemotePage[] = [];
  for await (const page of api.listSpacePages(root.spaceKey, {})) all.push(page);
  const children = new Map<string, RemotePage[]>();
  for (const page of all) {
    const parent = page.parentId ?? '';
    const list = children.get(parent) ?? [];
    list.push(page);
    children.set(parent, list);
  }
  const below: RemotePage[] = [];
  const queue = [rootId];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const child of children.get(id) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      below.push(child);
      queue.push(child.id);
    }
  }
  if (!options.body && !options.labels) {
    yield* below;
    return;
  }
  const full = await api.getPages(below.map((p) => p.id), options);
  for (const page of below) {
    const got = full.get(page.id);
    if (got) yield got;
  }
}

function pageNotFound(id: string): ConfluenceHttpError {
  return new ConfluenceHttpError(`Page ${id} not found (404): check the id and that the account may see it`, 404, 'page');
}

function lazy<T>(make: () => Promise<AsyncIterable<T>>): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      yield* await make();
    },
  };
}
