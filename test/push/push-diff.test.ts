import { describe, expect, it } from 'vitest';
import { storageDiff, storageLines } from '../../src/push/push-diff.js';

const before =
  '<h2>Guests</h2><table><tbody><tr><th>Name</th></tr><tr><td>Kevin Zhao, Linaro</td></tr><tr><td>Gen Shimada, Linaro</td></tr></tbody></table>' +
  '<p>one</p><p>two</p><p>three</p><p>four</p><p>five</p><p>six</p><p>seven</p><p>eight</p><p>nine</p><p>ten</p><p>eleven</p>';

describe('storageDiff', () => {
  it('prints an empty string when nothing changes', () => {
    expect(storageDiff(before, before, { from: 'a', to: 'b' })).toBe('');
  });

  it('prints a unified diff with hunks and context, one block-level element a line', () => {
    const after = before.replace('<tr><td>Gen Shimada, Linaro</td></tr>', '<tr><td>Gen Shimada, Linaro</td></tr><tr><td>Grant Likely</td></tr>').replace('<p>ten</p>', '<p>TEN</p>');
    const diff = storageDiff(before, after, { from: 'page 42 v7 (wiki)', to: 'page 42 v8 (push)' });
    expect(diff).toBe(
      [
        '--- page 42 v7 (wiki)',
        '+++ page 42 v8 (push)',
        '@@ -2,6 +2,7 @@',
        ' <table><tbody><tr><th>Name</th></tr>',
        ' <tr><td>Kevin Zhao, Linaro</td></tr>',
        ' <tr><td>Gen Shimada, Linaro</td></tr>',
        '+<tr><td>Grant Likely</td></tr>',
        ' </tbody></table>',
        ' <p>one</p>',
        ' <p>two</p>',
        '@@ -12,5 +13,5 @@',
        ' <p>seven</p>',
        ' <p>eight</p>',
        ' <p>nine</p>',
        '-<p>ten</p>',
        '+<p>TEN</p>',
        ' <p>eleven</p>',
        '',
      ].join('\n'),
    );
  });

  it('cuts storage after block-level closing tags', () => {
    expect(storageLines('<p>a</p><ul><li>b</li></ul>')).toEqual(['<p>a</p>', '<ul><li>b</li>', '</ul>']);
  });
});
