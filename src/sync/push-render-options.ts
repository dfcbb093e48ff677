import { posix } from 'node:path';
import type { UserRef } from '../confluence/remote-types.js';
import type { Manifest, ManifestPage } from './manifest.js';
import type { RenderOptions } from './push-converters.js';

/** Looks user names up the way export did (the client's cache), when push has a client that can. */
export interface UserNameSource {
  resolveUser?(ref: UserRef): Promise<string | null>;
  knownUserName?(ref: UserRef): string | null | undefined;
}

/**
 * The conversion settings export used for this page, rebuilt from the manifest: the same base URL,
 * the same relative links to other exported pages and attachments, the same user names. Push
 * renders the exported storage with them, so an untouched block renders to the very Markdown the
 * user was given, and is recognised as untouched.
 */
export async function renderOptionsFor(
  manifest: Manifest,
  page: ManifestPage,
  kind: 'md' | 'json',
  storage: string,
  users: UserNameSource,
): Promise<RenderOptions> {
  const filePath = page.files[kind]?.path ?? page.files.md?.path ?? page.files.json?.path ?? null;
  const pages = Object.values(manifest.pages);
  const options: RenderOptions = {};
  if (manifest.baseUrl) options.baseUrl = manifest.baseUrl;
  if (filePath) {
    options.linkTargets = (target) => {
      const other =
        (target.id ? manifest.pages[target.id] : undefined) ??
        pages.find((p) => p.title === target.title && p.spaceKey === (target.spaceKey ?? page.spaceKey));
      const otherPath = other?.files[kind]?.path;
      if (!otherPath) return null;
      return encodePath(posix.relative(posix.dirname(filePath), otherPath));
    };
    if ((page as { attachmentsExported?: boolean }).attachmentsExported) {
      options.attachmentsDir = encodePath(posix.relative(posix.dirname(filePath), `attachments/${page.id.replace(/[^0-9A-Za-z_-]/g, '_')}`) || '.');
    }
  }
  if (users.resolveUser && users.knownUserName) {
    for (const ref of mentionedUsers(storage)) await users.resolveUser(ref);
    const known = users.knownUserName.bind(users);
    options.userNames = (ref) => known(ref) ?? null;
  }
  return options;
}

/** Users a storage body mentions (`<ri:user …>`), each once. */
export function mentionedUsers(storage: string): UserRef[] {
  const refs = new Map<string, UserRef>();
  for (const match of storage.matchAll(/<ri:user\b([^>]*)\/?>/g)) {
    const attrs = match[1] ?? '';
    const accountId = /ri:account-id="([^"]*)"/.exec(attrs)?.[1];
    const userKey = /ri:userkey="([^"]*)"/.exec(attrs)?.[1];
    const username = /ri:username="([^"]*)"/.exec(attrs)?.[1];
    const ref: UserRef = {};
    if (accountId) ref.accountId = accountId;
    if (userKey) ref.userKey = userKey;
    if (username) ref.username = username;
    const key = JSON.stringify(ref);
    if (Object.keys(ref).length > 0 && !refs.has(key)) refs.set(key, ref);
  }
  return [...refs.values()];
}

function encodePath(path: string): string {
  return path.split('/').map((part) => encodeURIComponent(part)).join('/');
}
