import { describe, expect, it } from 'vitest';
import { ConversionReport } from '../../src/hub/report.js';
import { redactPage } from '../../src/redact/redact-page.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';

const rules = redactionRules();

describe('redactPage', () => {
  it('masks the title, labels and source URL as well as the body, and counts the page as a whole', () => {
    const report = new ConversionReport();
    const { hub, meta, counts } = redactPage(
      '<p>Passcode: blue whale 77</p>',
      { title: 'Standup (Passcode: blue whale 77)', labels: ['minutes', 'pwd=kiwi-fruit'], sourceUrl: 'https://wiki.example/x?token=tok3n9' },
      rules,
      report,
    );
    expect(hub).toBe('<p>Passcode: [redacted]</p>');
    expect(meta).toEqual({ title: 'Standup (Passcode: [redacted])', labels: ['minutes', 'pwd=[redacted]'], sourceUrl: 'https://wiki.example/x?token=REDACTED' });
    expect(counts).toEqual({ password: 1, passcode: 1, 'url-token': 1 });
    expect(report.toLines('p')).toEqual(['p: redacted passcode: masked 1 secret in 2 places', 'p: redacted password: masked 1 secret', 'p: redacted url-token: masked 1 secret']);
  });

  it('masks a secret again where the page repeats it without its label, counting it once', () => {
    const report = new ConversionReport();
    const { hub, meta } = redactPage(
      '<p>Passcode: 83jd9x</p><p>If the bridge fails, use <strong>83JD9X</strong> again; <a href="https://m.example/j?code=83jd9x">join</a>.</p>',
      { title: 'Sync 83jd9x' },
      rules,
      report,
    );
    expect(hub).not.toMatch(/83jd9x/i);
    expect(meta.title).toBe('Sync [redacted]');
    expect(report.toLines('p')).toEqual(['p: redacted passcode: masked 1 secret in 4 places']);
  });

  it('masks what the reader already quoted in the report', () => {
    const report = new ConversionReport();
    report.warn('table', 'cell "Password: kiwi fruit salad" was merged');
    redactPage('<p>x</p>', {}, rules, report);
    expect(report.entries[0]?.message).toBe('cell "Password: [redacted]');
  });
});

describe('a password in the user part of an address (found in a third hostile try)', () => {
  it('is masked in text and in link targets, the user name kept', async () => {
    const { redactText, redactUrl } = await import('../../src/redact/redact-text.js');
    const { redactionRules } = await import('../../src/redact/redaction-rules.js');
    const rules = redactionRules();
    expect(redactText('psql postgres://app:urlPw-2231@db.example:5432/app', rules).text).toBe('psql postgres://app:REDACTED@db.example:5432/app');
    expect(redactUrl('https://deploy:s3cr3tPw@git.example.com/repo.git', rules)).toBe('https://deploy:REDACTED@git.example.com/repo.git');
    expect(redactText('see https://git.example.com/a:b@c and mailto:someone@example.com', rules).text).toBe('see https://git.example.com/a:b@c and mailto:someone@example.com');
  });
});

describe('an attachment name keeps its extension when masked (found in a third hostile try)', () => {
  it('masks the stem only, in the hub and in redactFileName alike, so links still resolve', async () => {
    const { redactFileName } = await import('../../src/redact/redact-text.js');
    const { redactHub } = await import('../../src/redact/redact-hub.js');
    const { redactionRules } = await import('../../src/redact/redaction-rules.js');
    const rules = redactionRules();
    expect(redactFileName('VPN password - Zephyr88vpn.txt', rules)).toBe('VPN password - [redacted].txt');
    expect(redactFileName('Passcode 12.34.56.pdf', rules)).toBe('Passcode [redacted].pdf');
    expect(redactFileName('Passcode: 4471-0093.storage.xhtml', rules)).toBe('Passcode: [redacted].storage.xhtml');
    expect(redactFileName('plain.txt', rules)).toBe('plain.txt');
    const { hub } = redactHub('<p>See <a data-attachment="VPN password - Zephyr88vpn.txt">file</a></p>', rules);
    expect(hub).toContain('data-attachment="VPN password - [redacted].txt"');
  });
});
