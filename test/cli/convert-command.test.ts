import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPORT_FILE_NAME } from '../../src/export/convert-files.js';

const STORAGE = '<h2>Team&nbsp;sync</h2><p>Agreed: ship <strong>Friday</strong>.</p>'
  + '<ac:structured-macro ac:name="drawio" ac:schema-version="1"><ac:parameter ac:name="diagramName">flow</ac:parameter></ac:structured-macro>';

let dir: string;
let stdout: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wikiport-convert-'));
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    stdout += `${args.join(' ')}\n`;
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    stderr += `${args.join(' ')}\n`;
  });
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('wikiport convert', () => {
  it('prints one converted input on stdout and its report on stderr', async () => {
    const input = file('sync.storage.xhtml', STORAGE);
    expect(await main(['convert', input])).toBe(0);
    expect(stdout).toContain('## Team sync');
    expect(stdout).toContain('Agreed: ship **Friday**.');
    expect(stdout).toContain('<!-- wikiport:block drawio ');
    expect(stderr).toContain(`${input}: kept-invisible drawio`);
  });

  it('keeps stderr quiet with --quiet', async () => {
    const input = file('sync.storage.xhtml', STORAGE);
    expect(await main(['convert', input, '--quiet'])).toBe(0);
    expect(stderr).toBe('');
  });

  it('writes one file per input, a report file and a one-line summary with --out; a bad input fails alone', async () => {
    const a = file('a.storage.xhtml', STORAGE);
    const b = file('b.md', '# Notes\n\n- one\n- two\n');
    const missing = join(dir, 'missing.xhtml');
    const broken = file('broken.json', '{ "not": "a page" ');
    const out = join(dir, 'out');
    expect(await main(['convert', a, b, missing, broken, '--out', out])).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['a.md', 'b.md', REPORT_FILE_NAME].sort());
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toContain('## Team sync');
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toBe('# Notes\n\n- one\n- two\n');
    expect(stderr).toContain(`wikiport: ${missing}: cannot read: no such file`);
    expect(stderr).toMatch(/broken\.json: .*JSON/);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/^Converted 2 of 4 files to md in .*, 2 failed/);
    const report = readFileSync(join(out, REPORT_FILE_NAME), 'utf8');
    expect(report).toContain('missing.xhtml: failed: cannot read');
    expect(report).toContain('kept-invisible drawio');
  });

  it('converts Markdown back to storage, restoring the opaque macro byte for byte', async () => {
    const md = join(dir, 'out', 'sync.md');
    await main(['convert', file('sync.storage.xhtml', STORAGE), '--out', join(dir, 'out'), '--quiet']);
    stdout = '';
    expect(await main(['convert', md, '--to', 'storage'])).toBe(0);
    expect(stdout).toContain('<ac:structured-macro ac:name="drawio" ac:schema-version="1"><ac:parameter ac:name="diagramName">flow</ac:parameter></ac:structured-macro>');
    expect(stdout).toContain('<h2>Team sync</h2>');
  });

  it('sniffs the format with --from auto: a file starting with < is storage, else Markdown', async () => {
    expect(await main(['convert', file('page.txt', '  <p>x &amp; y</p>'), '--to', 'md'])).toBe(0);
    expect(stdout).toBe('x & y\n');
    stdout = '';
    expect(await main(['convert', file('page2.txt', '*x* & y'), '--to', 'storage'])).toBe(0);
    expect(stdout).toBe('<p><em>x</em> &amp; y</p>');
  });

  it('refuses --threads below 1 or not whole (usage error, exit 2)', async () => {
    for (const threads of ['0', '1.5', '-2']) {
      expect(await main(['convert', file('a.md', 'a'), file('b.md', 'b'), '--out', join(dir, 'out'), '--threads', threads])).toBe(2);
      expect(stderr).toContain('--threads must be a whole number from 1 up');
    }
    // A word is named as one, not as "NaN" (found by a hostile new user).
    expect(await main(['convert', file('a.md', 'a'), file('b.md', 'b'), '--out', join(dir, 'out'), '--threads', 'many'])).toBe(2);
    expect(stderr).toContain('not a word');
    expect(stderr).not.toContain('NaN');
  });

  it('refuses several inputs without --out (usage error, exit 2)', async () => {
    expect(await main(['convert', file('a.md', 'a'), file('b.md', 'b')])).toBe(2);
    expect(stderr).toContain('add --out DIR');
  });

  it('refuses an --out folder below a dangling symbolic link with a message, instead of hanging', async () => {
    const input = file('a.storage.xhtml', STORAGE);
    symlinkSync(join(dir, 'gone'), join(dir, 'link'));
    const out = join(dir, 'link', 'out');
    expect(await main(['convert', input, file('b.md', 'b'), '--out', out])).toBe(2);
    expect(stderr).toContain(out);
  });
});
