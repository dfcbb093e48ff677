import { decodeHTMLAttribute } from 'entities';
import { escapeAttribute } from '../../hub/html.js';

/**
 * Opaque constructs carry their whole storage in `data-storage`, often kilobytes of escaped XML.
 * The hub is parsed again for turndown (turndown-tree.ts, or domino where a browser's tree would
 * differ), and scanning and decoding those attributes would be a good part of that parse, so the
 * writer swaps each value for a short token first, and rules read the original back with
 * `storedStorage`.
 */
const TOKEN_PREFIX = '\uE001';
let stash: string[] = [];

export interface StashedHub {
  hub: string;
  /** Puts the original values back into any HTML a rule copied through as is (an HTML table cell). */
  unstash(text: string): string;
  restore(): void;
}

export function stashStorageAttributes(hub: string): StashedHub {
  const previous = stash;
  const values: string[] = [];
  const swapped = hub.includes('data-storage="')
    ? hub.replace(/(\sdata-storage=")([^"]*)"/g, (_match, head: string, value: string) => {
      values.push(value.includes('&') ? decodeHTMLAttribute(value) : value);
      return `${head}${TOKEN_PREFIX}${values.length - 1}"`;
    })
    : hub;
  stash = values;
  return {
    hub: swapped,
    unstash: (text) => (values.length === 0 ? text : text.replace(/(\sdata-storage=")\uE001(\d+)"/g, (_m, head: string, n: string) => `${head}${escapeAttribute(values[Number(n)] ?? '')}"`)),
    restore: () => { stash = previous; },
  };
}

/** The original value of a `data-storage` attribute read inside a turndown rule. */
export function storedStorage(value: string | null): string {
  if (value === null) return '';
  if (!value.startsWith(TOKEN_PREFIX)) return value;
  return stash[Number(value.slice(TOKEN_PREFIX.length))] ?? '';
}

/**
 * `data-storage` values spelled as the hub spells them (`&lt;`, `&gt;`, `&quot;`, `&amp;`) in HTML
 * serialized by cheerio, which writes `<` and `>` in attribute values as they are.
 */
export function respellStorageAttributes(html: string): string {
  if (!html.includes('data-storage="')) return html;
  return html.replace(/(\sdata-storage=")([^"]*)"/g, (_match, head: string, value: string) => `${head}${escapeAttribute(value.includes('&') ? decodeHTMLAttribute(value) : value)}"`);
}
