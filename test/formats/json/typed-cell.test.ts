import { describe, expect, it } from 'vitest';
import { typedCellValue } from '../../../src/formats/json/typed-cell.js';

const cell = (html: string, text = html) => ({ html, text });

describe('typed cell values', () => {
  it('types empty, numbers, dates, presence and text', () => {
    expect(typedCellValue(cell('', ''))).toBeNull();
    expect(typedCellValue(cell('240'))).toBe(240);
    expect(typedCellValue(cell('-3.5'))).toBe(-3.5);
    expect(typedCellValue(cell('007'))).toBe('007');
    expect(typedCellValue(cell('938 5333 7073'))).toBe('938 5333 7073');
    expect(typedCellValue(cell('2024-10-01'))).toBe('2024-10-01');
    expect(typedCellValue(cell('15 Dec 2024'))).toBe('2024-12-15');
    expect(typedCellValue(cell('yes'))).toBe(true);
    expect(typedCellValue(cell('✗'))).toBe(false);
    expect(typedCellValue(cell('-'))).toBe('-');
    expect(typedCellValue(cell('Design review'))).toBe('Design review');
  });

  it('types a <time> as its ISO date and an emoticon as presence', () => {
    expect(typedCellValue(cell('<time datetime="2025-01-31">31 Jan 2025</time>', '31 Jan 2025'))).toBe('2025-01-31');
    expect(typedCellValue(cell('<span data-emoticon="tick">✅</span>', '✅'))).toBe(true);
    expect(typedCellValue(cell('<span data-emoticon="cross">❌</span>', '❌'))).toBe(false);
  });

  it('types mentions as { accountId | userKey, name }, several as an array', () => {
    expect(typedCellValue(cell('<a data-mention data-account-id="5c1d">@Ada Lovelace</a>', '@Ada Lovelace'))).toEqual({ accountId: '5c1d', name: 'Ada Lovelace' });
    expect(
      typedCellValue(cell('<a data-mention data-userkey="k1">@A B</a>, <a data-mention data-userkey="k2">@k2</a>', '@A B, @k2')),
    ).toEqual([
      { userKey: 'k1', name: 'A B' },
      { userKey: 'k2', name: null },
    ]);
    expect(typedCellValue(cell('<a data-mention data-account-id="5c1d">@Ada</a> leads', '@Ada leads'))).toBe('@Ada leads');
  });
});
