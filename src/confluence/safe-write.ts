import { ExitCode } from '../errors.js';
import { ConfluenceHttpError, WriteOutcomeUnknownError } from './http-error.js';
import type { ApiFlavor, CreatePageInput, RemotePage, UpdatePageInput } from './remote-types.js';

/**
 * An update whose outcome is unknown (dropped connection, 502/504) is checked against the page
 * version before anything is retried: already at the new version with our title means it
 * landed; still at the old version means it is safe to send once more; anything else is someone
 * else's edit and is refused as a conflict.
 */
export async function updateSafely(api: ApiFlavor, input: UpdatePageInput): Promise<RemotePage> {
  try {
    return await api.updatePage(input);
  } catch (error) {
    if (!(error instanceof WriteOutcomeUnknownError)) throw error;
    const current = await api.findPage(input.id, { body: true });
    if (!current) throw error;
    if (current.version === input.version && current.title === input.title) return current;
    if (current.version === input.version - 1) return api.updatePage(input);
    throw new ConfluenceHttpError(
      `Page ${input.id}: after an interrupted update the page is at version ${current.version}, expected ${input.version - 1} or ${input.version}; someone else edited it, not retrying`,
      409,
      error.endpoint,
      ExitCode.conflict,
    );
  }
}

/** A create whose outcome is unknown is checked by title (titles are unique in a space). */
export async function createSafely(api: ApiFlavor, input: CreatePageInput): Promise<RemotePage> {
  try {
    return await api.createPage(input);
  } catch (error) {
    if (!(error instanceof WriteOutcomeUnknownError)) throw error;
    const existing = await api.findPageByTitle(input.spaceKey, input.title);
    if (existing) {
      const withBody = await api.findPage(existing.id, { body: true, labels: true });
      return withBody ?? existing;
    }
    return api.createPage(input);
  }
}
