import type { Element } from 'domhandler';
import { textContent } from '../hub/hub-walk.js';

const ID_ATTRIBUTES = ['data-account-id', 'data-userkey', 'data-username'] as const;

function ids(a: Element): string[] {
  const found: string[] = [];
  for (const name of ID_ATTRIBUTES) {
    const value = a.attribs[name];
    if (value !== undefined && value !== '') found.push(value);
  }
  return found;
}

/** The name a mention shows, or null when it shows only an id ("@5b10ac8d…"). */
export function shownMentionName(a: Element): string | null {
  const shown = textContent([a]).trim().replace(/^@/, '');
  if (shown === '' || ids(a).some((id) => id === shown || `~${id}` === shown)) return null;
  return shown;
}

/**
 * Names of users by account id / user key, from the mentions of the page that show a name: a
 * Data Center page names a user in its attendee list and mentions them by key alone in a task.
 */
export function mentionNameIndex(mentions: readonly Element[]): (a: Element) => string | null {
  const names = new Map<string, string>();
  for (const a of mentions) {
    const name = shownMentionName(a);
    if (name !== null) for (const id of ids(a)) if (!names.has(id)) names.set(id, name);
  }
  return (a) => shownMentionName(a) ?? ids(a).map((id) => names.get(id)).find((n) => n !== undefined) ?? null;
}

/** A mention's name when the page knows one, else its id, so that it still identifies someone. */
export function mentionLabel(a: Element, nameOf: (a: Element) => string | null): string | null {
  return nameOf(a) ?? ids(a)[0] ?? null;
}
