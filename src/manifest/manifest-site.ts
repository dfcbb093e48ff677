import { WikiportError } from '../errors.js';

/**
 * An export folder belongs to the site it was exported from: page ids are the site's own, so the
 * same id on another site (staging beside production, two Data Center instances) is another page.
 * Export into such a folder would overwrite its files with the other site's pages, and push would
 * write its edits over them. Refused when the hosts differ (a base URL spelled otherwise on the
 * same host is the same site; the API gateway, api.atlassian.com, serves a site under another host).
 */
export function refuseOtherSite(dir: string, exportedFrom: string | null, baseUrl: string, published = false): void {
  if (exportedFrom === null) return;
  const host = (url: string): string | null => {
    try {
      return new URL(url.trim()).host.toLowerCase();
    } catch {
      return null;
    }
  };
  const theirs = host(exportedFrom);
  const ours = host(baseUrl);
  if (theirs === null || ours === null) return;
  // Through the gateway, the site is the cloud id in the path (`/ex/confluence/{cloudId}`).
  const gatewaySite = (url: string): string | null => /^\/ex\/confluence\/([^/]+)/i.exec(new URL(url.trim()).pathname)?.[1]?.toLowerCase() ?? null;
  const gateway = [theirs, ours].map((h) => h.startsWith('api.atlassian.com'));
  if (gateway[0] && gateway[1]) {
    const [a, b] = [gatewaySite(exportedFrom), gatewaySite(baseUrl)];
    if (a === null || b === null || a === b) return;
  } else if (theirs === ours || gateway[0] || gateway[1]) return;
  if (published) {
    throw new WikiportError(
      `${dir} was published to ${exportedFrom}, but the base URL is ${baseUrl}: page ids belong to their site, so the pages there are other pages (nothing was sent or written). Use --base-url ${exportedFrom}, or publish a copy of the folder without its .wikiport folder`,
    );
  }
  throw new WikiportError(
    `${dir} was exported from ${exportedFrom}, but the base URL is ${baseUrl}: page ids belong to their site, so the pages there are other pages (nothing was sent or written). Use --base-url ${exportedFrom}, or export into another folder`,
  );
}
