import { v2Pages } from './pagination.js';
import type {
  ApiFlavor, CreatePageInput, ListOptions, RemoteAttachment, RemotePage, RemoteSpace, UpdatePageInput,
} from './remote-types.js';
import { V2AttachmentSchema, V2LabelSchema, V2PageSchema, V2SpaceSchema, v2List, type V2Page } from './schemas.js';
import type { Transport } from './transport.js';
import { unknownSpace } from './v1.js';
import { ConfluenceHttpError } from './http-error.js';

const pageSize = 250;
/** Ids per bulk `GET /pages?id=…` (kept well under URL length limits). */
const idsPerRequest = 100;

/** The Cloud v2 REST API (`/wiki/api/v2`). */
export class V2Api implements ApiFlavor {
  readonly name = 'v2' as const;
  private readonly spaceKeys = new Map<string, Promise<string | null>>();
  private readonly spacesByKey = new Map<string, Promise<RemoteSpace>>();

  /**
   * `labels` in bulk: v2 lists carry no labels, so a v1 CQL search (`id in (...)`, 200 pages a
   * request) fills them; pages it misses (index lag, no CQL) cost one label request each.
   */
  constructor(
    private readonly transport: Transport,
    private readonly bulkLabels: ((ids: readonly string[]) => Promise<Map<string, string[]>>) | null = null,
  ) {}

  private get root(): string {
    return this.transport.site.v2Root;
  }

  getSpace(key: string): Promise<RemoteSpace> {
    let cached = this.spacesByKey.get(key);
    if (!cached) {
      cached = this.fetchSpace(key);
      this.spacesByKey.set(key, cached);
      cached.catch(() => this.spacesByKey.delete(key));
    }
    return cached;
  }

  private async fetchSpace(key: string): Promise<RemoteSpace> {
    const { data } = await this.transport.json({ method: 'GET', url: `${this.root}/spaces`, params: { keys: key, limit: 1 } }, v2List(V2SpaceSchema));
    const space = data.results.find((s) => s.key === key) ?? data.results.find((s) => s.key.toLowerCase() === key.toLowerCase());
    if (!space) throw unknownSpace(key);
    const remote = { id: space.id, key: space.key, name: space.name ?? null, homepageId: space.homepageId ?? null };
    this.spaceKeys.set(space.id, Promise.resolve(space.key));
    return remote;
  }

  private spaceKeyOf(spaceId: string | null | undefined): Promise<string | null> {
    if (!spaceId) return Promise.resolve(null);
    let cached = this.spaceKeys.get(spaceId);
    if (!cached) {
      cached = this.transport
        .json({ method: 'GET', url: `${this.root}/spaces/${encodeURIComponent(spaceId)}`, allowNotFound: true }, V2SpaceSchema.nullish())
        .then(({ data, status }) => (status === 404 || !data ? null : data.key));
      this.spaceKeys.set(spaceId, cached);
    }
    return cached;
  }

  async findPage(id: string, options: ListOptions): Promise<RemotePage | null> {
    const { data, status } = await this.transport.json(
      {
        method: 'GET',
        url: `${this.root}/pages/${encodeURIComponent(id)}`,
        params: { 'body-format': options.body ? 'storage' : undefined, 'include-labels': options.labels ? true : undefined },
        allowNotFound: true,
      },
      V2PageSchema,
    );
    if (status === 404) return null;
    const page = this.toPage(data, options, await this.spaceKeyOf(data.spaceId));
    // include-labels is capped at 50 labels; fetch the rest when the page has more.
    if (options.labels && (data.labels == null || data.labels.results.length >= 50)) page.labels = await this.getLabels(id);
    return page;
  }

  async getPages(ids: readonly string[], options: ListOptions): Promise<Map<string, RemotePage>> {
    const out = new Map<string, RemotePage>();
    for (let i = 0; i < ids.length; i += idsPerRequest) {
      const chunk = ids.slice(i, i + idsPerRequest);
      const params = { id: chunk.join(','), limit: pageSize, 'body-format': options.body ? 'storage' : undefined };
      for await (const batch of v2Pages(this.transport, `${this.root}/pages`, params, V2PageSchema)) {
        for (const item of batch) {
          if (chunk.includes(item.id)) out.set(item.id, this.toPage(item, { body: options.body }, await this.spaceKeyOf(item.spaceId)));
        }
      }
      // Ids the bulk call did not return (a server that ignores `id`, or pages just deleted).
      await Promise.all(
        chunk.filter((id) => !out.has(id)).map(async (id) => {
          const page = await this.findPage(id, { body: options.body });
          if (page) out.set(id, page);
        }),
      );
    }
    if (options.labels) await this.fillLabels([...out.values()]);
    return out;
  }

