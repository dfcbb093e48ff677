import type * as cheerio from 'cheerio';
import type { Link } from '../model/meeting.js';

/**
 * External links of the page, each once. A bare URL is named by the words before it on its
 * line ("Meeting recording: https://…" → "Meeting recording").
 */
export function externalLinks($: cheerio.CheerioAPI): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const a of $('a[href]').toArray()) {
    const $a = $(a);
    if ($a.is('[data-mention], [data-page-title], [data-attachment], [data-macro]')) continue;
    const url = $a.attr('href') ?? '';
    if (!/^https?:\/\//i.test(url) || seen.has(url)) continue;
    seen.add(url);
    const text = $a.text().replace(/\s+/g, ' ').trim();
    links.push({ text: text === '' || text === url ? nameFromContext($, a) ?? url : text, url });
  }
  for (const el of $('[data-opaque][data-storage]').toArray()) {
    for (const url of macroUrls($(el).attr('data-storage') ?? '')) {
      if (seen.has(url)) continue;
      seen.add(url);
      links.push({ text: $(el).attr('data-macro') ?? url, url });
    }
  }
  return links;
}

function nameFromContext($: cheerio.CheerioAPI, a: Parameters<cheerio.CheerioAPI>[0]): string | null {
  const parts: string[] = [];
  let node = $(a).get(0)?.prev ?? null;
  while (node !== null) {
    if (node.type === 'tag' && (node as unknown as { name: string }).name === 'br') break;
    parts.unshift($(node).text());
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
