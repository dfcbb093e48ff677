// Found by a hostile new user running `convert --out` over folders of their own files.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertFiles } from '../../src/export/convert-files.js';
import { rmSync } from 'node:fs';

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wikiport-convert-hostile-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('convert --out never replaces one of its own inputs', () => {
  it('keeps a Markdown input when another input of the run would be written over it, and converts both', async () => {
    const dir = folder();
    const mine = '# Grocery list\n\n* eggs\n+ flour\n';
    writeFileSync(join(dir, 'list.md'), mine);
    writeFileSync(join(dir, 'list.xhtml'), '<p>from the wiki</p>');
    const failures: string[] = [];
    const summary = await convertFiles({ inputs: [join(dir, 'list.xhtml'), join(dir, 'list.md')], from: 'auto', to: 'md', out: dir, onFailure: (l) => failures.push(l) });
    expect(failures).toEqual([]);
    expect(readFileSync(join(dir, 'list.md'), 'utf8')).toBe(mine);
    expect(summary.converted.map((f) => f.output)).toEqual([join(dir, 'list-2.md'), join(dir, 'list-3.md')]);
    expect(readFileSync(join(dir, 'list-2.md'), 'utf8')).toBe('from the wiki\n');
    expect(readFileSync(join(dir, 'list-3.md'), 'utf8')).toContain('eggs');
  });

  it('keeps a Markdown file converted to Markdown into its own folder, reached through ./ or a linked folder', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'notes'));
    const mine = '# Notes\n\n+ one\n+ two\n';
    writeFileSync(join(dir, 'notes', 'n.md'), mine);
    symlinkSync(join(dir, 'notes'), join(dir, 'link'));
    await convertFiles({ inputs: [join(dir, 'link', '.', 'n.md')], from: 'auto', to: 'md', out: join(dir, 'notes', '..', 'notes'), onFailure: () => undefined });
    expect(readFileSync(join(dir, 'notes', 'n.md'), 'utf8')).toBe(mine);
    expect(readFileSync(join(dir, 'notes', 'n-2.md'), 'utf8')).toContain('one');
  });
});

describe('convert reads text that is not UTF-8 by refusing it, never as U+FFFD', () => {
  it('fails a Latin-1 file naming the line, and reads UTF-16 files with a byte-order mark', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('# Menu\n\nsoup\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('\n')]));
    writeFileSync(join(dir, 'le.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Café ☕\n', 'utf16le')]));
    writeFileSync(join(dir, 'be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('# Straße\n', 'utf16le').swap16()]));
    const failures: string[] = [];
    const out = join(dir, 'out');
    const summary = await convertFiles({ inputs: ['latin1.md', 'le.md', 'be.md'].map((n) => join(dir, n)), from: 'auto', to: 'md', out, onFailure: (l) => failures.push(l) });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('latin1.md: is not UTF-8 text (line 4');
    expect(summary.converted).toHaveLength(2);
    expect(readdirSync(out).sort()).toEqual(['be.md', 'le.md', 'wikiport-convert-report.txt']);
    expect(readFileSync(join(out, 'le.md'), 'utf8')).toBe('# Café ☕\n');
    expect(readFileSync(join(out, 'be.md'), 'utf8')).toBe('# Straße\n');
  });
});

describe('convert --out after a killed run', () => {
  it('removes the temporary files a dead run left beside its outputs, and nothing else', async () => {
    const dir = folder();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(dir, 'a.md'), '# A\n');
    const deadPid = 2147483646;
    writeFileSync(join(out, `a.md.${deadPid}.0badf00d.tmp`), '# half');
    writeFileSync(join(out, `other.md.${deadPid}.0000beef.tmp`), '# half');
    writeFileSync(join(out, `photo.jpg.${deadPid}.0000beef.tmp`), 'not ours');
    mkdirSync(join(out, 'sub'));
    writeFileSync(join(out, 'sub', `b.md.${deadPid}.0000beef.tmp`), 'not in the run');
    await convertFiles({ inputs: [join(dir, 'a.md')], from: 'auto', to: 'md', out });
    expect(readdirSync(out).sort()).toEqual(['a.md', `photo.jpg.${deadPid}.0000beef.tmp`, 'sub', 'wikiport-convert-report.txt']);
    expect(readdirSync(join(out, 'sub'))).toHaveLength(1);
  });
});

describe('convert on pages nested thousands of levels deep', () => {
  it('converts 2,000 nested lists (flattened past the limit) and fails 30,000 with a reason, not "Maximum call stack size exceeded"', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'deep.xhtml'), '<ul><li>x'.repeat(2_000));
    writeFileSync(join(dir, 'deeper.xhtml'), '<ul><li>x'.repeat(30_000));
    const failures: string[] = [];
    const summary = await convertFiles({ inputs: [join(dir, 'deep.xhtml'), join(dir, 'deeper.xhtml')], from: 'auto', to: 'md', out: join(dir, 'out'), onFailure: (l) => failures.push(l) });
    expect(summary.converted.map((f) => f.input)).toEqual([join(dir, 'deep.xhtml')]);
    expect(summary.converted[0]?.reportLines.join('\n')).toContain('flattened to its text');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('deeper.xhtml: markup nested too deeply to convert');
  });
});

describe('convert --out: names that one file system reads as one', () => {
  it('gives an NFD "Café" and an NFC "café" from two folders two outputs, as macOS would otherwise overwrite one with the other', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'mac'));
    mkdirSync(join(dir, 'linux'));
    writeFileSync(join(dir, 'mac', 'Cafe\u0301.md'), '# from the Mac\n');
    writeFileSync(join(dir, 'linux', 'caf\u00e9.md'), '# from Linux\n');
    const out = join(dir, 'out');
    const summary = await convertFiles({ inputs: [join(dir, 'mac', 'Cafe\u0301.md'), join(dir, 'linux', 'caf\u00e9.md')], from: 'auto', to: 'storage', out });
    expect(summary.converted.map((f) => f.output)).toEqual([join(out, 'Cafe\u0301.storage.xhtml'), join(out, 'caf\u00e9-2.storage.xhtml')]);
  });
});
