import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main.js';
import { PageDocumentSchema } from '../../../src/model/page-document.js';
import { exportDir, zipFixture } from './export-fixture.js';

const work = mkdtempSync(join(tmpdir(), 'wikiport-convert-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let stderr: string[] = [];
let stdout: string[] = [];
beforeEach(() => {
  stderr = [];
  stdout = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void stderr.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void stdout.push(a.join(' ')));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = 0;
});

describe('wikiport convert with HTML space exports, --redact and NDJSON', () => {
  it('converts a zipped export into a page tree, redacted, and reports what was masked by page', async () => {
    const zip = join(work, 'LDCG.zip');
    writeFileSync(zip, zipFixture());
    const out = join(work, 'tree');
    const code = await main(['convert', zip, '--out', out, '--redact']);
    expect(code).toBe(0);
    expect(stdout.join('\n')).toContain(`Converted 12 pages into ${out}`);
    const md = readFileSync(join(out, 'Data Center Group Home/Steering Committee/2024-01-25 SC Meeting Agenda-Minutes.md'), 'utf8');
    expect(md).not.toContain('X==yHb^1');
    expect(stderr).toContain('Data Center Group Home/Steering Committee/2024-01-25 SC Meeting Agenda-Minutes.md: redacted passcode: masked 1 secret');
    expect(stderr.join('\n')).not.toContain('X==yHb^1');
  });

  it('--redact-rules adds the file\'s rules; a bad file is a usage error naming it', async () => {
    const rules = join(work, 'rules.yaml');
    writeFileSync(rules, 'patterns:\n  - name: attestation-key\n    regex: "s\\\\.[A-Za-z0-9]{12}"\n');
    const out = join(work, 'custom');
    expect(await main(['convert', exportDir, '--out', out, '--redact-rules', rules])).toBe(0);
    const json = readFileSync(join(out, 'Data Center Group Home/Projects/Confidential Computing.json'), 'utf8');
    expect(json).not.toContain('s.Q1w2E3r4T5y6');
    expect(stderr).toContain('Data Center Group Home/Projects/Confidential Computing.md: redacted custom:attestation-key: masked 1 secret');
    writeFileSync(rules, 'patterns: [{name: x, regex: "("}]\n');
    expect(await main(['convert', exportDir, '--out', join(work, 'bad'), '--redact-rules', rules])).toBe(2);
    expect(stderr.join('\n')).toMatch(/rules\.yaml: invalid redaction rules: patterns\.0\.regex: not a valid regular expression/);
    expect(existsSync(join(work, 'bad'))).toBe(false);
  });

  it('--out FILE.ndjson from page files: one valid page per line; a bad input fails alone (exit 1)', async () => {
    const a = join(work, 'a.storage.xhtml');
    const b = join(work, 'b.md');
    writeFileSync(a, '<h2>Action items</h2><ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>Send slides</ac:task-body></ac:task></ac:task-list>');
    writeFileSync(b, '# Notes\n\nPassword: hunter22\n');
    const file = join(work, 'pages.ndjson');
    const code = await main(['convert', a, b, join(work, 'missing.md'), '--out', file, '--redact']);
    expect(code).toBe(1);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) PageDocumentSchema.parse(JSON.parse(line));
    expect(lines[1]).not.toContain('hunter22');
    expect(stderr.join('\n')).toMatch(/missing\.md: /);
  });

  it('an export without --out is a usage error that says what to give', async () => {
    expect(await main(['convert', exportDir])).toBe(2);
    expect(stderr.join('\n')).toMatch(/is an HTML space export: give --out DIR/);
  });
});
