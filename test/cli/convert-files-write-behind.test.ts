import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORT_FILE_NAME, convertFiles } from '../../src/export/convert-files.js';

const page = (n: number): string =>
  `<h2>Runbook ${n}</h2><p>Restart the <strong>api-${n}</strong> pods&nbsp;first.</p><ul><li>check <code>kubectl get pods</code></li><li>page on-call</li></ul>`;

describe('convertFiles writes behind while the next pages convert', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'wikiport-write-behind-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('writes every page, and keeps the summary in input order', async () => {
    const inputs = Array.from({ length: 25 }, (_, i) => {
      const file = join(work, `page-${String(i).padStart(2, '0')}.xml`);
      writeFileSync(file, page(i));
      return file;
    });
    const out = join(work, 'out');
    const summary = await convertFiles({ inputs, from: 'auto', to: 'md', out });
    expect(summary.failed).toEqual([]);
    expect(summary.converted.map((f) => f.input)).toEqual(inputs);
    for (const [i, f] of summary.converted.entries()) {
      expect(f.output).toBe(join(out, `page-${String(i).padStart(2, '0')}.md`));
      expect(readFileSync(f.output as string, 'utf8')).toContain(`**api-${i}**`);
    }
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fails only the page whose write failed, names it, and lists it in the report file', async () => {
    const inputs = ['a', 'b', 'c', 'd', 'e', 'f'].map((name, i) => {
      const file = join(work, `${name}.xml`);
      writeFileSync(file, page(i));
      return file;
    });
    inputs.splice(3, 0, join(work, 'missing.xml'));
    const out = join(work, 'out');
    // A folder where b.md should go: writing b fails when the temp file is renamed over it.
    mkdirSync(join(out, 'b.md'), { recursive: true });
    writeFileSync(join(out, 'b.md', 'keep.txt'), 'x');
    const failures: string[] = [];
    const summary = await convertFiles({ inputs, from: 'auto', to: 'md', out, onFailure: (line) => failures.push(line) });
    expect(summary.converted.map((f) => f.input)).toEqual(inputs.filter((f) => !/[/\\](?:b|missing)\.xml$/.test(f)));
    expect(summary.failed.map((f) => f.input)).toEqual([join(work, 'b.xml'), join(work, 'missing.xml')]);
    expect(summary.failed[1]?.reason).toBe('cannot read: no such file');
    expect(failures.some((line) => line.startsWith(`${join(work, 'b.xml')}: `))).toBe(true);
    const report = readFileSync(join(out, REPORT_FILE_NAME), 'utf8');
    expect(report).toContain(`${join(work, 'b.xml')}: failed: `);
    expect(readFileSync(join(out, 'f.md'), 'utf8')).toContain('**api-5**');
  });

  it('reports every failed write as failed, however the writes interleave', async () => {
    const out = join(work, 'out');
    const inputs = Array.from({ length: 12 }, (_, i) => {
      const file = join(work, `p${i}.xml`);
      writeFileSync(file, page(i));
      mkdirSync(join(out, `p${i}.md`, 'taken'), { recursive: true });
      return file;
    });
    const summary = await convertFiles({ inputs, from: 'auto', to: 'md', out, onFailure: () => undefined });
    expect(summary.converted).toEqual([]);
    expect(summary.failed.map((f) => f.input)).toEqual(inputs);
  });

  it('names an unreadable input mid-run (a folder, a binary file) and writes every other page whole', async () => {
    const inputs = Array.from({ length: 20 }, (_, i) => {
      const file = join(work, `p${String(i).padStart(2, '0')}.xml`);
      writeFileSync(file, page(i));
      return file;
    });
    const folder = join(work, 'p05.xml');
    rmSync(folder);
    mkdirSync(folder);
    writeFileSync(join(work, 'p12.xml'), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x3c]));
    const out = join(work, 'out');
    const failures: string[] = [];
    const summary = await convertFiles({ inputs, from: 'auto', to: 'md', out, onFailure: (line) => failures.push(line) });
    expect(summary.failed).toEqual([
      // What to do instead (a hostile new user ran `convert pages --out md`).
      { input: folder, reason: `cannot read: is a folder, not a file: name the page files in it (${join(folder, '*')}); a folder converts whole only when it is an HTML space export (with index.html)` },
      { input: join(work, 'p12.xml'), reason: 'looks like a binary file, not a page (storage XHTML, Markdown or JSON expected)' },
    ]);
    expect(failures).toEqual(summary.failed.map((f) => `${f.input}: ${f.reason}`));
    expect(summary.converted).toHaveLength(18);
    for (const f of summary.converted) {
      const n = Number(/p(\d+)\.xml$/.exec(f.input)?.[1]);
      expect(readFileSync(f.output as string, 'utf8')).toBe(`## Runbook ${n}\n\nRestart the **api-${n}** pods first.\n\n- check \`kubectl get pods\`\n- page on-call\n`);
    }
    expect(readdirSync(out).sort()).toEqual([...summary.converted.map((f) => (f.output as string).slice(out.length + 1)), REPORT_FILE_NAME].sort());
  });
});
