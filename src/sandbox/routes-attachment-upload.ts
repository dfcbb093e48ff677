import { currentUserId } from './current-user.js';
import { SandboxHttpError } from './errors.js';
import type { Reply, RequestContext, Route } from './http.js';
import { json } from './http.js';
import { isMultipartBody, type FormPart } from './http.js';
import { v1Attachment } from './shapes-v1.js';
import type { SandboxAttachment, SandboxPage } from './types.js';

/**
 * Attachment uploads, v1 on every deployment (Cloud `/wiki/rest/api`, Data Center `{context}/rest/api`;
 * reference §A.5 and the v1 OpenAPI): `POST .../child/attachment` creates (a file name the page
 * already has is refused), `PUT` creates or adds a version, `POST .../child/attachment/{attachmentId}/data`
 * adds a version of one attachment. Multipart `file` parts, optional `comment`; like the real
 * servers, a request without `X-Atlassian-Token: no-check` is refused as an XSRF check failure.
 */

const badRequestPrefix = 'com.atlassian.confluence.api.service.exceptions.BadRequestException: ';

function pageOf(ctx: RequestContext): SandboxPage {
  const id = ctx.params.id ?? '';
  const page = /^\d+$/.test(id) ? ctx.site.store.livePage(id) : undefined;
  if (!page) throw new SandboxHttpError(404, `No content found with id: ContentId{id=${id}}`, 'com.atlassian.confluence.api.service.exceptions.NotFoundException: ');
  return page;
}

function checkXsrf(ctx: RequestContext): void {
  const token = ctx.headers?.['x-atlassian-token'];
  const value = Array.isArray(token) ? token[0] : token;
  if (value !== 'no-check' && value !== 'nocheck') throw new SandboxHttpError(403, 'XSRF check failed');
}

function fileParts(ctx: RequestContext): { files: FormPart[]; comments: string[] } {
  if (!isMultipartBody(ctx.body)) throw new SandboxHttpError(415, 'Send the file as multipart/form-data with a "file" part');
  const files = ctx.body.parts.filter((p) => p.name === 'file' && p.filename !== null && p.filename !== '');
  if (files.length === 0) throw new SandboxHttpError(400, 'No "file" part with a file name in the request', badRequestPrefix);
  const comments = ctx.body.parts.filter((p) => p.name === 'comment').map((p) => p.data.toString('utf8'));
  return { files, comments };
}

function newFile(ctx: RequestContext, part: FormPart, comment: string | undefined): Pick<SandboxAttachment, 'data' | 'mediaType' | 'comment' | 'authorId' | 'createdAt'> {
  return {
    data: Buffer.from(part.data),
    mediaType: part.contentType ?? 'application/octet-stream',
    comment: comment ?? '',
    authorId: currentUserId(ctx.site),
    createdAt: ctx.site.store.now().toISOString(),
  };
}

function listReply(ctx: RequestContext, attachments: SandboxAttachment[]): Reply {
  return json({
    results: attachments.map((a) => v1Attachment(ctx.site, a)),
    size: attachments.length,
    _links: { base: ctx.site.base, context: ctx.site.context },
  });
}

function upload(ctx: RequestContext, replaceExisting: boolean): Reply {
  checkXsrf(ctx);
  const page = pageOf(ctx);
  const { files, comments } = fileParts(ctx);
  const written: SandboxAttachment[] = [];
  files.forEach((part, i) => {
    const filename = part.filename as string;
    const existing = page.attachments.find((a) => a.title === filename);
    if (existing && !replaceExisting) {
      throw new SandboxHttpError(400, 'Cannot add a new attachment with same file name as an existing object. Try updating instead.', badRequestPrefix);
    }
    const file = newFile(ctx, part, comments[i]);
    written.push(existing ? (ctx.site.store.updateAttachment(page.id, existing.id, file) as SandboxAttachment) : ctx.site.store.addAttachment(page.id, { title: filename, ...file }));
  });
  return listReply(ctx, written);
}

const updateData = (ctx: RequestContext): Reply => {
  checkXsrf(ctx);
  const page = pageOf(ctx);
  const { files, comments } = fileParts(ctx);
  if (files.length > 1) throw new SandboxHttpError(400, 'Send one file to update an attachment', badRequestPrefix);
  const updated = ctx.site.store.updateAttachment(page.id, ctx.params.attachmentId ?? '', newFile(ctx, files[0] as FormPart, comments[0]));
  if (!updated) throw new SandboxHttpError(404, `No attachment ${ctx.params.attachmentId ?? ''} on page ${page.id}`);
  return json(v1Attachment(ctx.site, updated));
};

export const attachmentUploadRoutes: Route[] = [
  { method: 'POST', pattern: '/content/{id}/child/attachment', handler: (ctx) => upload(ctx, false) },
  { method: 'PUT', pattern: '/content/{id}/child/attachment', handler: (ctx) => upload(ctx, true) },
  { method: 'POST', pattern: '/content/{id}/child/attachment/{attachmentId}/data', handler: updateData },
];
