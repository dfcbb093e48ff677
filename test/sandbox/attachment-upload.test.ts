import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { clientFor } from '../push/push-sandbox-helpers.js';

/** The upload endpoints of reference §A.5, on Cloud and on Data Center under a context path. */
describe.each([
  { name: 'Cloud', options: { flavor: 'cloud' as const } },
  { name: 'Data Center', options: { flavor: 'dc' as const, contextPath: '/confluence' } },
])('attachment upload ($name)', ({ options }) => {
  let sandbox: Sandbox;
  let pageId: string;
  beforeAll(async () => {
    sandbox = await startSandbox(options);
    const space = sandbox.store.spaceByKey('MIN');
    if (!space) throw new Error('no MIN space');
    pageId = sandbox.store.createPage({ spaceId: space.id, title: 'Upload target', body: '<p>x</p>', parentId: space.homepageId, authorId: sandbox.store.users[0]?.accountId ?? 'a' }).id;
  });
  afterAll(() => sandbox.close());

  it('creates an attachment, then a new version of it, and serves the bytes', async () => {
    const client = clientFor(sandbox, 'v1');
    const created = await client.uploadAttachment({ pageId, filename: 'späce name.pdf', data: Buffer.from('%PDF-1 one'), mediaType: 'application/pdf' });
    expect(created).toMatchObject({ title: 'späce name.pdf', version: 1, mediaType: 'application/pdf' });
    expect((await client.download(created.downloadUrl)).toString()).toBe('%PDF-1 one');
    const updated = await client.uploadAttachment({ pageId, filename: 'späce name.pdf', data: Buffer.from('%PDF-1 two'), mediaType: 'application/pdf', attachmentId: created.id });
    expect(updated).toMatchObject({ id: created.id, version: 2 });
    expect((await client.download(updated.downloadUrl)).toString()).toBe('%PDF-1 two');
    const listed = [];
    for await (const a of client.listAttachments(pageId)) listed.push(a);
    expect(listed.map((a) => [a.title, a.version])).toEqual([['späce name.pdf', 2]]);
  });

  it('refuses a second attachment of the same name, and an upload without the XSRF header', async () => {
    const client = clientFor(sandbox, 'v1');
    await client.uploadAttachment({ pageId, filename: 'twice.txt', data: Buffer.from('a'), mediaType: 'text/plain' });
    await expect(client.uploadAttachment({ pageId, filename: 'twice.txt', data: Buffer.from('b'), mediaType: 'text/plain' })).rejects.toThrow(/same file name/);
    const auth = sandbox.auth;
    const authorization = 'pat' in auth ? `Bearer ${auth.pat}` : `Basic ${Buffer.from(`${auth.email}:${auth.token}`).toString('base64')}`;
    const form = new FormData();
    form.append('file', new Blob(['c'], { type: 'text/plain' }), 'no-token.txt');
    const response = await fetch(`${sandbox.baseUrl}/rest/api/content/${pageId}/child/attachment`, { method: 'POST', body: form, headers: { Authorization: authorization } });
    expect(response.status).toBe(403);
    const withToken = await fetch(`${sandbox.baseUrl}/rest/api/content/${pageId}/child/attachment`, { method: 'POST', body: form, headers: { Authorization: authorization, 'X-Atlassian-Token': 'nocheck' } });
    expect(withToken.status).toBe(200);
    expect(((await withToken.json()) as { results: Array<{ title: string }> }).results[0]?.title).toBe('no-token.txt');
  });
});
