import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { convertMany } from '../src/convert-many.js';
import { WikiportError } from '../src/errors.js';
import { redactionRules } from '../src/redact/index.js';

// A messy minutes page: merged table cells, a mention without a name, a task list, a page link,
// an attachment, an unknown macro and a leaked password.
const MINUTES = `<p>Date: <time datetime="2024-03-05" /></p>
<h2>Attendees</h2>
<ul><li><ac:link><ri:user ri:account-id="5b10ac8d82e05b22cc7d4ef5" /></ac:link></li><li>Priya Raman (Ops)</li></ul>
<h2>Discussion items</h2>
<table><tbody>
<tr><th>Time</th><th>Item</th><th>Who</th><th>Notes</th></tr>
<tr><td rowspan="2">10 min</td><td>Release 4.2</td><td>Priya</td><td><p>See <ac:link><ri:page ri:content-title="Release checklist" ri:space-key="OPS" /></ac:link></p></td></tr>
<tr><td>Budget</td><td colspan="2">Bridge: password: Tr0ub4dor-77 &nbsp;</td></tr>
</tbody></table>
<h2>Action items</h2>
<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Priya to send the <ac:link><ri:attachment ri:filename="plan v2.pdf" /></ac:link></ac:task-body></ac:task></ac:task-list>
<ac:structured-macro ac:name="made-up-macro" ac:schema-version="1"><ac:parameter ac:name="x">1</ac:parameter></ac:structured-macro>`;

const linkTargets = (format: string) => (t: { title: string }) => (t.title === 'Release checklist' ? `../OPS/Release checklist.${format}` : null);
const userNames = (u: { accountId?: string }) => (u.accountId === '5b10ac8d82e05b22cc7d4ef5' ? 'Dana Whitfield' : null);

describe('convertMany', () => {
  it('gives, per format, exactly what convert() gives for that format alone', () => {
    const many = convertMany(MINUTES, {
      from: 'storage',
      to: ['md', 'json'],
      meta: { id: '42', title: 'Team sync 2024-03-05', spaceKey: 'OPS' },
      baseUrl: 'https://wiki.example.com',
      userNames,
      perFormat: (format) => ({ linkTargets: linkTargets(format), attachmentsDir: `../_attachments/42` }),
    });
    expect(many.results.map((r) => r.format)).toEqual(['md', 'json']);
    for (const result of many.results) {
      const single = convert(MINUTES, {
        from: 'storage',
        to: result.format,
        meta: { id: '42', title: 'Team sync 2024-03-05', spaceKey: 'OPS' },
        baseUrl: 'https://wiki.example.com',
        userNames,
        linkTargets: linkTargets(result.format),
        attachmentsDir: '../_attachments/42',
      });
      expect(result.output).toBe(single.output);
      expect(result.report.entries).toEqual(single.report.entries);
      expect(result.meta).toEqual(single.meta);
    }
    const md = many.results[0]!.output;
    expect(md).toContain('Release%20checklist.md');
    expect(md).not.toContain('Release%20checklist.json');
    expect(md).toContain('../_attachments/42/plan%20v2.pdf');
    expect(md).toContain('Dana Whitfield');
  });

  it('redacts once, before every writer, and each writer has its own report', () => {
    const many = convertMany(MINUTES, { from: 'storage', to: ['json', 'md'], redact: redactionRules() });
    for (const result of many.results) expect(result.output).not.toContain('Tr0ub4dor-77');
    const [json, md] = many.results;
    expect(json!.report.entries.some((e) => e.kind === 'redacted')).toBe(true);
    expect(md!.report.entries.some((e) => e.kind === 'redacted')).toBe(true);
    expect(json!.report).not.toBe(md!.report);
  });

  it('refuses a format this build cannot write, naming it, before converting anything', () => {
    expect(() => convertMany(MINUTES, { from: 'storage', to: ['md', 'pdf' as never] })).toThrow(WikiportError);
    expect(() => convertMany(MINUTES, { from: 'storage', to: ['md', 'pdf' as never] })).toThrow(/pdf/);
  });
});

describe('a page with more report entries than a call can take arguments', () => {
  // 200,000 dates without a datetime give 200,000 report entries; copying them into each writer's
  // report by spreading them as arguments overflowed the call stack (V8 takes about 120,000).
  it('converts, and each writer\'s report keeps every entry of the reader', () => {
    const { results } = convertMany(`<p>${'<time/>'.repeat(200_000)}</p>`, { from: 'storage', to: ['json'] });
    expect(results[0]!.report.entries).toHaveLength(200_000);
  }, 30_000);
});
