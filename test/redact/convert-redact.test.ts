import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';
import { parseRedactionRules } from '../../src/redact/redaction-rules-file.js';

const storage = [
  '<h2>Logistics</h2>',
  '<p><strong>Passcode:</strong> 7Gh!kq2Z</p>',
  '<p><a href="https://acme.zoom.us/j/81244109921?pwd=c2VjcmV0LXB3ZA.1">Join</a></p>',
  '<p>Nothing to hide here.</p>',
].join('');

describe('convert({ redact })', () => {
  it('masks secrets before the writer, so Markdown and JSON agree, and reports counts only', () => {
    const rules = redactionRules();
    const md = convert(storage, { from: 'storage', to: 'md', redact: rules });
    const json = convert(storage, { from: 'storage', to: 'json', redact: rules });
    for (const out of [md.output, json.output]) {
      expect(out).not.toContain('7Gh!kq2Z');
      expect(out).not.toContain('c2VjcmV0LXB3ZA');
      expect(out).toContain('Nothing to hide here.');
    }
    expect(md.output).toContain('?pwd=REDACTED');
    expect(JSON.parse(json.output).hub).toContain('<strong>Passcode:</strong> [redacted]');
    expect(md.report.toLines('p.xhtml')).toEqual(['p.xhtml: redacted passcode: masked 1 secret', 'p.xhtml: redacted url-token: masked 1 secret']);
  });

  it('writes prose masks as [redacted], which reads back as text, never as a link', () => {
    const rules = redactionRules(parseRedactionRules('patterns:\n  - name: ticket\n    regex: "TKT-[0-9]+"\n', 'r.yaml'));
    const page = '<p>Passcode: open sesame now</p><table><tbody><tr><th>PIN</th><td>44 19</td></tr></tbody></table><p>See TKT-1234(old) and TKT-99[x] and</p><p>TKT-77: the end</p>';
    const md = convert(page, { from: 'storage', to: 'md', redact: rules, meta: { title: 'Passcode: a b' } }).output;
    expect(md).toContain('\nPasscode: [redacted]\n');
    expect(md).toContain('| **PIN** | [redacted] |');
    expect(md).toContain('title: "Passcode: [redacted]"');
    expect(md).not.toContain('\\[redacted\\] ');
    const back = convert(md, { from: 'markdown', to: 'json' }).output;
    const hub = JSON.parse(back).hub as string;
    expect(hub).not.toMatch(/<a\b/);
    expect(hub).toContain('Passcode: [redacted]');
    expect(hub).toContain('See [redacted](old) and [redacted][x] and');
    expect(hub).toContain('[redacted]: the end');
  });

  it('changes nothing without the option', () => {
    expect(convert(storage, { from: 'storage', to: 'md' }).output).toContain('7Gh!kq2Z');
  });
});
