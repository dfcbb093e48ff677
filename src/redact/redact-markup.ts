import { BLOCKS } from './redaction-blocks.js';
import type { RedactionRule } from './redaction-rule.js';
import type { RedactionTally } from './redaction-tally.js';
import { redactText } from './redact-text.js';
import { TextRun } from './text-run.js';

/** Storage tags that hold text of their own line (parameters, bodies), unlike links and emoticons. */
const INLINE_STORAGE = new Set(['ac:link', 'ac:link-body', 'ac:plain-text-link-body', 'ac:emoticon', 'ac:inline-comment-marker', 'ac:placeholder', 'ri:page', 'ri:attachment', 'ri:url', 'ri:user', 'ri:space', 'ri:blog-post', 'ri:content-entity', 'ri:shortcut']);
const TOKEN = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<!--([\s\S]*?)(?:-->|$)|<[^>]*>?|[^<]+/g;
const ATTRIBUTE = /(\s[^\s=/>]+\s*=\s*)("[^"]*"|'[^']*')/g;

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
      tokens[i] = token.replace(ATTRIBUTE, (_m, head: string, quoted: string) => `${head}${quoted.charAt(0)}${redactText(quoted.slice(1, -1), rules, tally).text}${quoted.charAt(0)}`);
    } else {
      run.add(token, (text) => (tokens[i] = text));
    }
  });
  run.mask(rules, tally);
  return tokens.join('');
}
