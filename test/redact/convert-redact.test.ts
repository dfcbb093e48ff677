import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';

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

  it('changes nothing without the option', () => {
    expect(convert(storage, { from: 'storage', to: 'md' }).output).toContain('7Gh!kq2Z');
  });
});
