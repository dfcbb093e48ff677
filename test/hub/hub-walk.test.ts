import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import {
  childElementsNamed,
  elementsWhere,
  firstElementWhere,
  hasAncestor,
  isMention,
  ownContent,
  textContent,
  textWithout,
  viewWith,
} from '../../src/hub/hub-walk.js';
import { nodesText } from '../../src/hub/table-cell-text.js';

const html =
  '<h2>Attendees</h2><!-- note --><ul><li>Ana <a data-mention="" data-account-id="a1">@Ana Costa</a>, <strong>Helix</strong>' +
  '<ul><li>nested <a data-mention="" data-userkey="k2">@k2</a></li></ul></li><li>Jo Okafor</li></ul>' +
  '<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>';
const roots = parseDocument(html).children;

describe('hub walks', () => {
  it('finds elements in document order, nested ones included', () => {
    expect(elementsWhere(roots, isMention).map((a) => a.attribs['data-account-id'] ?? a.attribs['data-userkey'])).toEqual(['a1', 'k2']);
    expect(elementsWhere(roots, (el) => el.name === 'li')).toHaveLength(3);
    expect(firstElementWhere(roots, (el) => el.name === 'td')?.children[0]).toMatchObject({ name: 'table' });
    const tables = elementsWhere(roots, (el) => el.name === 'table');
    expect(tables.map((t) => hasAncestor(t, (el) => el.name === 'table'))).toEqual([false, true]);
  });

  it('reads text as cheerio does: comments left out, elements skipped on request', () => {
    const list = elementsWhere(roots, (el) => el.name === 'ul')[0]!;
    expect(textContent(roots)).toBe('AttendeesAna @Ana Costa, Helixnested @k2Jo Okaforinner');
    expect(textWithout([list], isMention)).toBe('Ana , Helixnested Jo Okafor');
    const [first, second] = childElementsNamed(list, 'li');
    expect(nodesText(ownContent(first!))).toBe('Ana @Ana Costa, Helix');
    expect(nodesText(ownContent(second!))).toBe('Jo Okafor');
  });

  it('gives a changed view without touching the parse', () => {
    const list = elementsWhere(roots, (el) => el.name === 'ul')[0]!;
    const view = viewWith([list], (el: Element) => (isMention(el) ? '@Someone' : el.name === 'strong' ? 'drop' : null));
    expect(nodesText(view)).toBe('Ana @Someone,\nnested @Someone\nJo Okafor');
    expect(nodesText([list])).toBe('Ana @Ana Costa, Helix\nnested @k2\nJo Okafor');
    const untouched = viewWith([list], () => null);
    expect(untouched[0]).toBe(list);
  });
});
