import { describe, expect, it } from 'vitest';
import { rebuildStorageFromMarkdown } from '../../src/push/blocks/blocks-lossless.js';
import { hubBlockConverters } from '../../src/push/push-converters.js';

/**
 * A push of a table longer than a call can take arguments: the table's width was found by
 * spreading every row as an argument (Math.max(0, ...rows)), which overflowed the call stack at
 * 150,000 rows (about 15 s of CPU, so only under WIKIPORT_DEEP=1).
 */
const deep = process.env.WIKIPORT_DEEP ? it : it.skip;

describe('a push of a table of 150,000 rows with one cell edited', () => {
  deep('patches the cell and keeps the other rows', () => {
    const converters = hubBlockConverters();
    const rows = Array.from({ length: 150_000 }, (_, i) => `<tr><td>r${i}</td><td>x</td></tr>`).join('');
    const storage = `<table><tbody><tr><th>a</th><th>b</th></tr>${rows}</tbody></table>`;
    const markdown = converters.storageToMarkdown(storage).replace('| r75000 |', '| edited |');
    const rebuilt = rebuildStorageFromMarkdown(storage, markdown, converters);
    expect(rebuilt.changed).toBe(true);
    expect(rebuilt.storage).toContain('<td>edited</td>');
    expect(rebuilt.storage).toContain('<tr><td>r149999</td><td>x</td></tr>');
  }, 600_000);
});
