import { TEXT_MASK } from '../../hub/redaction-mask.js';
import { linkifyMatcher } from './linkify.js';
import { escapeShortcodes } from '../../constructs/emoji-shortcodes.js';

/**
 * Escapes text so Markdown shows it literally, and no more than needed: `snake_case` stays as is,
 * `a < b` stays as is, but `<b>` (as `&lt;b>`), `&amp;`, `*x*`, `~~x~~`, `~x~` and a leading `1. ` are escaped.
 * Used for every text node of the Markdown writer (replacing turndown's escape, which let raw HTML
 * and entities through and escaped every underscore). "Line start" is the start of the text
 * node, as in turndown.
 */
const SPECIAL = /[\\*`[\]_<&~]/;
const LINE_START = /^(?:[-=>]|\+(?= |$)|#{1,6}(?= |$)|\d+[.)](?= |$))/;
const WORD = /[\p{L}\p{N}]/u;
const ENTITY = /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * A web address in text, as GFM's autolink literal ends it (trailing punctuation is not part of it).
 * Written as an autolink `<…>`: GitHub links bare addresses anyway, the reader links them too, and
 * markdownlint wants no bare URL.
 */
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"`]*[^\s<>"`.,:;!?'*_~)\]]/g;

export function escapeMarkdownText(text: string): string {
  if (text.includes(LINE_START_MARK)) text = text.split(LINE_START_MARK).join('');
  if (text.includes('@')) {
    const emails = emailAddresses(text);
    if (emails.length > 0) {
      let out = '';
      let last = 0;
      for (const { index, lastIndex, address } of emails) {
        out += escapeAddressesAndText(text.slice(last, index)) + `<${address}>`;
        last = lastIndex;
      }
      return out + escapeAddressesAndText(text.slice(last));
    }
  }
  return escapeAddressesAndText(text);
}

/**
 * E-mail addresses in text, as the reader links them (linkify-it's e-mail rule, GFM's autolink
 * extension), written `<name@host>` as web addresses are: an autolink reads back as the same link,
 * and markdownlint wants no bare address. Only addresses a CommonMark autolink can hold.
 */
function emailAddresses(text: string): { index: number; lastIndex: number; address: string }[] {
  const matches = linkifyMatcher().match(text) ?? [];
  return matches
    .filter((m) => m.url === `mailto:${m.raw}` && EMAIL_AUTOLINK.test(m.raw))
    .map((m) => ({ index: m.index, lastIndex: m.lastIndex, address: m.raw }));
}

/** CommonMark's e-mail autolink. */
const EMAIL_AUTOLINK = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

function escapeAddressesAndText(text: string): string {
  if (/https?:\/\//.test(text)) {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(WEB_ADDRESS)) {
      const address = match[0];
      if (address.includes('\\')) continue;
      out += escapePlainText(text.slice(last, match.index)) + `<${address}>`;
      last = match.index + address.length;
    }
    if (last > 0) return out + escapePlainText(text.slice(last));
  }
  return escapePlainText(text);
}

