import { describe, expect, it } from 'vitest';
import { parsedHub } from '../../src/hub/parsed-hub.js';
import { typedCellValue } from '../../src/formats/json/typed-cell.js';
import { parsePersonCell, parsePersonNodes } from '../../src/minutes/person-cell.js';
import { cellNodes, cellReader } from '../../src/minutes/cell-nodes.js';
import { textContent } from '../../src/hub/hub-walk.js';

// Messy cells as Confluence pages have them: no-break spaces, zero-width characters, line breaks
// with spaces around them, mentions among text, a date written with a no-break space.
const HUB =
  '<table><tr><th>Who</th><th>When</th><th>Present</th><th>Notes</th></tr>' +
  '<tr><td> <a data-mention="" data-account-id="5b1">@Ana\u00A0Costa</a>,\u200B <a data-mention="" data-userkey="k9">@k9</a> </td>' +
  '<td><time datetime="2024-06-01">1\u00A0Jun  2024</time></td><td>\u200B<span data-emoticon="tick">✅</span> </td>' +
  '<td>Jo \u00A0 Okafor <br/> (Harbour\u00A0Trust)</td></tr>' +
  '<tr><td><a data-mention="" data-account-id="c3">@Sam Ruiz</a> - Helix</td><td><pre>  keep   this </pre></td><td>no</td><td><br> x <br></td></tr></table>';

describe('cellNodes', () => {
  const parsed = parsedHub(HUB);
  const table = parsed.normalize(parsed.outerTables[0]!);
  const cells = table.rows.flat();

  it('reads every cell from the page parse as parsing its cleaned HTML would', () => {
    for (const cell of cells) {
      expect(cell.element).toBeTruthy();
      const fromParse = cellNodes({ html: cell.html, element: null });
      expect(textContent(cellNodes(cell))).toBe(textContent(fromParse));
      const reader = cellReader(cell);
      expect(reader.nodes).toBe(cell.element!.children);
      expect(reader.text(reader.nodes)).toBe(textContent(fromParse));
      expect(typedCellValue(cell)).toEqual(typedCellValue({ html: cell.html, text: cell.text }));
      expect(parsePersonNodes(cellNodes(cell), { knownOrganizations: new Set() })).toEqual(parsePersonCell(cell.html, { knownOrganizations: new Set() }));
    }
  });

  it('types the messy cells', () => {
    const [who, when, present] = table.rows[0]!;
    expect(typedCellValue(who!)).toEqual([{ name: 'Ana Costa', accountId: '5b1' }, { name: null, userKey: 'k9' }]);
    expect(typedCellValue(when!)).toBe('2024-06-01');
    expect(typedCellValue(present!)).toBe(true);
    expect(textContent(cellNodes(table.rows[1]![1]!))).toBe('  keep   this ');
  });
});
