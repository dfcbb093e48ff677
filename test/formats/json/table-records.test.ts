import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';

interface Page {
  tables: { heading: string | null; orientation: string; columns: string[]; rows: Record<string, unknown>[] }[];
}

const storage = `<h2>Release readiness</h2><table><tbody>
<tr><th><p><strong>Area</strong></p></th><th><p><strong>Owner</strong></p></th><th><p><strong>Checks</strong></p></th></tr>
<tr><td><p>Backend</p></td><td><p>Ana Costa</p></td><td><p>migrations reviewed</p></td></tr>
<tr><td><p>Docs</p></td><td colspan="2"><p>Nobody assigned yet</p></td></tr>
<tr><td colspan="3"><p><strong>Frozen until 2 January</strong></p></td></tr></tbody></table>`;

describe('table records and merged cells', () => {
  it('JSON repeats a merged value in every column it spans', () => {
    const page = JSON.parse(convert(storage, { from: 'storage', to: 'json' }).output) as Page;
    expect(page.tables[0]!.columns).toEqual(['Area', 'Owner', 'Checks']);
    expect(page.tables[0]!.rows).toEqual([
      { Area: 'Backend', Owner: 'Ana Costa', Checks: 'migrations reviewed' },
      { Area: 'Docs', Owner: 'Nobody assigned yet', Checks: 'Nobody assigned yet' },
      { Area: 'Frozen until 2 January', Owner: 'Frozen until 2 January', Checks: 'Frozen until 2 January' },
    ]);
  });

  it('Markdown of the same table writes each merged value once', () => {
    const md = convert(storage, { from: 'storage', to: 'md' }).output;
    expect(md.match(/Nobody assigned yet/g)).toHaveLength(1);
    expect(md.match(/Frozen until 2 January/g)).toHaveLength(1);
    expect(md).toContain('| Docs | Nobody assigned yet | |');
    expect(md).toContain('| **Frozen until 2 January** | | |');
  });

  it('a key/value table keeps its records through Markdown', () => {
    const kv = '<table><tbody><tr><th>Owner</th><td>Ada</td></tr><tr><th>Budget (kEUR)</th><td>240</td></tr><tr><th>On track</th><td>yes</td></tr></tbody></table>';
    const direct = JSON.parse(convert(kv, { from: 'storage', to: 'json' }).output) as Page;
    const md = convert(kv, { from: 'storage', to: 'md' }).output;
    expect(md.trim().split('\n')[0]).toBe('| **Owner** | Ada |');
    const back = JSON.parse(convert(md, { from: 'markdown', to: 'json' }).output) as Page;
    expect(direct.tables[0]!.orientation).toBe('columns');
    expect(back.tables).toEqual(direct.tables);
  });
});
