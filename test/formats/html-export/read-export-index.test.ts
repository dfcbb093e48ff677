import { describe, expect, it } from 'vitest';
import { pageIdFromFile, readExportIndex } from '../../../src/formats/html-export/read-export-index.js';
import { readFixture } from './export-fixture.js';

describe('readExportIndex', () => {
  const index = readExportIndex(readFixture('index.html'));

  it('reads the space key and name from the Space Details table', () => {
    expect(index.spaceKey).toBe('LDCG');
    expect(index.spaceName).toBe('Data Center Group');
  });

  it('reads the nested page tree with parents and sibling order', () => {
    expect(index.pages).toHaveLength(12);
    const parentOf = Object.fromEntries(index.pages.map((p) => [p.title, index.pages.find((q) => q.id === p.parentId)?.title ?? null]));
    expect(parentOf['Data Center Group Home']).toBeNull();
    expect(parentOf['Steering Committee']).toBe('Data Center Group Home');
    expect(parentOf['2024-02-22 SC Meeting Agenda/Minutes']).toBe('Steering Committee');
    expect(parentOf['R&D Budget (2024)']).toBe('Projects');
    const children = index.pages.filter((p) => p.parentId === '2250900100').map((p) => [p.position, p.title]);
    expect(children).toEqual([[0, 'QEMU SBSA Reference Platform'], [1, 'Confidential Computing'], [2, 'R&D Budget (2024)']]);
  });

  it('takes the page id from both file-name forms', () => {
    expect(pageIdFromFile('20-September-2022-Meeting_2250997761.html')).toBe('2250997761');
    expect(pageIdFromFile('2250900103.html')).toBe('2250900103');
    expect(pageIdFromFile('home.html')).toBe('home');
    expect(index.pages.find((p) => p.title === 'R&D Budget (2024)')?.file).toBe('2250900103.html');
  });
});
