import { describe, expect, it } from 'vitest';
import { patchEditedTableCells, pipeTableCells } from '../../../src/push/blocks/blocks-table-cells.js';

const original =
  '<table data-layout="wide" ac:local-id="t9"><colgroup><col style="width: 200px;" /><col /><col /></colgroup><tbody>' +
  '<tr><th><p><strong>Name</strong></p></th><th><p><strong>Org</strong></p></th><th><p /></th></tr>' +
  '<tr ac:local-id="a"><td><p>Leonardo Garcia</p></td><td><p>Linaro</p></td><td><p /></td></tr>' +
  '<tr ac:local-id="b"><td><p>Andy Wafaa</p></td><td>Arm</td><td /></tr></tbody></table>';
const shown = '| Name | Org |\n| --- | --- |\n| Leonardo Garcia | Linaro |\n| Andy Wafaa | Arm |';

describe('patchEditedTableCells', () => {
  it('patches the changed cells only; bold headers, widths, ids and empty columns stay', () => {
    const edited = '| Name | Org |\n| --- | --- |\n| Leonardo Garcia | Linaro Ltd |\n| Andy Wafaa | Arm \\| Cambridge |';
    const converted = '<table><tbody><tr><th>Name</th><th>Org</th></tr><tr><td>Leonardo Garcia</td><td>Linaro Ltd</td></tr><tr><td>Andy Wafaa</td><td>Arm | Cambridge</td></tr></tbody></table>';
    expect(patchEditedTableCells(original, converted, shown, edited)).toBe(
      original.replace('<td><p>Linaro</p></td>', '<td><p>Linaro Ltd</p></td>').replace('<td>Arm</td>', '<td>Arm | Cambridge</td>'),
    );
  });

  const convertedOf = (rows: string[][]) =>
    `<table><tbody><tr><th>Name</th><th>Org</th></tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const leonardo = '<tr ac:local-id="a"><td><p>Leonardo Garcia</p></td><td><p>Linaro</p></td><td><p /></td></tr>';
  const andy = '<tr ac:local-id="b"><td><p>Andy Wafaa</p></td><td>Arm</td><td /></tr>';

  it('adds the rows the user added, written like the row above, the empty column kept; the rest stays byte for byte', () => {
    const edited = `${shown}\n| Kevin Zhao | Linaro |`;
    const converted = convertedOf([['Leonardo Garcia', 'Linaro'], ['Andy Wafaa', 'Arm'], ['Kevin Zhao', 'Linaro']]);
    expect(patchEditedTableCells(original, converted, shown, edited)).toBe(original.replace(andy, `${andy}<tr><td><p>Kevin Zhao</p></td><td>Linaro</td><td></td></tr>`));
  });

  it('adds a row in the middle and patches an edited cell in the same edit', () => {
    const edited = '| Name | Org |\n| --- | --- |\n| Leonardo Garcia | Linaro |\n| Grant Likely | Arm |\n| Andy Wafaa | Arm Ltd |';
    const converted = convertedOf([['Leonardo Garcia', 'Linaro'], ['Grant Likely', 'Arm'], ['Andy Wafaa', 'Arm Ltd']]);
    expect(patchEditedTableCells(original, converted, shown, edited)).toBe(
      original.replace(leonardo, `${leonardo}<tr><td><p>Grant Likely</p></td><td><p>Arm</p></td><td></td></tr>`).replace('<td>Arm</td>', '<td>Arm Ltd</td>'),
    );
  });

  it('a row added right under the header row is a body row like the first one, not a header row', () => {
    const edited = '| Name | Org |\n| --- | --- |\n| Kevin Zhao | Linaro |\n| Leonardo Garcia | Linaro |\n| Andy Wafaa | Arm |';
    const converted = convertedOf([['Kevin Zhao', 'Linaro'], ['Leonardo Garcia', 'Linaro'], ['Andy Wafaa', 'Arm']]);
    expect(patchEditedTableCells(original, converted, shown, edited)).toBe(original.replace(leonardo, `<tr><td><p>Kevin Zhao</p></td><td><p>Linaro</p></td><td></td></tr>${leonardo}`));
  });

  it('removes the rows the user removed, and nothing else', () => {
    const edited = '| Name | Org |\n| --- | --- |\n| Andy Wafaa | Arm |';
    const converted = convertedOf([['Andy Wafaa', 'Arm']]);
    expect(patchEditedTableCells(original, converted, shown, edited)).toBe(original.replace(leonardo, ''));
  });

  it('keeps the markup when a column was added: a new cell in every row, a <col /> before the empty column', () => {
    const edited = '| Name | Org | Role |\n| --- | --- | --- |\n| Leonardo Garcia | Linaro | Chair |\n| Andy Wafaa | Arm | |';
    const converted = '<table><tbody><tr><th>Name</th><th>Org</th><th>Role</th></tr><tr><td>Leonardo Garcia</td><td>Linaro</td><td>Chair</td></tr><tr><td>Andy Wafaa</td><td>Arm</td><td></td></tr></tbody></table>';
    expect(patchEditedTableCells(original, converted, shown, edited)).toBe(
      original
        .replace('<col style="width: 200px;" /><col />', '<col style="width: 200px;" /><col /><col />')
        .replace('<th><p><strong>Org</strong></p></th>', '<th><p><strong>Org</strong></p></th><th><p><strong>Role</strong></p></th>')
        .replace('<td><p>Linaro</p></td>', '<td><p>Linaro</p></td><td><p>Chair</p></td>')
        .replace('<td>Arm</td>', '<td>Arm</td><td></td>'),
    );
  });

  it('gives up (null) when the Markdown is not a pipe table', () => {
    expect(patchEditedTableCells(original, convertedOf([['A', 'B']]), shown, '<table>…</table>')).toBeNull();
  });
});

describe('pipeTableCells', () => {
  it('reads cells, keeping escaped pipes and pipes in code inside their cell', () => {
    expect(pipeTableCells('| a | b |\n|:--|--:|\n| x \\| y | `p|q` |')).toEqual([['a', 'b'], ['x \\| y', '`p|q`']]);
  });
});
