import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConversionReport } from '../../src/hub/report.js';
import { redactHub } from '../../src/redact/redact-hub.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';
import { parseRedactionRules } from '../../src/redact/redaction-rules-file.js';
import { hasShared, seedPath } from '../support/shared-corpus.js';

const rules = redactionRules();

/** A minutes page as the hub spells it, with the secrets people really paste into minutes. */
const minutesHub = [
  '<h2 id="logistics">Meeting Logistics</h2>',
  '<p>When? 2nd Tuesday of each month, 15:00 UTC.</p>',
  '<ul>',
  '<li>Meeting ID: 812 4410 9921</li>',
  '<li><strong>Passcode:</strong> Qp7#zL!v</li>',
  '<li>Join: <a href="https://acme.zoom.us/j/81244109921?pwd=aGVsbG8td29ybGQ.1&amp;from=addon">https://acme.zoom.us/j/81244109921?pwd=aGVsbG8td29ybGQ.1&amp;from=addon</a></li>',
  '<li>One tap mobile: +441314601196,,81244109921#,,,,*448812# United Kingdom</li>',
  '<li>Dial-in PIN: 4471 0093#</li>',
  '</ul>',
  '<table><tr><th>System</th><th>Access</th></tr>',
  '<tr><td>Build farm</td><td>Password - <em>hunter2-prod</em></td></tr>',
  '<tr><td>Wiki</td><td>Password: see the vault entry</td></tr>',
  '<tr><td>CI</td><td>Password: n/a</td></tr></table>',
  '<p>Recording (access code = r3c0rd!ng): <a href="https://files.example.org/rec.mp4?X-Amz-Signature=abc123def&amp;X-Amz-Expires=600">recording</a></p>',
  '<p>We pinned the PR; the pin count is 3.</p>',
  '<div data-opaque data-macro="widget" data-storage="&lt;ac:parameter ac:name=&quot;url&quot;&gt;https://x.example/embed?token=s3cr3tT0ken&lt;/ac:parameter&gt;"></div>',
].join('\n');

describe('redactHub', () => {
  const report = new ConversionReport();
  const { hub, counts } = redactHub(minutesHub, rules, report);

  it('masks a passcode after a bold label, keeping the label', () => {
    expect(hub).not.toContain('Qp7#zL!v');
    expect(hub).toContain('<strong>Passcode:</strong> [redacted]');
  });

  it('masks Zoom pwd tokens in both link target and link text, keeping the other parameters', () => {
    expect(hub).not.toContain('aGVsbG8td29ybGQ');
    expect(hub).toContain('href="https://acme.zoom.us/j/81244109921?pwd=REDACTED&amp;from=addon"');
  });

  it('masks one-tap dial-in PINs and labelled PINs but keeps the phone number and meeting ID', () => {
    expect(hub).toContain('+441314601196,,[redacted] United Kingdom');
    expect(hub).not.toContain('448812');
    expect(hub).toContain('Dial-in PIN: [redacted]');
    expect(hub).not.toContain('4471 0093');
    expect(hub).toContain('Meeting ID: 812 4410 9921');
  });

  it('masks passwords in table cells, also when the value is emphasised', () => {
    expect(hub).not.toContain('hunter2-prod');
    expect(hub).toContain('Password - <em>[redacted]</em>');
  });

  it('masks a value whatever its words, but leaves a placeholder and a word that only looks like a label alone', () => {
    expect(hub).toContain('Password: [redacted]</td></tr>');
    expect(hub).not.toContain('vault entry');
    expect(hub).toContain('Password: n/a');
    expect(hub).toContain('We pinned the PR; the pin count is 3.');
  });

  it('masks access codes, signed URL signatures and tokens inside kept storage markup', () => {
    expect(hub).not.toContain('r3c0rd!ng');
    expect(hub).toContain('Recording (access code = [redacted]): <a');
    expect(hub).toContain('>recording</a>');
    expect(hub).toContain('X-Amz-Signature=REDACTED&amp;X-Amz-Expires=600');
    expect(hub).not.toContain('s3cr3tT0ken');
  });

  it('counts by kind and reports counts only, never a secret', () => {
    expect(counts).toEqual({ passcode: 2, password: 2, pin: 2, 'url-token': 3 });
    const lines = report.toLines('minutes.html').join('\n');
    expect(lines).toContain('minutes.html: redacted passcode: masked 2 secrets');
    expect(lines).toContain('redacted url-token: masked 3 secrets in 4 places');
    for (const secret of ['Qp7#zL!v', 'hunter2', '448812', 'r3c0rd', 'aGVsbG8']) expect(lines).not.toContain(secret);
  });

  it('returns the hub untouched when there is nothing to mask', () => {
    const clean = '<p>Attendance: <a data-mention data-account-id="5b10a">@Ana</a></p>';
    expect(redactHub(clean, rules)).toEqual({ hub: clean, counts: {} });
  });
});