/** `<https://…>` and `<name@host>` the escaper wrote, as text again (inside link text, where an autolink would break the link). */
export function unwrapAutolinks(markdown: string): string {
  return markdown.replace(/<(https?:\/\/[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/g, (_m, address: string) => address.replace(/([\\*_`[\]~])/g, '\\$1'));
}

function escapePlainText(text: string): string {
  if (text.includes(TEXT_MASK)) return escapeAroundMasks(text);
  return escapeShortcodes(escapeLineStart(escapeSpecials(text)));
}

/**
 * `[redacted]` reads as itself: CommonMark leaves brackets that make no link as they are, so the
 * mask needs no backslashes, unless what follows would make it one (`(url)`, `[ref]`, `: def`).
 */
function escapeAroundMasks(text: string): string {
  const parts = text.split(TEXT_MASK);
  let out = escapeSpecials(parts[0] ?? '');
  for (let i = 1; i < parts.length; i++) {
    const after = parts[i] ?? '';
    out += (/^[([:]/.test(after) ? '\\[redacted\\]' : TEXT_MASK) + escapeSpecials(after);
  }
  return escapeLineStart(out);
}

function escapeSpecials(text: string): string {
  let out = text;
  if (SPECIAL.test(text)) {
    out = text.replace(/[\\*`[\]_<&~]/g, (c: string, i: number) => {
      switch (c) {
        case '_':
          return WORD.test(text.charAt(i - 1)) && WORD.test(text.charAt(i + 1)) ? '_' : '\\_';
        case '<':
          // `&lt;` rather than `\<`: the Markdown source then never shows a tag (`<ac:link>`) either.
          return /[A-Za-z/!?]/.test(text.charAt(i + 1)) ? '&lt;' : '<';
        case '&':
          return ENTITY.test(text.slice(i, i + 40)) ? '\\&' : '&';
        case '~':
          return `${TILDE_MARK}~`;
        default:
          return `\\${c}`;
      }
    });
  }
  return out;
}

function escapeLineStart(out: string): string {
  const start = LINE_START.exec(out);
  // Digits alone may start a list item with the next run's "." or ")" (`5<strong>.</strong>`).
  if (!start) return /^\d+$/.test(out) ? `${out}${LINE_START_MARK}` : out;
  const marker = start[0];
  if (/^\d/.test(marker)) return `${marker.slice(0, -1)}${LINE_START_MARK}${marker.slice(-1)}${out.slice(marker.length)}`;
  return `${LINE_START_MARK}${out}`;
}

/**
 * Whether a text node really starts a line is only known once the whole page is written (the
 * text after a link or a dropped break may or may not), so the escaper leaves a mark and the
 * writer settles it here: a backslash where the mark starts a line (after quote and list markers),
 * nothing elsewhere. Escaping only where needed keeps storage -> md -> storage -> md a fixed point.
 */
export const LINE_START_MARK = '\uE002';
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+|#{1,6}[ \t]+))*[ \t]*/;

export function settleLineStartEscapes(markdown: string): string {
  if (!markdown.includes(LINE_START_MARK)) return markdown;
  return markdown
    .split('\n')
    .map((line) => {
      if (!line.includes(LINE_START_MARK)) return line;
      const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
      const start = prefix.length;
      // After a heading marker the line is a heading whatever follows (`# 1. Scope`, `# - x`): only
      // a `#` there needs the escape (`## #` would be an empty heading with a closing sequence).
      const inHeading = /#[ \t]+$/.test(prefix);
      let out = '';
      for (let i = 0; i < line.length; i++) {
        const c = line.charAt(i);
        if (c !== LINE_START_MARK) out += c;
        else if (inHeading) out += line.charAt(i + 1) === '#' ? '\\' : '';
        else if (i === start || (/^\d+$/.test(line.slice(start, i)) && /^[.)](?:[ \t]|$)/.test(line.slice(i + 1, i + 3)))) out += '\\';
      }
      return out;
    })
    .join('\n');
}

/**
 * GFM strikes text between one or two tildes (`~x~`, `~~x~~`), and they may stand in different
 * text nodes (`~a <b>b</b> c~`), so each `~` of text is marked and settled once the page is
 * written: escaped where its paragraph (the lines up to a blank one) has another tilde of text, or
 * where it touches a tilde (`~~a~~~` would be a run of three, no strike); left as is elsewhere, so
 * "~5 minutes" and `~/bin` read as they are written. Counting per paragraph, not per text node,
 * gives the same answer however the text is split, so the round trip stays a fixed point.
 */
export const TILDE_MARK = '\uE005';

export function settleLoneTildes(markdown: string): string {
  if (!markdown.includes(TILDE_MARK)) return markdown;
  return markdown
    .split(/(\n[ \t]*\n)/)
    .map((block) => {
      if (!block.includes(TILDE_MARK)) return block;
      if (block.indexOf(TILDE_MARK) !== block.lastIndexOf(TILDE_MARK)) return block.split(`${TILDE_MARK}~`).join('\\~');
      const at = block.indexOf(TILDE_MARK);
      const touches = block.charAt(at - 1) === '~' || block.charAt(at + 2) === '~';
      return block.replace(`${TILDE_MARK}~`, touches ? '\\~' : '~');
    })
    .join('');
}

/**
 * An inline comment (a kept inline macro) that starts a line would make CommonMark read the whole
 * line as an HTML block, so Markdown after it (emphasis, links) would show literally. The opaque
 * rule marks each inline comment; where one starts a line (after quote and list markers) it is
 * wrapped in `<span>`, which is no HTML block start when text follows it on the line.
 */
export const INLINE_COMMENT_MARK = '\uE003';
/** Quote and list markers: after a heading marker the line is a heading whatever follows. */
const BLOCK_CONTAINER_PREFIX = /^(?:[ \t]*(?:>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+))*[ \t]*/;

export function settleInlineCommentsAtLineStart(markdown: string): string {
  if (!markdown.includes(INLINE_COMMENT_MARK)) return markdown;
  return markdown
    .split('\n')
    .map((line) => {
      const start = (BLOCK_CONTAINER_PREFIX.exec(line)?.[0] ?? '').length;
      if (line.charAt(start) !== INLINE_COMMENT_MARK) return line.split(INLINE_COMMENT_MARK).join('');
      const end = line.indexOf('-->', start);
      if (end < 0) return line.split(INLINE_COMMENT_MARK).join('');
      const rest = line.slice(end + 3).split(INLINE_COMMENT_MARK).join('');
      return `${line.slice(0, start)}<span>${line.slice(start + 1, end + 3)}</span>${rest}`;
    })
    .join('\n');
}
