import { describe, expect, it } from 'vitest';
import { patchEditedTableCells, pipeTableCells } from '../../src/sync/blocks-table-cells.js';

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

  it('gives up (null) when rows were added or the Markdown is not a pipe table', () => {
    const converted = '<table><tbody><tr><th>Name</th><th>Org</th></tr><tr><td>A</td><td>B</td></tr><tr><td>C</td><td>D</td></tr><tr><td>E</td><td>F</td></tr></tbody></table>';
    expect(patchEditedTableCells(original, converted, shown, `${shown}\n| E | F |`)).toBeNull();
    expect(patchEditedTableCells(original, converted, shown, '<table>…</table>')).toBeNull();
  });
});

describe('pipeTableCells', () => {
  it('reads cells, keeping escaped pipes and pipes in code inside their cell', () => {
    expect(pipeTableCells('| a | b |\n|:--|--:|\n| x \\| y | `p|q` |')).toEqual([['a', 'b'], ['x \\| y', '`p|q`']]);
  });
});
