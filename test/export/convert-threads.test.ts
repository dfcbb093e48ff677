import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FILE_NAME, convertFiles, type ConvertFilesOptions } from '../../src/export/convert-files.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';
import { repoRoot } from '../support/shared-corpus.js';

// Pages of several kinds (a kept macro for report lines, a table, a password for --redact), some
// inputs that fail (missing, a folder, binary, broken JSON) and names that collide in two folders:
// everything whose order a thread could change.
const page = (n: number): string =>
  [
    `<h2>Runbook ${n}</h2><p>Restart the <strong>api-${n}</strong> pods&nbsp;first.</p>`,
    n % 3 === 0 ? `<ac:structured-macro ac:name="drawio"><ac:parameter ac:name="diagramName">flow-${n}</ac:parameter></ac:structured-macro>` : '',
    n % 4 === 0 ? `<table><tbody><tr><th>host</th><th>port</th></tr><tr><td>db-${n}</td><td>${5400 + n}</td></tr></tbody></table>` : '',
    n % 5 === 0 ? `<p>Password: Hunter${n}x!</p>` : '',
  ].join('');

describe('convertFiles on worker threads', () => {
  let work: string;
  let inputs: string[];
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'wikiport-threads-'));
    mkdirSync(join(work, 'a'));
    mkdirSync(join(work, 'b'));
    inputs = Array.from({ length: 230 }, (_, i) => {
      // Every tenth page takes the name of the page after it, in another folder: the later input gets "-2".
      const file = join(work, i % 10 === 0 ? 'b' : 'a', `page-${String(i % 10 === 0 ? i + 1 : i).padStart(3, '0')}.xml`);
      writeFileSync(file, page(i));
      return file;
    });
    inputs.splice(17, 0, join(work, 'missing.xml'));
    mkdirSync(join(work, 'folder.xml'));
    inputs.splice(120, 0, join(work, 'folder.xml'));
    writeFileSync(join(work, 'binary.xml'), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01]));
    inputs.splice(181, 0, join(work, 'binary.xml'));
    writeFileSync(join(work, 'broken.json'), '{ "not": "a page" ');
    inputs.splice(199, 0, join(work, 'broken.json'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function run(out: string, threads: number, extra: Partial<ConvertFilesOptions> = {}) {
    const lines: string[] = [];
    const summary = await convertFiles({
      inputs,
      from: 'auto',
      to: 'md',
      out: join(work, out),
      threads,
      onReportLine: (l) => lines.push(`report ${l}`),
      onFailure: (l) => lines.push(`failure ${l}`),
      ...extra,
    });
    const files = Object.fromEntries(readdirSync(join(work, out)).map((name) => [name, readFileSync(join(work, out, name), 'utf8')]));
    const { workerPages, ...rest } = summary;
    return { workerPages, summary: JSON.stringify(rest).replaceAll(`/${out}/`, '/OUT/'), files, lines };
  }

  it('writes the same files, bytes, report, summary and lines in the same order as one thread, converted on two workers', async () => {
    const one = await run('one', 1);
    const three = await run('three', 3, { callerConverts: false });
    expect(one.workerPages).toBe(0);
    expect(three.workerPages).toBe(inputs.length);
    expect(Object.keys(three.files).sort()).toEqual(Object.keys(one.files).sort());
    expect(three.files).toEqual(one.files);
    expect(three.summary).toBe(one.summary);
    expect(three.lines).toEqual(one.lines);
    // Both converting, the calling thread taking pages back from workers that are slow to start
    // (here: loading the TypeScript sources): still the same, each page taken once.
    const both = await run('both', 3);
    expect(both.files).toEqual(one.files);
    expect(both.summary).toBe(one.summary);
    expect(both.lines).toEqual(one.lines);
    // What the comparison covers: failures of each kind, collisions, report entries.
    expect(one.files['page-011.md']).toContain('Runbook 10');
    expect(one.files['page-011-2.md']).toContain('Runbook 11');
    expect(one.lines.filter((l) => l.startsWith('failure'))).toHaveLength(4);
    expect(one.files[REPORT_FILE_NAME]).toMatch(/missing\.xml: failed: cannot read: no such file/);
    expect(one.lines.some((l) => l.startsWith('report') && l.includes('drawio'))).toBe(true);
  }, 60_000);

  it('redacts on the workers with the rules the run was given', async () => {
    const rules = join(work, 'rules.yaml');
    writeFileSync(rules, "patterns:\n  - name: hostnames\n    regex: 'db-[0-9]+'\n");
    const { loadRedactionRules } = await import('../../src/redact/load-redaction-rules.js');
    const redact = await loadRedactionRules(rules);
    const one = await run('r-one', 1, { redact, redactRulesFile: rules });
    const two = await run('r-two', 3, { redact, redactRulesFile: rules, callerConverts: false });
    expect(two.workerPages).toBe(inputs.length);
    expect(two.files).toEqual(one.files);
    expect(two.lines).toEqual(one.lines);
    const all = Object.values(two.files).join('\n');
    expect(all).not.toMatch(/Hunter\d+x|db-\d+/);
  }, 60_000);

  it('through the built CLI (its worker entry beside the bundle): the same files with --threads 2 as with --threads 1', () => {
    const bin = join(repoRoot, 'bin', 'wikiport.js');
    expect(existsSync(join(repoRoot, 'dist', 'bin', 'convert-worker.js'))).toBe(true);
    const cli = (out: string, threads: string): Record<string, string> => {
      const run = spawnSync(process.execPath, [bin, 'convert', '--to', 'md', '--out', join(work, out), '--quiet', '--threads', threads, ...inputs], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status).toBe(1);
      expect(run.stderr.split('\n').filter((l) => l.startsWith('wikiport: '))).toHaveLength(4);
      return Object.fromEntries(readdirSync(join(work, out)).map((name) => [name, readFileSync(join(work, out, name), 'utf8')]));
    };
    expect(cli('cli-two', '2')).toEqual(cli('cli-one', '1'));
  }, 120_000);

  it('stays on one thread with redaction rules it cannot hand to a worker, with few inputs, or with standard input', async () => {
    const unnamed = await run('r-unnamed', 3, { redact: redactionRules(), callerConverts: false });
    expect(unnamed.workerPages).toBe(0);
    const few = await convertFiles({ inputs: inputs.slice(0, 99), from: 'auto', to: 'md', out: join(work, 'few'), threads: 4, callerConverts: false, onFailure: () => undefined });
    expect(few.workerPages).toBe(0);
  });
});
