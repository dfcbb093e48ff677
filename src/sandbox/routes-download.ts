import { SandboxHttpError } from './errors.js';
import type { Reply, RequestContext, Route } from './http.js';

/** Attachment files at `/download/attachments/{pageId}/{filename}` (under `/wiki` or the DC context path). */
const download = (ctx: RequestContext): Reply => {
  const page = ctx.site.store.livePage(ctx.params.pageId ?? '');
  const filename = ctx.params.filename ?? '';
  const attachment = page?.attachments.find((a) => a.title === filename);
  if (!page || !attachment) throw new SandboxHttpError(404, `No attachment ${filename} on page ${ctx.params.pageId ?? ''}`);
  return {
    status: 200,
    raw: attachment.data,
    contentType: attachment.mediaType,
    headers: { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(attachment.title)}`, 'Cache-Control': 'private, max-age=0' },
  };
};

export const downloadRoutes: Route[] = [{ method: 'GET', pattern: '/download/attachments/{pageId}/{filename}', handler: download }];
