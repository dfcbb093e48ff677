import { load } from 'cheerio';
import type { Element } from 'domhandler';

/** The Confluence constructs a storage page uses, by the names docs/conformance.md gives them. */
export function storageConstructs(storage: string): Set<string> {
  const $ = load(storage, { xml: { xmlMode: true, decodeEntities: false } }, false);
  const found = new Set<string>();
  $('*').each((_i, node) => {
    const el = node as Element;
    const name = el.name.toLowerCase();
    const kind = KINDS[name];
    if (kind) found.add(kind);
    if (name === 'a' && el.attribs.href !== undefined) found.add('link');
    if (name === 'ac:link') {
      if ($(el).children('ri\\:page').length > 0) found.add('page link');
      else if (el.attribs['ac:anchor'] !== undefined) found.add('anchor link');
      else if ($(el).children('ri\\:user').length > 0) found.add('mention');
      else if ($(el).children('ri\\:attachment').length > 0) found.add('attachment link');
    }
    if (name === 'ac:structured-macro' || name === 'ac:macro') {
      const macro = (el.attribs['ac:name'] ?? '').toLowerCase();
      found.add(MACROS[macro] ?? `${macro} macro`);
    }
    if ((name === 'th' || name === 'td') && /text-align/.test(el.attribs.style ?? '')) found.add('column alignment');
  });
  return found;
}

const KINDS: Record<string, string> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  ul: 'bulleted list', ol: 'numbered list', table: 'table', th: 'header cell', blockquote: 'block quote',
  code: 'inline code', strong: 'bold', b: 'bold', em: 'italic', i: 'italic', del: 'strikethrough', s: 'strikethrough',
  hr: 'rule', sup: 'superscript', sub: 'subscript', 'ac:image': 'image', 'ac:task-list': 'task list',
  'ac:emoticon': 'emoticon', 'ac:adf-extension': 'adf extension', time: 'date', details: 'details', br: 'line break',
};

const MACROS: Record<string, string> = {
  code: 'code block', noformat: 'code block', info: 'panel (info)', note: 'panel (note)', warning: 'panel (warning)',
  tip: 'panel (tip)', panel: 'panel', expand: 'expand', toc: 'table of contents', anchor: 'anchor', status: 'status',
};
