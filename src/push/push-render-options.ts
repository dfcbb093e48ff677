import type { UserRef } from '../confluence/remote-types.js';
import { attachmentsFolder } from '../export/export-attachments.js';
import { relativeFromPage, relativeToFile } from '../export/export-links.js';
import { mentionedUsers } from '../export/export-mentions.js';
import type { Manifest, ManifestPage } from '../manifest/manifest.js';
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
  if (page.jiraBaseUrl) options.jiraBaseUrl = page.jiraBaseUrl;
  if (filePath) {
    options.linkTargets = (target) => {
      const other =
        (target.id ? manifest.pages[target.id] : undefined) ??
        pages.find((p) => p.title === target.title && p.spaceKey === (target.spaceKey ?? page.spaceKey));
      const otherPath = other?.files[kind]?.path;
      if (!otherPath) return null;
      return relativeToFile(filePath, otherPath);
    };
    if (page.attachmentsExported) options.attachmentsDir = relativeFromPage(filePath, attachmentsFolder(page.id));
  }
  if (users.resolveUser && users.knownUserName) {
    for (const ref of mentionedUsers(storage)) await users.resolveUser(ref);
    const known = users.knownUserName.bind(users);
    options.userNames = (ref) => known(ref) ?? null;
  }
  return options;
}
