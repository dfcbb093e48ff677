import type { Element } from 'domhandler';
import type { Construct } from './construct.js';
import { element, escapeAttribute, escapeText } from '../hub/html.js';
import { currentWriteOptions } from '../hub/write-options.js';
import { childElements, firstChild, textContent } from '../formats/storage/storage-dom.js';
import { markdownDestination } from './link.js';
import { escapeMarkdownText } from './markdown-escape.js';
import { asDom, type DomNode } from './turndown-node.js';
import { parseUserTarget, userUrl, type UserTarget } from './wiki-urls.js';

/**
 * User mentions (`<ac:link><ri:user …/></ac:link>`). Markdown spelling: `[@Name](<base>/people/<id>)`
 * when a display name is known. Without one, a username is `@~jdoyle` (the `~` of Confluence's user
 * URLs, readable as it is); an account id or user key, which no reader can read, is a link to the
 * profile named `@user-` and the id's last six letters and digits, `[@user-4f0011](/people/8a7f…4f0011)`:
 * a mention to GitHub's eye, told apart from the page's other mentions, and read back to the same
 * `ri:user` with no name. Bare ids typed in Markdown (`@557058:…`, `@8a7f…`, 32 or 24 hex digits)
 * are still read as mentions.
 */
export interface UserIds {
  accountId?: string;
  userKey?: string;
  username?: string;
}

const ID_ATTRIBUTES: readonly [keyof UserIds, string, string][] = [
  ['accountId', 'ri:account-id', 'data-account-id'],
  ['userKey', 'ri:userkey', 'data-userkey'],
  ['username', 'ri:username', 'data-username'],
];

/** A bare mention in Markdown text: account id, 32-hex user key, JIRAUSER key, or `~username`. */
export const MENTION_TOKEN =
  /(?<![\w@~/:.\\-])@(~[\w.-]*\w|\d+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}|[0-9a-f]{24}|JIRAUSER\d+)(?![\w-])/u;

export function primaryUser(ids: UserIds): UserTarget | null {
  if (ids.accountId) return { accountId: ids.accountId };
  if (ids.userKey) return { userKey: ids.userKey };
  if (ids.username) return { username: ids.username };
  return null;
}

function primaryId(ids: UserIds): string {
  return ids.accountId ?? ids.userKey ?? ids.username ?? '';
}

export function idsFromToken(token: string): UserIds {
  if (token.startsWith('~')) return { username: token.slice(1) };
  if (/^[0-9a-f]{32}$/.test(token) || /^JIRAUSER\d+$/.test(token)) return { userKey: token };
  return { accountId: token };
}

/** The name a mention without a known name shows: `user-` and the last six letters and digits of its id. */
export function unnamedMention(ids: UserIds): string | null {
  const id = ids.accountId ?? ids.userKey;
  if (id === undefined) return null;
  // Ids a reader can read (a user key that is an old username) stay as they are.
  const token = MENTION_TOKEN.exec(`@${id}`);
  if (!token || token[1] !== id) return null;
  return `user-${id.replace(/[^0-9A-Za-z]/g, '').slice(-6)}`;
}

/** Whether a mention's shown text is a name of its own rather than its id or the stand-in for it. */
function isName(shown: string, ids: UserIds): boolean {
  return shown !== '' && shown !== primaryId(ids) && shown !== `~${ids.username ?? ''}` && shown !== unnamedMention(ids);
}

function bareToken(ids: UserIds): string | null {
  const user = primaryUser(ids);
  if (!user) return null;
  const token = 'username' in user ? `~${user.username}` : primaryId(ids);
  const match = MENTION_TOKEN.exec(`@${token}`);
  if (!match || match[1] !== token) return null;
  const back = idsFromToken(token);
  const same = 'accountId' in user ? back.accountId === user.accountId : 'userKey' in user ? back.userKey === user.userKey : back.username === user.username;
  return same ? `@${token}` : null;
}

