import type { Element } from 'domhandler';
import type { Construct } from './construct.js';
import { element, escapeText, paramsJson, parseParamsJson } from '../hub/html.js';
import { macroParams, textContent } from '../formats/storage/storage-dom.js';
import { structuredMacro } from './macro-storage.js';
import { escapeLinkTitle } from './markdown-escape.js';
import { asDom } from './turndown-node.js';
import { currentWriteOptions } from '../hub/write-options.js';

/**
 * Single-issue Jira macros become a link to the issue: `[ABC-12](/browse/ABC-12 "Ops Jira")`, the
 * Jira server's name as link title. The Jira site's address is usually not in the macro (only the
 * application link's name and id): it comes from the `jiraBaseUrl` option, or from the `server`
 * parameter when that is itself an address; without either the link is host-relative. `serverId`
 * and other parameters stay in the hub. Jira tables (`jqlQuery`) are not a link: they stay opaque.
 */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;
const BROWSE = /^(.*)\/browse\/([A-Z][A-Z0-9_]*-\d+)$/;

/** `https://jira.example.com/` -> `https://jira.example.com`; '' for anything not http(s). */
export function siteAddress(url: string | undefined): string {
  const trimmed = (url ?? '').trim().replace(/\/+$/, '');
  return /^https?:\/\/[^\s"<>]+$/i.test(trimmed) ? trimmed : '';
}

function jiraSite(server: string | undefined): string {
  return siteAddress(currentWriteOptions().jiraBaseUrl) || siteAddress(server);
}

/** The issue key of a Markdown link that points at an issue on a Jira site we know (or host-relative). */
function browsedKey(el: Element): string | null {
  const match = BROWSE.exec(el.attribs.href ?? '');
  if (!match) return null;
  const [, site = '', key = ''] = match;
  if (textContent(el).trim() !== key) return null;
  const known = site === '' || site.replace(/\/+$/, '') === jiraSite(el.attribs.title);
  return known ? key : null;
}

function issueKey(el: Element): string | null {
  const key = (macroParams(el).key ?? '').trim();
  return ISSUE_KEY.test(key) ? key : null;
}

export function jiraHub(key: string, params: Record<string, string>): string {
  return element('a', { 'data-macro': 'jira', 'data-jira-key': key, 'data-params': paramsJson(params), href: `/browse/${key}` }, escapeText(key));
}

export const jira: Construct = {
  name: 'jira',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro'],
    macros: ['jira', 'jiraissues'],
    test: (el) => issueKey(el) !== null,
    toHub: (el) => {
      const { key, ...params } = macroParams(el);
      return jiraHub((key ?? '').trim(), params);
    },
  },
  hub: {
    tags: ['a'],
    test: (el) => el.attribs['data-macro'] === 'jira',
    toStorage: (el) => {
      const key = el.attribs['data-jira-key'] ?? '';
      return structuredMacro('jira', Object.assign(parseParamsJson(el.attribs['data-params']), { key }));
    },
  },
  markdown: {
    rules: {
      jira: {
        tags: ['a'],
        filter: (node) => node.nodeName === 'A' && node.getAttribute('data-macro') === 'jira',
        replacement: (_content, node) => {
          const el = asDom(node);
          const key = el.getAttribute('data-jira-key') ?? '';
          const server = parseParamsJson(el.getAttribute('data-params') ?? undefined).server;
          return `[${key}](${jiraSite(server)}/browse/${key}${server ? ` "${escapeLinkTitle(server)}"` : ''})`;
        },
      },
    },
  },
  markdownHtml: {
    tags: ['a'],
    test: (el) => browsedKey(el) !== null,
    toHub: (el) => {
      const key = browsedKey(el) ?? '';
      const server = el.attribs.title;
      return jiraHub(key, server ? { server } : {});
    },
  },
};