describe('rules from a --redact-rules file', () => {
  const file = parseRedactionRules(
    [
      'labels: [Bridge code, Door code]',
      'pins: [Conference ID]',
      'urlParams: [session]',
      'patterns:',
      '  - name: employee-id',
      "    regex: 'EMP-\\d{6}'",
      '  - name: vault-path',
      "    regex: 'vault://(?<secret>\\S+)'",
      '    flags: i',
    ].join('\n'),
    'rules.yaml',
  );
  const custom = redactionRules(file);

  it('applies each kind: label, pin, url parameter, pattern, named secret group', () => {
    const hub = [
      '<p>Bridge code: ZX-41-aa</p>',
      '<p>Conference ID: 5531 889</p>',
      '<p><a href="https://portal.example.com/live?session=77fe01&amp;lang=en">portal</a></p>',
      '<p>Escalate to EMP-004211 if down.</p>',
      '<p>Keys live at VAULT://team/ci/deploy-key</p>',
    ].join('');
    const { hub: out, counts } = redactHub(hub, custom);
    expect(out).toContain('Bridge code: [redacted]');
    expect(out).toContain('Conference ID: [redacted]');
    expect(out).toContain('session=REDACTED&amp;lang=en');
    expect(out).toContain('Escalate to [redacted] if down.');
    expect(out).toContain('Keys live at VAULT://[redacted]');
    expect(counts).toEqual({ label: 1, pin: 1, 'url-token': 1, 'custom:employee-id': 1, 'custom:vault-path': 1 });
  });

  it('does not apply custom rules when no file is given', () => {
    const { counts } = redactHub('<p>Bridge code: ZX-41-aa, EMP-004211</p>', rules);
    expect(counts).toEqual({});
  });

  it('rejects bad files with a message naming the file and the field', () => {
    expect(() => parseRedactionRules('patterns:\n  - name: x\n    regex: "(unclosed"\n', 'team.yaml')).toThrow(/team\.yaml: .*patterns\.0\.regex: not a valid regular expression/);
    expect(() => parseRedactionRules('patterns:\n  - name: x\n    regex: "a*"\n', 'team.yaml')).toThrow(/matches the empty string/);
    expect(() => parseRedactionRules('lables: [x]\n', 'team.yaml')).toThrow(/team\.yaml: invalid redaction rules.*Expected keys/);
    expect(() => parseRedactionRules('labels: [unclosed\n', 'team.yaml')).toThrow(/team\.yaml: not valid YAML or JSON/);
    expect(parseRedactionRules('{"urlParams": ["sid"]}', 'rules.json').urlParams).toEqual(['sid']);
  });
});

describe.skipIf(!hasShared)('the seed page (shared corpus)', () => {
  it('masks the recording passcode and nothing that is not a secret', () => {
    const seed = readFileSync(seedPath, 'utf8');
    expect(seed).toContain('Passcode: X==yHb^1');
    const hub = seed
      .split('\n')
      .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n');
    const { hub: out, counts } = redactHub(hub, rules);
    expect(out).not.toContain('X==yHb^1');
    expect(out).toContain('Passcode: [redacted]');
    expect(counts).toEqual({ passcode: 1 });
    expect(out).toContain('Meeting ID: 938 5333 7073');
    expect(out).toContain('https://linaro-org.zoom.us/j/93853337073');
  });
});

describe('a label cell with a word before the label (found in a third hostile try)', () => {
  it('"SMTP password" labels the cell beside it; "Reset password" beside a sentence stays', async () => {
    const { redactHub } = await import('../../src/redact/redact-hub.js');
    const { redactionRules } = await import('../../src/redact/redaction-rules.js');
    const rules = redactionRules();
    const table = '<table><tbody><tr><th>Name</th><th>Value</th></tr><tr><td>SMTP password</td><td>Smtp-6262pw</td></tr><tr><td>Port</td><td>587</td></tr><tr><td>Reset password</td><td>Open Settings and click Reset.</td></tr></tbody></table>';
    const { hub } = redactHub(table, rules);
    expect(hub).not.toContain('Smtp-6262pw');
    expect(hub).toContain('<td>587</td>');
    expect(hub).toContain('Open Settings and click Reset.');
    const column = redactHub('<table><tbody><tr><th>Host</th><th>Admin password</th></tr><tr><td>db1</td><td>Db-7788xx</td></tr></tbody></table>', rules).hub;
    expect(column).not.toContain('Db-7788xx');
    expect(column).toContain('db1');
  });
});

describe('a label inside a link (found in a third hostile try)', () => {
  it('masks to the end of the link, keeping the text after it', async () => {
    const { redactHub } = await import('../../src/redact/redact-hub.js');
    const { redactionRules } = await import('../../src/redact/redaction-rules.js');
    const rules = redactionRules();
    const { hub } = redactHub('<p>See <a data-attachment="VPN password - Zephyr88vpn.txt">VPN password - Zephyr88vpn.txt</a> and <a data-attachment="other.pdf">other.pdf</a> today.</p>', rules);
    expect(hub).not.toContain('Zephyr88vpn');
    expect(hub).toContain('</a> and <a data-attachment="other.pdf">other.pdf</a> today.');
    expect(redactHub('<p><a href="https://x.example/a">Access token: Tok3nInLnk</a> was sent to the team</p>', rules).hub).toBe('<p><a href="https://x.example/a">Access token: [redacted]</a> was sent to the team</p>');
    expect(redactHub('<p>Passcode: <a href="https://x.example/a">abc def</a> ghi</p>', rules).hub).not.toMatch(/abc|def|ghi/);
  });
});
