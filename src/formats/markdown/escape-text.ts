/**
 * Escapes text so Markdown shows it literally, and no more than needed: `snake_case` stays as is,
 * `a < b` stays as is, but `<b>`, `&amp;`, `*x*`, `~~x~~` and a leading `1. ` are escaped.
 * Used for every text node of the Markdown writer (replacing turndown's escape, which let raw HTML
 * and entities through and escaped every underscore). "Line start" is the start of the text
 * node, as in turndown.
 */
const SPECIAL = /[\\*`[\]_<&~]/;
const LINE_START = /^(?:[-=>]|\+(?= |$)|#{1,6}(?= |$)|\d+[.)](?= |$))/;
const WORD = /[\p{L}\p{N}]/u;
const ENTITY = /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

export function escapeMarkdownText(text: string): string {
  let out = text;
  if (SPECIAL.test(text)) {
    const strike = text.indexOf('~') !== text.lastIndexOf('~');
    out = text.replace(/[\\*`[\]_<&~]/g, (c: string, i: number) => {
      switch (c) {
        case '_':
          return WORD.test(text.charAt(i - 1)) && WORD.test(text.charAt(i + 1)) ? '_' : '\\_';
        case '<':
          return /[A-Za-z/!?]/.test(text.charAt(i + 1)) ? '\\<' : '<';
        case '&':
          return ENTITY.test(text.slice(i, i + 40)) ? '\\&' : '&';
        case '~':
          return strike ? '\\~' : '~';
        default:
          return `\\${c}`;
      }
    });
  }
  const start = LINE_START.exec(out);
  if (!start) return out;
  const marker = start[0];
  if (/^\d/.test(marker)) return `${marker.slice(0, -1)}\\${marker.slice(-1)}${out.slice(marker.length)}`;
  return `\\${out}`;
}
