import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';

const toMarkdown = (storage: string): string => convert(storage, { from: 'storage', to: 'md' }).output;
const toStorage = (markdown: string): string => convert(markdown, { from: 'markdown', to: 'storage' }).output;

// hostile-md: storage -> Markdown -> storage kept the text of a table but not its header cells.
describe('header cells of a table read back from Markdown', () => {
  it('a table without a header row gains no empty header row (also nested in an HTML cell)', () => {
    const storage = '<table><tbody><tr><td>kiwi</td><td>plum</td></tr><tr><td>fig</td><td>lime</td></tr></tbody></table>';
    expect(toStorage(toMarkdown(storage))).toBe(storage);
    const nested = '<table><tbody><tr><th>Crate</th></tr><tr><td><table><tbody><tr><td>pear</td><td>quince</td></tr></tbody></table></td></tr></tbody></table>';
    expect(toStorage(toMarkdown(nested))).toBe(nested);
  });

  it('a key/value table keeps its keys as th and its values as td, first row included', () => {
    const storage = '<table><tbody><tr><th>Driver</th><td>Oskar</td></tr><tr><th>Vehicle</th><td>Van 3</td></tr></tbody></table>';
    const back = toStorage(toMarkdown(storage));
    expect(back).toMatch(/^<table><tbody><tr><th>(<strong>)?Driver(<\/strong>)?<\/th><td>Oskar<\/td><\/tr><tr><th>(<strong>)?Vehicle(<\/strong>)?<\/th><td>Van 3<\/td><\/tr><\/tbody><\/table>$/);
    expect(toMarkdown(back)).toBe(toMarkdown(storage));
  });

  it('row labels under a header row stay th cells', () => {
    const storage = '<table><tbody><tr><th>Leg</th><th>Miles</th></tr><tr><th>Out</th><td>12</td></tr><tr><th>Back</th><td>14</td></tr></tbody></table>';
    const back = toStorage(toMarkdown(storage));
    expect(back).toMatch(/<tr><th>(<strong>)?Out(<\/strong>)?<\/th><td>12<\/td><\/tr><tr><th>(<strong>)?Back(<\/strong>)?<\/th><td>14<\/td><\/tr>/);
    expect(toMarkdown(back)).toBe(toMarkdown(storage));
  });

  it('a hand-written table keeps its header row, and a lone empty header row is kept', () => {
    expect(toStorage('| Fruit | Count |\n| --- | --- |\n| apple | 3 |\n')).toBe('<table><tbody><tr><th>Fruit</th><th>Count</th></tr><tr><td>apple</td><td>3</td></tr></tbody></table>');
    expect(toStorage('| | |\n| --- | --- |\n')).toContain('<th></th>');
  });
});
