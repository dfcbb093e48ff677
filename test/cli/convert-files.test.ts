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
