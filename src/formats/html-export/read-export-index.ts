import { fullCheerio } from '../../hub/full-cheerio.js';
import type { Cheerio } from 'cheerio';
import type { Element } from 'domhandler';

export interface ExportTreeNode {
  id: string;
  title: string;
  /** The page's file in the export (`Title_123.html`). */
  file: string;
  parentId: string | null;
  /** Position among its siblings, as index.html lists them. */
  position: number;
}

export interface ExportIndex {
  spaceKey: string | null;
  spaceName: string | null;
  pages: ExportTreeNode[];
}

/** `Title-With-Dashes_123.html` or `123.html` -> `123`; other names (`home.html`) -> the name without `.html`. */
export function pageIdFromFile(file: string): string {
  const name = file.split('/').pop() ?? file;
  const match = /(?:^|_)(\d+)\.html$/.exec(name);
  return match?.[1] ?? name.replace(/\.html$/, '');
}

/** `index.html` of an HTML space export: the Space Details table and the nested "Available Pages" list. Pure. */
export function readExportIndex(html: string): ExportIndex {
  const $ = fullCheerio().load(html);
  const details = new Map<string, string>();
  $('table tr').each((_, tr) => {
    const key = $(tr).children('th').first().text().trim().toLowerCase();
    const value = $(tr).children('td').first().text().trim();
    if (key && value && !details.has(key)) details.set(key, value);
  });
  const pages: ExportTreeNode[] = [];
  const seen = new Set<string>();
  const walk = ($ul: Cheerio<Element>, parentId: string | null): void => {
    $ul.children('li').each((position, li) => {
      const $a = $(li).children('a[href]').first();
      const file = decodeURIComponent($a.attr('href') ?? '');
      if (!file.endsWith('.html') || /^[a-z]+:/i.test(file)) return;
      const id = pageIdFromFile(file);
      if (seen.has(id)) return;
      seen.add(id);
      pages.push({ id, title: $a.text().replace(/\s+/g, ' ').trim(), file, parentId, position });
      $(li)
        .children('ul')
        .each((_, child) => walk($(child), id));
    });
  };
  // The page tree is the outermost list whose items link to pages.
  const roots = $('ul')
    .filter((_, ul) => $(ul).parents('ul').length === 0 && $(ul).children('li').children('a[href$=".html"]').length > 0)
    .toArray();
  for (const ul of roots) walk($(ul), null);
  return { spaceKey: details.get('key') ?? null, spaceName: details.get('name') ?? ($('#title-text').text().trim() || null), pages };
}
