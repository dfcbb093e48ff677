import type { AnyNode, Element } from 'domhandler';
import type { Link } from '../model/meeting.js';
import { textContent } from '../hub/hub-walk.js';
import type { PageElements } from './hub-page.js';

const NOT_EXTERNAL = ['data-mention', 'data-page-title', 'data-attachment', 'data-macro'];

/**
 * External links of the page, each once. A bare URL is named by the words before it on its
 * line ("Meeting recording: https://…" → "Meeting recording").
 */
export function externalLinks(elements: Pick<PageElements, 'links' | 'opaqueStorage'>): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const a of elements.links) {
    if (NOT_EXTERNAL.some((name) => a.attribs[name] !== undefined)) continue;
    const url = a.attribs['href'] ?? '';
    if (!/^https?:\/\//i.test(url) || seen.has(url)) continue;
    seen.add(url);
    const text = textContent([a]).replace(/\s+/g, ' ').trim();
    links.push({ text: text === '' || text === url ? nameFromContext(a) ?? url : text, url });
  }
  for (const el of elements.opaqueStorage) {
    for (const url of macroUrls(el.attribs['data-storage'] ?? '')) {
      if (seen.has(url)) continue;
      seen.add(url);
      links.push({ text: el.attribs['data-macro'] ?? url, url });
    }
  }
  return links;
}

function nameFromContext(a: Element): string | null {
  const parts: string[] = [];
  let node: AnyNode | null = a.prev;
  while (node !== null) {
    if (node.type === 'tag' && (node as Element).name === 'br') break;
    parts.unshift(textContent([node]));
    node = node.prev;
  }
  const before = parts.join('').split('\n').pop() ?? '';
  const name = before.replace(/[\s:–—-]+$/, '').replace(/\s+/g, ' ').trim();
  return name === '' ? null : name;
}

/** URLs given as parameters of a macro kept as storage (google-drive-slides, widget, iframe…). */
function macroUrls(storage: string): string[] {
  const urls: string[] = [];
  const re = /<ac:parameter ac:name="(?:url|href|link|src)">\s*(https?:\/\/[^<\s]+)\s*<\/ac:parameter>|ri:value="(https?:\/\/[^"]+)"/g;
  for (let m = re.exec(storage); m !== null; m = re.exec(storage)) {
    urls.push((m[1] ?? m[2]!).replace(/&amp;/g, '&'));
  }
  return urls;
}
