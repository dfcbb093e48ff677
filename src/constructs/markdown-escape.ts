import { TEXT_MASK } from '../hub/redaction-mask.js';

/**
 * Escaping for text that construct rules put into Markdown themselves (turndown escapes only the
 * text nodes it writes). Backslash escapes of ASCII punctuation are valid everywhere in CommonMark,
 * so this is safe in paragraphs, headings and GFM table cells (`|`).
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

/**
 * `escapeMarkdownText` for a line of its own that the reader shows as prose (a code block's title
 * in bold): a redaction mask reads as itself, `[redacted]` (it makes no link), unless what follows
 * could make it one.
 */
export function escapeMarkdownLine(text: string): string {
  const escaped = escapeMarkdownText(text);
  return escaped.includes(ESCAPED_MASK) ? escaped.replace(ESCAPED_MASK_ALONE, TEXT_MASK) : escaped;
}

const ESCAPED_MASK = `\\[${TEXT_MASK.slice(1, -1)}\\]`;
const ESCAPED_MASK_ALONE = new RegExp(`${ESCAPED_MASK.replace(/[\\[\]]/g, '\\$&')}(?![([:\\]]|\\\\[\\[\\]])`, 'g');

/** Text for a Markdown link title in double quotes. */
export function escapeLinkTitle(text: string): string {
  return text.replace(/["\\]/g, (c) => `\\${c}`);
}
