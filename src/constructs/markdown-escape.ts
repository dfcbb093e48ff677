/**
 * Escaping for text that construct rules put into Markdown themselves (turndown escapes only the
 * text nodes it writes). Backslash escapes of ASCII punctuation are valid everywhere in CommonMark,
 * so this is safe in paragraphs, headings and GFM table cells (`|`).
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

/** Text for a Markdown link title in double quotes. */
export function escapeLinkTitle(text: string): string {
  return text.replace(/["\\]/g, (c) => `\\${c}`);
}
