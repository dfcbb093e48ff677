import { BLOCKS } from './redaction-blocks.js';
import type { RedactionRule } from './redaction-rule.js';
import type { RedactionTally } from './redaction-tally.js';
import { redactText } from './redact-text.js';
import { TextRun } from './text-run.js';

/** Storage tags that hold text of their own line (parameters, bodies), unlike links and emoticons. */
const INLINE_STORAGE = new Set(['ac:link', 'ac:link-body', 'ac:plain-text-link-body', 'ac:emoticon', 'ac:inline-comment-marker', 'ac:placeholder', 'ri:page', 'ri:attachment', 'ri:url', 'ri:user', 'ri:space', 'ri:blog-post', 'ri:content-entity', 'ri:shortcut']);
const TOKEN = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<!--([\s\S]*?)(?:-->|$)|<[^>]*>?|[^<]+/g;
const ATTRIBUTE = /(\s[^\s=/>]+\s*=\s*)("[^"]*"|'[^']*')/g;

const PARAMETER_NAME = /\sac:name\s*=\s*["']([^"']+)["']/;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function encodeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
}

/**
 * Masks secrets in markup kept as a string (an unknown macro's storage XML, the opening tags of a
 * rich macro): text and CDATA are searched as lines, a parameter or body being a line of its own;
 * attribute values are searched alone. Everything else stays byte for byte, so the markup stays
 * well formed even when it is a fragment with unclosed tags.
 */
export function redactMarkup(markup: string, rules: readonly RedactionRule[], tally: RedactionTally): string {
  const tokens = markup.match(TOKEN) ?? [];
  const run = new TextRun();
  tokens.forEach((token, i) => {
    if (token.startsWith('<![CDATA[') || token.startsWith('<!--')) {
      const head = token.startsWith('<!--') ? '<!--' : '<![CDATA[';
      const tail = token.endsWith(head === '<!--' ? '-->' : ']]>') ? 3 : 0;
      run.lineBreak();
      run.add(token.slice(head.length, token.length - tail), (text) => (tokens[i] = `${head}${text}${token.slice(token.length - tail)}`));
      run.lineBreak();
    } else if (token.startsWith('<')) {
      const name = /^<\/?([^\s/>]+)/.exec(token)?.[1]?.toLowerCase() ?? '';
      if (BLOCKS.has(name) || (/^ac:/.test(name) && !INLINE_STORAGE.has(name))) run.lineBreak();
      // A parameter is read as `name: value`, so that one named like a secret (`secret`, `password`) has its value masked.
      const parameter = name === 'ac:parameter' && !token.startsWith('</') ? PARAMETER_NAME.exec(token)?.[1] : undefined;
      if (parameter) run.context(`${decodeEntities(parameter)}: `);
      tokens[i] = token.replace(ATTRIBUTE, (_m, head: string, quoted: string) => `${head}${quoted.charAt(0)}${redactText(quoted.slice(1, -1), rules, tally).text}${quoted.charAt(0)}`);
    } else {
      // Searched as the text it spells (`&quot;password&quot;: &quot;x&quot;` is `"password": "x"`), written back escaped.
      run.add(decodeEntities(token), (text) => (tokens[i] = encodeText(text)));
    }
  });
  run.mask(rules, tally);
  return tokens.join('');
}
