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
