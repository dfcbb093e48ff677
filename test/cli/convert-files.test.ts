import { describe, expect, it } from 'vitest';
import { outputName, sniffFormat } from '../../src/export/convert-files.js';

describe('convert files: naming and format sniffing', () => {
  it.each([
    ['notes.storage.xhtml', 'md', 'notes.md'],
    ['dir/Page Name.xml', 'md', 'Page Name.md'],
    ['notes.md', 'storage', 'notes.storage.xhtml'],
    ['page.json', 'md', 'page.md'],
    ['README', 'json', 'README.json'],
    ['v1.2.notes.txt', 'md', 'v1.2.notes.md'],
  ] as const)('%s --to %s -> %s', (input, to, expected) => {
    expect(outputName(input, to)).toBe(expected);
  });

  it.each([
    ['a.json', '<p>x</p>', 'json'],
    ['a.md', '<p>x</p>', 'markdown'],
    ['a.xhtml', '# x', 'storage'],
    ['a.txt', '  \n<ac:structured-macro/>', 'storage'],
    ['a.txt', '{"id":"1"}', 'json'],
    ['a.txt', '# Title', 'markdown'],
  ] as const)('%s starting %j is %s', (path, text, expected) => {
    expect(sniffFormat(path, text)).toBe(expected);
  });
});

describe('convert --redact: names written after an input name (found in a third hostile try)', () => {
  it('masks a secret in the input file name in the output name, the report and the failures, keeping the extension', async () => {
    const { mkdtempSync, readdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { convertFiles } = await import('../../src/export/convert-files.js');
    const { redactionRules } = await import('../../src/redact/redaction-rules.js');
    const dir = mkdtempSync(join(tmpdir(), 'wikiport-convert-names-'));
    const input = join(dir, 'Wi-Fi password - Bluebird#77.storage.xhtml');
    writeFileSync(input, '<p>Password: Bluebird#77</p>');
    const missing = join(dir, 'Passcode 4471-0093.md');
    const out = join(dir, 'out');
    const failures: string[] = [];
    const summary = await convertFiles({ inputs: [input, missing], out, from: 'auto', to: 'md', redact: redactionRules(), onFailure: (l) => failures.push(l) });
    const written = readdirSync(out).sort();
    expect(written).toEqual(['Wi-Fi password - [redacted].md', 'wikiport-convert-report.txt']);
    const everything = [written.join('\n'), readFileSync(join(out, 'wikiport-convert-report.txt'), 'utf8'), JSON.stringify(summary), failures.join('\n')].join('\n');
    expect(everything).not.toMatch(/Blue|bird|4471|0093/);
  });
});
