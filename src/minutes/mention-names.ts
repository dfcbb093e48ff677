import type * as cheerio from 'cheerio';
import type { Element } from 'domhandler';

const ID_ATTRIBUTES = ['data-account-id', 'data-userkey', 'data-username'] as const;

function ids($: cheerio.CheerioAPI, a: Element): string[] {
  return ID_ATTRIBUTES.map((name) => $(a).attr(name)).filter((v): v is string => v !== undefined && v !== '');
}

/** The name a mention shows, or null when it shows only an id ("@5b10ac8d…"). */
export function shownMentionName($: cheerio.CheerioAPI, a: Element): string | null {
  const shown = $(a).text().trim().replace(/^@/, '');
  if (shown === '' || ids($, a).some((id) => id === shown || `~${id}` === shown)) return null;
  return shown;
}

/**
 * Names of users by account id / user key, from the mentions of the page that show a name: a
 * Data Center page names a user in its attendee list and mentions them by key alone in a task.
 */
export function mentionNameIndex($: cheerio.CheerioAPI): (a: Element) => string | null {
  const names = new Map<string, string>();
  for (const a of $('a[data-mention]').toArray()) {
    const name = shownMentionName($, a);
    if (name !== null) for (const id of ids($, a)) if (!names.has(id)) names.set(id, name);
  }
  return (a) => shownMentionName($, a) ?? ids($, a).map((id) => names.get(id)).find((n) => n !== undefined) ?? null;
}

/** A mention's name when the page knows one, else its id, so that it still identifies someone. */
export function mentionLabel($: cheerio.CheerioAPI, a: Element, nameOf: (a: Element) => string | null): string | null {
  return nameOf(a) ?? ids($, a)[0] ?? null;
}
