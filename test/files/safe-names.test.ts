import fc from 'fast-check';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPagePaths, safeFileName, safeFileStem } from '../../src/files/safe-names.js';
import { propertyRuns } from '../robustness/soak.js';

describe('safeFileStem', () => {
  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['/abs/path', 'abs-path'],
    ['a\\b', 'a-b'],
    ['CON', 'CON_'],
    ['lpt1.txt', 'lpt1_.txt'],
    ['Release notes: Q3 / 2024?', 'Release notes - Q3 - 2024'],
    ['🚀 Launch plan 🎉', 'Launch plan'],
    ['...hidden', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['Ünïcödé Tëst', 'Ünïcödé Tëst'],
  ])('%s -> %s', (title, stem) => {
    expect(safeFileStem(title, '42')).toBe(stem);
  });

  it('falls back to the id when nothing safe is left', () => {
    expect(safeFileStem('🎉🎉', '98305')).toBe('page-98305');
    expect(safeFileStem('..', '7')).toBe('page-7');
  });

  it('caps 300-character titles', () => {
    const stem = safeFileStem('Minutes '.repeat(40), '1');
    expect(Array.from(stem).length).toBeLessThanOrEqual(100);
    expect(stem.startsWith('Minutes Minutes')).toBe(true);
  });

  it('never leaves the export folder, for any title', () => {
    const root = resolve('/tmp/export-root');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 8 }), (title, id) => {
        const stem = safeFileStem(title, id || '1');
        expect(stem.length).toBeGreaterThan(0);
        expect(stem).not.toMatch(/[/\\:*?"<>|]/);
        expect(stem.startsWith('.')).toBe(false);
        expect(resolve(join(root, `${stem}.md`)).startsWith(`${root}/`)).toBe(true);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe('planPagePaths', () => {
  const pages = [
    { id: '10', title: 'Team Home', parentId: null },
    { id: '11', title: 'Meeting notes', parentId: '10' },
    { id: '12', title: 'Meeting Notes', parentId: '10' },
    { id: '13', title: '2024-03-07 Steering committee', parentId: '11' },
    { id: '14', title: 'Attachments', parentId: null },
    { id: '15', title: 'Orphan whose parent is not exported', parentId: '999' },
  ];

  it('mirrors the tree and separates names that differ only in case', () => {
    const paths = planPagePaths(pages);
    expect(paths.get('10')).toBe('Team Home');
    expect(paths.get('11')).toBe('Team Home/Meeting notes');
    expect(paths.get('12')).toBe('Team Home/Meeting Notes (12)');
    expect(paths.get('13')).toBe('Team Home/Meeting notes/2024-03-07 Steering committee');
    expect(paths.get('14')).toBe('Attachments (14)');
    expect(paths.get('15')).toBe('Orphan whose parent is not exported');
  });

  it('is stable: the same pages in another order get the same paths', () => {
    expect(planPagePaths([...pages].reverse())).toEqual(planPagePaths(pages));
  });

  it('keeps pinned paths from an earlier run when they still fit', () => {
    const pinned = new Map([['12', 'Team Home/Meeting Notes'], ['11', 'Team Home/Meeting notes (11)']]);
    const paths = planPagePaths(pages, pinned);
    expect(paths.get('12')).toBe('Team Home/Meeting Notes');
    expect(paths.get('11')).toBe('Team Home/Meeting notes (11)');
    expect(paths.get('13')).toBe('Team Home/Meeting notes (11)/2024-03-07 Steering committee');
  });

  it('ignores a pinned path that moved folder or was made unsafe by hand', () => {
    const paths = planPagePaths(pages, new Map([['13', 'Elsewhere/x'], ['10', '../escape']]));
    expect(paths.get('13')).toBe('Team Home/Meeting notes/2024-03-07 Steering committee');
    expect(paths.get('10')).toBe('Team Home');
  });

  it('survives a parent cycle', () => {
    const paths = planPagePaths([{ id: '1', title: 'A', parentId: '2' }, { id: '2', title: 'B', parentId: '1' }]);
    expect(paths.size).toBe(2);
  });

  it('gives every page a unique path (ignoring case)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Notes', 'notes', 'NOTES', 'CON', '../x', '🎉', 'a/b', 'a-b'), { minLength: 1, maxLength: 30 }), (titles) => {
        const list = titles.map((title, i) => ({ id: String(i + 1), title, parentId: i > 3 ? String((i % 4) + 1) : null }));
        const paths = [...planPagePaths(list).values()].map((p) => p.toLowerCase());
        expect(new Set(paths).size).toBe(paths.length);
      }),
    );
  });
});

describe('safeFileName', () => {
  it('keeps the extension and cleans the rest', () => {
    expect(safeFileName('../budget 2024.xlsx', 'att1')).toBe('budget 2024.xlsx');
    expect(safeFileName('diagram.drawio.png', 'att2')).toBe('diagram.drawio.png');
    expect(safeFileName('.png', 'att3')).toBe('png');
  });
});

describe('planPagePaths after a rename', () => {
  it('gives a renamed page a name from its new title, and its children follow', () => {
    const pages = [
      { id: '1', title: 'Steering group', parentId: null },
      { id: '2', title: 'Agenda', parentId: '1' },
    ];
    const pinned = new Map([['1', 'Steering committee'], ['2', 'Steering committee/Agenda']]);
    const paths = planPagePaths(pages, pinned);
    expect(paths.get('1')).toBe('Steering group');
    expect(paths.get('2')).toBe('Steering group/Agenda');
  });
});