export function mentionHub(ids: UserIds, display?: string): string {
  const attrs: Record<string, string | boolean | undefined> = { 'data-mention': true };
  for (const [key, , hubName] of ID_ATTRIBUTES) attrs[hubName] = ids[key];
  return element('a', attrs, escapeText(`@${display ?? primaryId(ids)}`));
}

function idsOfHub(get: (name: string) => string | null | undefined): UserIds {
  const ids: UserIds = {};
  for (const [key, , hubName] of ID_ATTRIBUTES) {
    const value = get(hubName);
    if (value) ids[key] = value;
  }
  return ids;
}

export function mentionMarkdown(ids: UserIds, hubText: string): string {
  const user = primaryUser(ids);
  if (!user) return escapeMarkdownText(hubText);
  const shown = hubText.replace(/^@/, '');
  const known = currentWriteOptions().userNames?.(ids) ?? null;
  const name = known ?? (isName(shown, ids) ? shown : null);
  const href = markdownDestination(userUrl(user));
  if (name) return `[@${escapeMarkdownText(name)}](${href})`;
  const standIn = 'username' in user ? null : unnamedMention(ids);
  if (standIn) return `[@${standIn}](${href})`;
  return bareToken(ids) ?? `[@${escapeMarkdownText(primaryId(ids))}](${href})`;
}

function userElement(el: Element): Element | undefined {
  return firstChild(el, 'ri:user');
}

export const mention: Construct = {
  name: 'mention',
  storage: {
    tags: ['ac:link'],
    test: (el) => userElement(el) !== undefined,
    toHub: (el, ctx) => {
      const user = userElement(el);
      const ids: UserIds = {};
      for (const [key, storageName] of ID_ATTRIBUTES) {
        const value = user?.attribs[storageName]?.trim();
        if (value) ids[key] = value;
      }
      const body = childElements(el).find((c) => c.name === 'ac:plain-text-link-body' || c.name === 'ac:link-body');
      const bodyText = body ? textContent(body).trim().replace(/^@/, '') : '';
      if (!primaryUser(ids)) {
        ctx.report.warn('mention', 'a user mention without account id, user key or username was dropped');
        return bodyText === '' ? '' : escapeText(bodyText);
      }
      return mentionHub(ids, bodyText === '' ? undefined : bodyText);
    },
  },
  hub: {
    tags: ['a'],
    test: (el) => el.attribs['data-mention'] !== undefined,
    toStorage: (el) => {
      const ids = idsOfHub((name) => el.attribs[name]);
      let attrs = '';
      for (const [key, storageName] of ID_ATTRIBUTES) {
        const value = ids[key];
        if (value) attrs += ` ${storageName}="${escapeAttribute(value)}"`;
      }
      // A display name the Markdown showed is kept as the link body, so it survives storage and back.
      const shown = textContent(el).trim().replace(/^@/, '');
      const named = isName(shown, ids);
      const body = named ? `<ac:plain-text-link-body><![CDATA[${shown.replace(/]]>/g, ']]]]><![CDATA[>')}]]></ac:plain-text-link-body>` : '';
      return `<ac:link><ri:user${attrs} />${body}</ac:link>`;
    },
  },
  markdown: {
    rules: {
      mention: {
        tags: ['a'],
        filter: (node) => node.nodeName === 'A' && node.hasAttribute('data-mention'),
        replacement: (_content, node) => {
          const el: DomNode = asDom(node);
          return mentionMarkdown(idsOfHub((name) => el.getAttribute(name)), el.textContent ?? '');
        },
      },
    },
  },
  markdownHtml: {
    tags: ['a'],
    test: (el) => (el.attribs.href ? parseUserTarget(el.attribs.href) !== null : false) && textContent(el).trim().startsWith('@'),
    toHub: (el) => {
      const user = parseUserTarget(el.attribs.href ?? '') ?? { username: '' };
      const ids: UserIds = 'accountId' in user ? { accountId: user.accountId } : 'userKey' in user ? { userKey: user.userKey } : { username: user.username };
      const shown = textContent(el).trim().replace(/^@/, '');
      return mentionHub(ids, isName(shown, ids) ? shown : undefined);
    },
  },
};
