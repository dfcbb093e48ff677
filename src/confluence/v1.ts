import { v1Pages } from './pagination.js';
import { randomBytes } from 'node:crypto';
import type {
  ApiFlavor, AttachmentUpload, CreatePageInput, ListOptions, RemoteAttachment, RemotePage, RemoteSpace, UpdatePageInput,
} from './remote-types.js';
import { V1AttachmentSchema, V1ContentSchema, V1LabelSchema, V1SpaceSchema, V1UserSchema, v1List, type V1Content } from './schemas.js';
import type { Transport } from './transport.js';
import { ConfluenceHttpError } from './http-error.js';
import { z } from 'zod';

/** DC caps expanded-body CQL pages at 50; ask for what the server will really give. */
const bodyPageSize = 50;
const listPageSize = 200;

/** The v1 REST API (Cloud `/wiki/rest/api`, Data Center `/rest/api`). */
export class V1Api implements ApiFlavor {
  readonly name = 'v1' as const;

  constructor(private readonly transport: Transport) {}

  private get root(): string {
    return this.transport.site.v1Root;
  }

  async getSpace(key: string): Promise<RemoteSpace> {
    const { data, status } = await this.transport.json(
      { method: 'GET', url: `${this.root}/space/${encodeURIComponent(key)}`, params: { expand: 'homepage' }, allowNotFound: true },
      V1SpaceSchema,
    );
    if (status === 404) throw unknownSpace(key);
    return { id: data.id == null ? null : String(data.id), key: data.key, name: data.name ?? null, homepageId: data.homepage?.id ?? null };
  }

  async findPage(id: string, options: ListOptions): Promise<RemotePage | null> {
    const { data, status } = await this.transport.json(
      { method: 'GET', url: `${this.root}/content/${encodeURIComponent(id)}`, params: { expand: expand(options, true) }, allowNotFound: true },
      V1ContentSchema,
    );
    return status === 404 ? null : this.toPage(data, options);
  }

  async getPages(ids: readonly string[], options: ListOptions): Promise<Map<string, RemotePage>> {
    const out = new Map<string, RemotePage>();
    const size = options.body ? bodyPageSize : listPageSize;
    for (let i = 0; i < ids.length; i += size) {
      const chunk = ids.slice(i, i + size);
      try {
        for await (const page of this.searchCql(`id in (${chunk.join(',')})`, options)) {
          if (chunk.includes(page.id)) out.set(page.id, page);
        }
      } catch (error) {
        // A server without `id in (...)` CQL: fall back to one request per page.
        if (!(error instanceof ConfluenceHttpError) || error.status == null || error.status >= 500 && error.status !== 501) throw error;
      }
      await Promise.all(
        chunk.filter((id) => !out.has(id)).map(async (id) => {
          const page = await this.findPage(id, options);
          if (page) out.set(id, page);
        }),
      );
    }
    return out;
  }

