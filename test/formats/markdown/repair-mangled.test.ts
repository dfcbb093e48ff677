import { describe, expect, it } from 'vitest';
import { isMangledMarkdown, repairMangledMarkdown, splitRow } from '../../../src/formats/markdown/repair-mangled.js';
import { readMarkdown } from '../../../src/formats/markdown/read-markdown.js';
import { normalizeTableHtml } from '../../../src/hub/table-normalize.js';

const mangled = [
  'Meeting Date: 2023-10-19',
  'Attendance',
  'Board Members',
  'Name | Alternate | ||',
  '---|---|---|---|',
  'Irene Vasquez, Solstice Energy | Paul Girard, Solstice Energy | ||',
  'Nordwind AG | |||',
  'Aiko Tanaka, Hoshi Corp | Ken Mori, Hoshi Corp |',
  'Guests',
  'Name | |',
  '---|---|',
  'Lena Fischer, Kelvin Labs | |',
  'Omar Farouk',
  'Agenda',
  '- Budget review',
  'Slides https://example.org/s.pdf',
  '- Hiring plan',
].join('\n');

describe('mangled Markdown repair', () => {
  it('recognizes pipe tables without leading pipes; leaves clean Markdown alone', () => {
    expect(isMangledMarkdown(mangled)).toBe(true);
    const clean = '## Agenda\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\nAttendance\n';
    expect(isMangledMarkdown(clean)).toBe(false);
    expect(repairMangledMarkdown(clean)).toBe(clean);
    const handWritten = 'Steps\n- one\n\nName | Role\n--- | ---\nAnn | Chair\nBob | Scribe\n';
    expect(isMangledMarkdown(handWritten)).toBe(false);
    expect(repairMangledMarkdown(handWritten)).toBe(handWritten);
  });

  it('splits ragged rows, keeping escaped pipes', () => {
    expect(splitRow('a | b | |||')).toEqual(['a', 'b', '', '', '']);
    expect(splitRow('| a \\| b | c |')).toEqual(['a \\| b', 'c']);
  });

  it('turns bare section lines into headings, pads ragged rows and keeps a last row that lost its pipes', () => {
    const out = repairMangledMarkdown(mangled);
    expect(out).toContain('## Attendance\n');
    expect(out).toContain('### Board Members\n');
    expect(out).toContain('### Guests\n');
    expect(out).toContain('## Agenda\n');
    expect(out).toContain('| Aiko Tanaka, Hoshi Corp | Ken Mori, Hoshi Corp |  |  |');
    expect(out).toContain('| Omar Farouk |  |');
    expect(out).toContain('- Budget review\\\n  Slides <https://example.org/s.pdf>');
    expect(repairMangledMarkdown(out)).toBe(out);
  });

  it('reads through the Markdown reader into clean hub tables', () => {
    const { hub } = readMarkdown(mangled);
    const tables = hub.match(/<table>[\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(2);
    const board = normalizeTableHtml(tables[0]!);
    expect(board.header).toEqual(['Name', 'Alternate']);
    expect(board.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Irene Vasquez, Solstice Energy', 'Paul Girard, Solstice Energy'],
      ['Nordwind AG', ''],
      ['Aiko Tanaka, Hoshi Corp', 'Ken Mori, Hoshi Corp'],
    ]);
    expect(normalizeTableHtml(tables[1]!).rows.map((r) => r[0]!.text)).toEqual(['Lena Fischer, Kelvin Labs', 'Omar Farouk']);
    expect(hub).toContain('<a href="https://example.org/s.pdf">');
  });

  it('drops a table-of-contents remnant', () => {
    const out = repairMangledMarkdown('Table of Contents | ||\n---|---|---|\n|\nAgenda\n- x\n');
    expect(out).not.toContain('Table of Contents');
    expect(out).toContain('## Agenda');
  });
});
