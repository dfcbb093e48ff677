import { WikiportError } from '../errors.js';
import type { ConfluenceClient } from './client.js';

/**
 * The page or space a user names on the command line: an id or key as the API knows it, or the
 * address they copied from the browser. `site` is the base URL the address implies (everything
 * before `/spaces`, `/display` or `/pages`), for a run given no --base-url.
 */
export type PageAddress =
  | { kind: 'id'; id: string; site?: string }
  | { kind: 'title'; spaceKey: string; title: string; site: string };

export interface SpaceAddress {
  key: string;
  site?: string;
}

/** Cloud /wiki/spaces/KEY/..., Data Center /spaces/KEY/... and /display/KEY/... */
const SPACE_PATH = /^(.*?)\/(?:spaces|display)\/([^/?#]+)(?:\/(.*))?$/;
/** .../pages/123, .../pages/123/Title, .../pages/edit-v2/123 */
const PAGE_ID_PATH = /^(?:pages|blog\/\d{4}\/\d{2}\/\d{2}|pages\/edit-v2|pages\/edit)\/(\d+)(?:\/|$)/;
/** Pages served by an .action (viewpage.action?pageId=123) under the site base. */
const ACTION_PATH = /^(.*?)\/(?:pages|spaces)\/[a-z]+\.action$/i;

export function parsePageArgument(value: string): PageAddress {
  const text = value.trim();
  if (/^\d+$/.test(text)) return { kind: 'id', id: text };
  const url = parseUrl(text, '--page', 'a page id (123456) or the address of the page');
  const path = url.pathname.replace(/\/+$/, '');
  const pageId = url.searchParams.get('pageId');
  const action = ACTION_PATH.exec(path);
  if (action && pageId && /^\d+$/.test(pageId)) return { kind: 'id', id: pageId, site: `${url.origin}${action[1]}` };
  const space = SPACE_PATH.exec(path);
  if (space) {
    const [, prefix = '', key = '', rest = ''] = space;
    const site = `${url.origin}${prefix}`;
    const id = PAGE_ID_PATH.exec(rest)?.[1];
    if (id) return { kind: 'id', id, site };
    if (path.includes('/display/') && rest !== '' && !rest.includes('/')) {
      return { kind: 'title', spaceKey: decodeSegment(key), title: decodeSegment(rest), site };
    }
    if (rest === '' || rest === 'overview' || rest === 'pages') {
      throw new WikiportError(`--page ${value} is the address of space ${decodeSegment(key)}, not of a page: use --space ${decodeSegment(key)} (or open the page and copy its address)`);
    }
  }
  if (/\/x\/[^/]+$/.test(path)) throw new WikiportError(`--page ${value} is a short link: open it in the browser and copy the full address (or give the page id)`);
  throw new WikiportError(`--page ${value}: no page id in this address; expected .../spaces/KEY/pages/123..., .../display/KEY/Title or ...viewpage.action?pageId=123 (or the page id itself)`);
}

export function parseSpaceArgument(value: string): SpaceAddress {
  const text = value.trim();
  if (!/[/:]/.test(text)) {
    if (text === '') throw new WikiportError('--space needs a space key (e.g. OPS) or the address of the space');
    return { key: text };
  }
  const url = parseUrl(text, '--space', 'a space key (OPS) or the address of the space');
  const path = url.pathname.replace(/\/+$/, '');
  const key = url.searchParams.get('key') ?? url.searchParams.get('spaceKey');
  const action = ACTION_PATH.exec(path);
  if (action && key) return { key, site: `${url.origin}${action[1]}` };
  const space = SPACE_PATH.exec(path);
  if (space) return { key: decodeSegment(space[2] ?? ''), site: `${url.origin}${space[1] ?? ''}` };
  throw new WikiportError(`--space ${value}: no space key in this address; expected .../spaces/KEY/..., .../display/KEY/... (or the key itself)`);
}

/**
 * A page or space address copied from one site while the base URL names another: page ids are
 * the site's own, so the same id on the other site is another page (or none). Refused, naming both.
 */
export function refuseOtherSite(option: '--page' | '--space', value: string, site: string | undefined, baseUrl: string): void {
  if (!site) return;
  let theirs: string;
  let ours: string;
  try {
    theirs = new URL(site).host.toLowerCase();
    ours = new URL(baseUrl.trim()).host.toLowerCase();
  } catch {
    return;
  }
  // The API gateway (api.atlassian.com/ex/confluence/CLOUDID) serves a site whose pages show on its own host.
  if (theirs === ours || ours === 'api.atlassian.com') return;
  throw new WikiportError(
    `${option} ${value} is an address on ${theirs}, but the base URL (--base-url or CONFLUENCE_BASE_URL) is on ${ours}: ids and keys belong to their site. Use --base-url ${site} to read it there, or give the ${option === '--page' ? 'page id' : 'space key'} alone for ${ours}`,
  );
}

function parseUrl(text: string, option: string, expected: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new WikiportError(`${option} takes ${expected}, not "${text}"`);
  }
  return url;
}

/** Data Center writes spaces in titles as `+`; both write the rest percent-encoded. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment.replace(/\+/g, ' '));
  } catch {
    return segment.replace(/\+/g, ' ');
  }
}

/** The page id of an address; a Data Center /display/KEY/Title address costs one CQL search. */
export async function pageIdOf(address: PageAddress, client: Pick<ConfluenceClient, 'searchCql'>): Promise<string> {
  if (address.kind === 'id') return address.id;
  const quote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  for await (const page of client.searchCql(`space = ${quote(address.spaceKey)} and title = ${quote(address.title)} and type = page`)) {
    return page.id;
  }
  throw new WikiportError(`no page titled "${address.title}" in space ${address.spaceKey} (looked up from its /display/ address); give the page id instead (Page information shows it)`);
}
