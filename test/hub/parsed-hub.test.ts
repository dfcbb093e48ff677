import { describe, expect, it } from 'vitest';
import { parsedHub } from '../../src/hub/parsed-hub.js';

const hub = [
  '<h2>Attendance</h2>',
  '<table><tr><th>Name</th><th>Present</th></tr><tr><td>Ada Lovelace</td><td>✓</td></tr></table>',
  '<div data-layout-cell=""><p>Notes &amp; such</p>',
  '<table><tr><td><table><tr><td>inner</td></tr></table></td><td>x</td></tr></table></div>',
].join('');

describe('parsedHub', () => {
  it('parses a hub once for every writer of the page', () => {
    const first = parsedHub(hub);
    expect(parsedHub(`${hub}`)).toBe(first);
    const other = parsedHub('<p>other page</p>');
    expect(other).not.toBe(first);
    expect(parsedHub(hub)).toBe(first);
  });

  it('finds the outer tables in document order, located in the hub text', () => {
    const { outerTables } = parsedHub(hub);
    expect(outerTables).toHaveLength(2);
    const texts = outerTables.map((t) => hub.slice(t.startIndex!, t.endIndex! + 1));
    expect(texts[0]).toMatch(/^<table><tr><th>Name<\/th>.*<\/table>$/);
    expect(texts[1]).toMatch(/^<table><tr><td><table>.*inner.*<\/table><\/td><td>x<\/td><\/tr><\/table>$/);
  });

  it('normalizes each table once', () => {
    const parsed = parsedHub(hub);
    const table = parsed.outerTables[0]!;
    const normalized = parsed.normalize(table);
    expect(normalized.header).toEqual(['Name', 'Present']);
    expect(normalized.rows[0]?.map((c) => c.text)).toEqual(['Ada Lovelace', '✓']);
    expect(parsed.normalize(table)).toBe(normalized);
  });
});
