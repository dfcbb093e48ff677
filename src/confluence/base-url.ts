import { WikiportError } from '../errors.js';

/** Where a Confluence site lives and which REST roots it serves. */
export type Deployment = 'cloud' | 'gateway' | 'dc';

export interface SiteUrls {
  deployment: Deployment;
  /** `https://host[:port]`: credentials are sent to this origin and no other. */
  origin: string;
  /** The site base without a trailing slash: `https://x.atlassian.net/wiki`, `https://host/confluence`. */
  base: string;
  /** `base + /rest/api` */
  v1Root: string;
  /** `base + /api/v2` */
  v2Root: string;
}

/**
 * Reads a base URL as users write it: Cloud `https://SITE.atlassian.net[/wiki]`, the gateway
 * `https://api.atlassian.com/ex/confluence/CLOUDID[/wiki]`, or Data Center with or without a
 * context path. `deployment` overrides the guess (a local sandbox on 127.0.0.1 may act as Cloud).
 */
export function parseBaseUrl(raw: string, deployment?: Deployment): SiteUrls {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new WikiportError(`The base URL "${raw}" is not a URL; expected e.g. https://SITE.atlassian.net/wiki`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new WikiportError(`The base URL "${raw}" must start with https:// (or http:// for a local server)`);
  }
  if (url.username || url.password) {
    throw new WikiportError('The base URL must not contain credentials; use --email/--token or --pat');
  }
  const path = url.pathname.replace(/\/+$/, '');
  const host = url.hostname.toLowerCase();
  refusePageAddress(raw, url);
  let kind: Deployment;
  let basePath: string;
  const gateway = /^\/ex\/confluence\/([^/]+)(\/wiki)?$/.exec(path);
  if (host === 'api.atlassian.com') {
    if (!gateway) {
      throw new WikiportError(`The gateway URL "${raw}" must look like https://api.atlassian.com/ex/confluence/CLOUDID`);
    }
    kind = 'gateway';
    basePath = `/ex/confluence/${gateway[1]}/wiki`;
  } else if (host.endsWith('.atlassian.net') || host.endsWith('.jira.com')) {
    kind = 'cloud';
    basePath = path === '' ? '/wiki' : path;
  } else {
    kind = 'dc';
    basePath = path;
  }
  if (deployment) kind = deployment;
  const base = `${url.origin}${basePath}`;
  return { deployment: kind, origin: url.origin, base, v1Root: `${base}/rest/api`, v2Root: `${base}/api/v2` };
}

/** True when `target` (absolute) is on the same origin as the site: the only place credentials go. */
export function isSameOrigin(site: SiteUrls, target: string): boolean {
  try {
    return new URL(target).origin === site.origin;
  } catch {
    return false;
  }
}

/**
 * A page's address pasted as the base URL (`…/wiki/spaces/KEY/pages/123/Title`,
 * `…/display/KEY/Title`, `…/pages/viewpage.action?pageId=123`, `…/x/AbCd`): say what the base is.
 */
function refusePageAddress(raw: string, url: URL): void {
  const path = url.pathname;
  const marker = /\/(?:spaces\/[^/]+(?:\/(?:pages|overview|blog)\b.*)?|display\/[^/]+.*|pages\/[a-z]+\.action|x\/[A-Za-z0-9_-]+)\/?$/.exec(path);
  if (!marker) return;
  const base = `${url.origin}${path.slice(0, marker.index)}`;
  const pageId = /\/pages\/(\d+)/.exec(path)?.[1] ?? url.searchParams.get('pageId');
  throw new WikiportError(
    `The base URL "${raw}" is the address of a page, not of the site; use --base-url ${base}${pageId ? ` (and --page ${pageId} to export that page)` : ''}`,
  );
}

/** `localhost`, 127.0.0.0/8 and ::1: a plain-http connection that never leaves this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  return host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/.test(host);
}

/**
 * Credentials go over https only, except to this machine: a token sent over plain http to
 * another host can be read by anyone on the way. `allowHttp` is the user's deliberate exception.
 */
export function refusePlainHttp(site: SiteUrls, allowHttp: boolean): void {
  const url = new URL(site.origin);
  if (url.protocol !== 'http:' || allowHttp || isLoopbackHost(url.hostname)) return;
  throw new WikiportError(
    `Refusing to send credentials over plain http to ${url.host}: anyone on the way could read them. Use https://${url.host}${new URL(site.base).pathname === '/' ? '' : new URL(site.base).pathname}, or pass --allow-http if this network is trusted (nothing was sent)`,
  );
}

