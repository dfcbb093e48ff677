import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { readFixture } from './export-fixture.js';

describe("convert(page, { from: 'html-export' }) without the export's index", () => {
  it('reads one page file: chrome dropped, title from the heading, links to page files kept as page links', () => {
    const result = convert(readFixture('Confidential-Computing_2250900102.html'), { from: 'html-export', to: 'json' });
    const page = JSON.parse(result.output);
    expect(page.title).toBe('Confidential Computing');
    expect(page.updatedAt).toBe('2024-04-02');
    expect(page.hub).toContain('<a data-page-title="QEMU SBSA Reference Platform" data-content-type="page" data-page-id="2250900101">the QEMU platform page</a>');
    expect(page.hub).toContain('<details data-macro="expand"><summary>Realm boot sequence (details)</summary>');
    expect(page.hub).not.toMatch(/Document generated|breadcrumb|Data Center Group : /);
  });

  it('writes Markdown with the panel text and the code kept', () => {
    const md = convert(readFixture('QEMU-SBSA-Reference-Platform_2250900101.html'), { from: 'html-export', to: 'md' }).output;
    expect(md).toContain('qemu-system-aarch64 -machine sbsa-ref -cpu max,x-rme=on');
    expect(md).toContain('&& echo "booted <ok>"');
    expect(md).toContain('Use TF-A 2.10 or later');
    expect(md).not.toContain('Attachments:');
  });
});