  /**
   * Labels of many pages in a few CQL requests, nothing else expanded (a re-run asks this for
   * every unchanged page, so the answers stay small); pages the search did not return are absent.
   */
  async labelsByIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (let i = 0; i < ids.length; i += listPageSize) {
      const chunk = new Set(ids.slice(i, i + listPageSize));
      const params = { cql: `id in (${[...chunk].join(',')})`, limit: listPageSize, expand: expand({ labels: true }, false) };
      for await (const batch of v1Pages(this.transport, `${this.root}/content/search`, params, V1ContentSchema)) {
        for (const item of batch) if (chunk.has(item.id)) out.set(item.id, item.metadata?.labels?.results.map((l) => l.name) ?? []);
      }
    }
    return out;
  }

  async *listSpacePages(spaceKey: string, options: ListOptions): AsyncIterable<RemotePage> {
    const params = { spaceKey, type: 'page', status: 'current', limit: options.body ? bodyPageSize : listPageSize, expand: expand(options, true) };
    let any = false;
    try {
      for await (const batch of v1Pages(this.transport, `${this.root}/content`, params, V1ContentSchema)) {
        for (const item of batch) {
          any = true;
          yield this.toPage(item, options, spaceKey);
        }
      }
    } catch (error) {
      if (!any && error instanceof ConfluenceHttpError && error.status === 404) throw unknownSpace(spaceKey);
      throw error;
    }
    if (!any) await this.getSpace(spaceKey); // an empty listing for a space that does not exist is an error
  }

  async *searchCql(cql: string, options: ListOptions): AsyncIterable<RemotePage> {
    const params = { cql, limit: options.body ? bodyPageSize : listPageSize, expand: expand(options, true) };
    for await (const batch of v1Pages(this.transport, `${this.root}/content/search`, params, V1ContentSchema)) {
      for (const item of batch) if ((item.type ?? 'page') === 'page') yield this.toPage(item, options);
    }
  }

  async createPage(input: CreatePageInput): Promise<RemotePage> {
    const { data } = await this.transport.json(
      {
        method: 'POST',
        url: `${this.root}/content`,
        params: { expand: expand({ body: true, labels: true }, true) },
        json: {
          type: 'page',
          title: input.title,
          space: { key: input.spaceKey },
          ...(input.parentId ? { ancestors: [{ id: input.parentId }] } : {}),
          body: { storage: { value: input.storage, representation: 'storage' } },
        },
      },
      V1ContentSchema,
    );
    return this.toPage(data, { body: true, labels: true }, input.spaceKey);
  }

  async updatePage(input: UpdatePageInput): Promise<RemotePage> {
    const { data } = await this.transport.json(
      {
        method: 'PUT',
        url: `${this.root}/content/${encodeURIComponent(input.id)}`,
        params: { expand: expand({ body: true, labels: true }, true) },
        json: {
          id: input.id,
          type: 'page',
          title: input.title,
          ...(input.parentId ? { ancestors: [{ id: input.parentId }] } : {}),
          body: { storage: { value: input.storage, representation: 'storage' } },
          version: { number: input.version, ...(input.message ? { message: input.message } : {}) },
        },
      },
      V1ContentSchema,
    );
    return this.toPage(data, { body: true, labels: true });
  }

  async getLabels(id: string): Promise<string[]> {
    const names: string[] = [];
    for await (const batch of v1Pages(this.transport, `${this.root}/content/${encodeURIComponent(id)}/label`, { limit: 200 }, V1LabelSchema)) {
      for (const label of batch) names.push(label.name);
    }
    return names;
  }

  async addLabels(id: string, names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    await this.transport.json(
      { method: 'POST', url: `${this.root}/content/${encodeURIComponent(id)}/label`, json: names.map((name) => ({ prefix: 'global', name })) },
      z.unknown(),
    );
  }

  async trashPage(id: string): Promise<boolean> {
    // DELETE of a current page moves it to the trash; purging would need ?status=trashed.
    const { status } = await this.transport.send({ method: 'DELETE', url: `${this.root}/content/${encodeURIComponent(id)}`, allowNotFound: true });
    return status !== 404;
  }

  async removeLabel(id: string, name: string): Promise<void> {
    await this.transport.send({
      method: 'DELETE',
      url: `${this.root}/content/${encodeURIComponent(id)}/label`,
      params: { name },
      allowNotFound: true,
    });
  }

  async *listAttachments(pageId: string): AsyncIterable<RemoteAttachment> {
    const url = `${this.root}/content/${encodeURIComponent(pageId)}/child/attachment`;
    for await (const batch of v1Pages(this.transport, url, { limit: 100 }, V1AttachmentSchema)) {
      for (const a of batch) {
        const attachment = this.toAttachment(a, pageId);
        if (attachment) yield attachment;
      }
    }
  }

  /**
   * Uploads a file (reference §A.5): a new attachment with `POST .../child/attachment`, or a new
   * version of `attachmentId` with `POST .../child/attachment/{attachmentId}/data`. Multipart with
   * `X-Atlassian-Token: no-check` (the transport sends it on every write). Cloud and Data Center alike.
   */
  async uploadAttachment(upload: AttachmentUpload): Promise<RemoteAttachment> {
    const boundary = `wikiport-${randomBytes(12).toString('hex')}`;
    const base = `${this.root}/content/${encodeURIComponent(upload.pageId)}/child/attachment`;
    const url = upload.attachmentId ? `${base}/${encodeURIComponent(upload.attachmentId)}/data` : base;
    const fields: Array<{ name: string; filename?: string; type?: string; data: Buffer }> = [
      { name: 'file', filename: upload.filename, type: upload.mediaType, data: upload.data },
      { name: 'minorEdit', data: Buffer.from('true') },
      ...(upload.comment ? [{ name: 'comment', data: Buffer.from(upload.comment) }] : []),
    ];
    const chunks: Buffer[] = [];
    for (const field of fields) {
      const name = field.filename === undefined ? '' : `; filename="${quoted(field.filename)}"; filename*=UTF-8''${encodeURIComponent(field.filename)}`;
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field.name}"${name}\r\n${field.type ? `Content-Type: ${field.type}\r\n` : ''}\r\n`;
      chunks.push(Buffer.from(head, 'utf8'), field.data, Buffer.from('\r\n'));
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    const request = { method: 'POST' as const, url, raw: Buffer.concat(chunks), headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } };
    if (upload.attachmentId) {
      const { data } = await this.transport.json(request, V1AttachmentSchema);
      return this.toAttachment(data, upload.pageId) ?? missingLink(url);
    }
    const { data } = await this.transport.json(request, v1List(V1AttachmentSchema));
    const first = data.results[0];
    return (first && this.toAttachment(first, upload.pageId)) ?? missingLink(url);
  }

  private toAttachment(a: z.infer<typeof V1AttachmentSchema>, pageId: string): RemoteAttachment | null {
    const link = a._links?.download;
    if (!link) return null;
    return {
      id: a.id,
      pageId,
      title: a.title,
      mediaType: a.metadata?.mediaType ?? a.extensions?.mediaType ?? null,
      fileSize: a.extensions?.fileSize ?? null,
      version: a.version?.number ?? null,
      downloadUrl: this.transport.resolveLink(link, this.transport.site.base),
    };
  }

  async findPageByTitle(spaceKey: string, title: string): Promise<RemotePage | null> {
    const { data } = await this.transport.json(
      { method: 'GET', url: `${this.root}/content`, params: { spaceKey, title, type: 'page', expand: expand({}, true) } },
      v1List(V1ContentSchema),
    );
    const found = data.results.find((p) => p.title === title);
    return found ? this.toPage(found, {}, spaceKey) : null;
  }

  /** A user's display name (Cloud `accountId`, DC `key` or `username`); null when unknown. */
  async userDisplayName(param: 'accountId' | 'key' | 'username', value: string): Promise<string | null> {
    const { data, status } = await this.transport.json(
      { method: 'GET', url: `${this.root}/user`, params: { [param]: value }, allowNotFound: true },
      V1UserSchema,
    );
    if (status === 404) return null;
    return data.displayName ?? data.publicName ?? null;
  }

  toPage(item: V1Content, options: ListOptions, spaceKey?: string): RemotePage {
    const ancestors = item.ancestors?.map((a) => a.id) ?? null;
    const webui = item._links?.webui;
    const base = item._links?.base ?? this.transport.site.base;
    return {
      id: item.id,
      title: item.title,
      spaceKey: item.space?.key ?? spaceKey ?? null,
      spaceId: item.space?.id ?? null,
      version: item.version?.number ?? 1,
      parentId: ancestors && ancestors.length > 0 ? (ancestors[ancestors.length - 1] ?? null) : null,
      ancestorIds: ancestors,
      status: item.status ?? 'current',
      storage: options.body ? (item.body?.storage?.value ?? '') : null,
      labels: options.labels ? (item.metadata?.labels?.results.map((l) => l.name) ?? []) : null,
      webUrl: webui ? `${base}${webui}` : null,
    };
  }
}

function expand(options: ListOptions, meta: boolean): string {
  const parts = meta ? ['version', 'ancestors', 'space'] : [];
  if (options.body) parts.push('body.storage');
  if (options.labels) parts.push('metadata.labels');
  return parts.join(',');
}

function quoted(filename: string): string {
  return filename.replace(/["\\\r\n]/g, '_');
}

function missingLink(url: string): never {
  throw new ConfluenceHttpError(`POST ${new URL(url).pathname}: the server answered the upload without the attachment's download link`, null, 'attachment');
}

export function unknownSpace(key: string): ConfluenceHttpError {
  return new ConfluenceHttpError(`Space "${key}" not found (404): check the space key and that the account may see the space`, 404, 'space');
}