  async *listSpacePages(spaceKey: string, options: ListOptions): AsyncIterable<RemotePage> {
    const space = await this.getSpace(spaceKey);
    const params = { limit: pageSize, status: 'current', 'body-format': options.body ? 'storage' : undefined };
    const url = `${this.root}/spaces/${encodeURIComponent(space.id ?? '')}/pages`;
    for await (const batch of v2Pages(this.transport, url, params, V2PageSchema)) {
      const pages = batch.map((item) => this.toPage(item, options, space.key));
      if (options.labels) await this.fillLabels(pages);
      yield* pages;
    }
  }

  async createPage(input: CreatePageInput): Promise<RemotePage> {
    const space = await this.getSpace(input.spaceKey);
    const { data } = await this.transport.json(
      {
        method: 'POST',
        url: `${this.root}/pages`,
        json: {
          spaceId: space.id,
          status: 'current',
          title: input.title,
          ...(input.parentId ? { parentId: input.parentId } : {}),
          body: { representation: 'storage', value: input.storage },
        },
      },
      V2PageSchema,
    );
    const page = this.toPage(data, { body: true }, space.key);
    if (page.storage === '' && data.body?.storage?.value == null) page.storage = input.storage;
    page.labels = [];
    return page;
  }

  async updatePage(input: UpdatePageInput): Promise<RemotePage> {
    const { data } = await this.transport.json(
      {
        method: 'PUT',
        url: `${this.root}/pages/${encodeURIComponent(input.id)}`,
        json: {
          id: input.id,
          status: 'current',
          title: input.title,
          ...(input.parentId ? { parentId: input.parentId } : {}),
          body: { representation: 'storage', value: input.storage },
          version: { number: input.version, ...(input.message ? { message: input.message } : {}) },
        },
      },
      V2PageSchema,
    );
    const page = this.toPage(data, { body: true }, await this.spaceKeyOf(data.spaceId));
    if (data.body?.storage?.value == null) page.storage = input.storage;
    return page;
  }

  private async fillLabels(pages: RemotePage[]): Promise<void> {
    let bulk = new Map<string, string[]>();
    if (this.bulkLabels && pages.length > 1) {
      try {
        bulk = await this.bulkLabels(pages.map((p) => p.id));
      } catch (error) {
        if (!(error instanceof ConfluenceHttpError) || error.status === 401) throw error;
      }
    }
    await Promise.all(
      pages.map(async (page) => {
        page.labels = bulk.get(page.id) ?? (await this.getLabels(page.id));
      }),
    );
  }

  async getLabels(id: string): Promise<string[]> {
    const names: string[] = [];
    for await (const batch of v2Pages(this.transport, `${this.root}/pages/${encodeURIComponent(id)}/labels`, { limit: pageSize }, V2LabelSchema)) {
      for (const label of batch) names.push(label.name);
    }
    return names;
  }

  async *listAttachments(pageId: string): AsyncIterable<RemoteAttachment> {
    const url = `${this.root}/pages/${encodeURIComponent(pageId)}/attachments`;
    for await (const batch of v2Pages(this.transport, url, { limit: pageSize }, V2AttachmentSchema)) {
      for (const a of batch) {
        const link = a._links?.download ?? a.downloadLink;
        if (!link) continue;
        yield {
          id: a.id,
          pageId,
          title: a.title,
          mediaType: a.mediaType ?? null,
          fileSize: a.fileSize ?? null,
          version: a.version?.number ?? null,
          downloadUrl: this.transport.resolveLink(link, this.transport.site.base),
        };
      }
    }
  }

  async trashPage(id: string): Promise<boolean> {
    // Without ?purge=true, DELETE moves a current page to the trash.
    const { status } = await this.transport.send({ method: 'DELETE', url: `${this.root}/pages/${encodeURIComponent(id)}`, allowNotFound: true });
    return status !== 404;
  }

  async findPageByTitle(spaceKey: string, title: string): Promise<RemotePage | null> {
    const space = await this.getSpace(spaceKey);
    const { data } = await this.transport.json(
      { method: 'GET', url: `${this.root}/pages`, params: { 'space-id': space.id, title, limit: 5 } },
      v2List(V2PageSchema),
    );
    const found = data.results.find((p) => p.title === title);
    return found ? this.toPage(found, {}, space.key) : null;
  }

  private toPage(item: V2Page, options: ListOptions, spaceKey: string | null): RemotePage {
    const webui = item._links?.webui;
    return {
      id: item.id,
      title: item.title,
      spaceKey,
      spaceId: item.spaceId ?? null,
      version: item.version?.number ?? 1,
      parentId: item.parentType && item.parentType !== 'page' ? null : (item.parentId ?? null),
      ancestorIds: null,
      status: item.status ?? 'current',
      storage: options.body ? (item.body?.storage?.value ?? '') : null,
      labels: options.labels && item.labels ? item.labels.results.map((l) => l.name) : null,
      webUrl: webui ? `${item._links?.base ?? this.transport.site.base}${webui}` : null,
    };
  }
}

