import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared-corpus.js';

// bin/wikiport.js lets the old generation grow by at most half between full collections (lower
// peak RSS on big exports). The hostile-input sizes must still convert through the real CLI.
const bin = join(repoRoot, 'bin', 'wikiport.js');
const work = mkdtempSync(join(tmpdir(), 'wikiport-heap-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function convertFile(name: string, storage: string, to: 'md' | 'json'): string {
  const input = join(work, `${name}.xml`);
  writeFileSync(input, storage);
  const out = join(work, `out-${name}-${to}`);
  execFileSync(process.execPath, [bin, 'convert', '--from', 'storage', '--to', to, '--out', out, '--quiet', input], { stdio: 'pipe', timeout: 120_000 });
  return readFileSync(join(out, `${name}.${to}`), 'utf8');
}

describe('the CLI with its heap setting converts very large pages', () => {
  const cols = 50;
  const header = '<tr>' + Array.from({ length: cols }, (_, c) => `<th>col ${c}</th>`).join('') + '</tr>';
  const row = (r: number) => '<tr>' + Array.from({ length: cols }, (_, c) => `<td>r${r}c${c}</td>`).join('') + '</tr>';
  const table = '<table><tbody>' + header + Array.from({ length: 2000 }, (_, r) => row(r)).join('') + '</tbody></table>';
  const para = '<p>The committee reviewed the <strong>quarterly</strong> figures and <em>agreed</em> the plan.</p>';
  const big = para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));

  it('a 2,000 x 50 table to Markdown and to JSON', () => {
    const md = convertFile('table', table, 'md');
    expect(md.split('\n').filter((l) => l.startsWith('|')).length).toBe(2002);
    const json = JSON.parse(convertFile('table', table, 'json')) as { tables: Array<{ rows: Array<Record<string, unknown>> }> };
    expect(json.tables[0]!.rows).toHaveLength(2000);
    expect(json.tables[0]!.rows[1999]!['col 49']).toBe('r1999c49');
  }, 240_000);

  it('a 5 MB page to Markdown and to JSON', () => {
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const md = convertFile('big', big, 'md');
    expect(md.split('**quarterly**').length - 1).toBe(Math.ceil((5 * 1024 * 1024) / para.length));
    const json = JSON.parse(convertFile('big', big, 'json')) as { hub: string };
    expect(json.hub.length).toBeGreaterThan(5 * 1024 * 1024);
  }, 240_000);
});
