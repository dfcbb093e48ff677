import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';

/**
 * Secrets a hostile user found leaking through `--redact` (issue 14): every secret here must be
 * gone from both the Markdown and the JSON, in full, and the words that are not secrets stay.
 */
const rules = redactionRules();

function outputs(text: string, from: 'storage' | 'markdown'): string[] {
  return (['md', 'json'] as const).map((to) => convert(text, { from, to, redact: rules }).output);
}

function expectGone(out: string, secrets: readonly string[]): void {
  for (const secret of secrets) expect(out, `"${secret}" leaked`).not.toContain(secret);
}

describe('a labelled value across a soft line break (Markdown) is masked to its end', () => {
  it('"Password: open\\nsesame now" reads as one line and is masked whole', () => {
    for (const out of outputs('Intro.\n\nPassword: open\nsesame now\n\n- PIN: 12\n  34 56\n', 'markdown')) {
      expectGone(out, ['open', 'sesame', '34 56']);
      expect(out).toContain('Intro.');
    }
  });

  it('a line break in a code block still ends the value (the next line is code of its own)', () => {
    const md = convert('```\npassword: abc123\necho done\n```\n', { from: 'markdown', to: 'md', redact: rules }).output;
    expect(md).not.toContain('abc123');
    expect(md).toContain('echo done');
  });
});

describe('code keys as programs and config files spell them', () => {
  const code = [
    "export PGPASSWORD='pg pass phrase'",
    'PGPASSWORD=pgsecret1 psql -h db',
    'adminPassword: admsecret2',
    'dbPassword = "dbsecret3"',
    'smtpPass: smtpsecret5',
    'redisPassword="redissecret7"',
    '<password>xmlsecret10</password>',
    '<db.adminPassword>xmlsecret12</db.adminPassword>',
    'password: |',
    '  multiline yaml secret11',
    '  second yaml line13',
    'after: kept words',
    'MONKEY=banana',
    'monkey: banana',
  ].join('\n');

  it('masks glued upper-case variables, camelCase keys, XML elements and YAML block values', () => {
    for (const out of outputs(`\`\`\`\n${code}\n\`\`\`\n`, 'markdown')) {
      expectGone(out, ['pg pass phrase', 'pgsecret1', 'admsecret2', 'dbsecret3', 'smtpsecret5', 'redissecret7', 'xmlsecret10', 'xmlsecret12', 'multiline yaml secret11', 'second yaml line13']);
      expect(out).toContain('after: kept words');
      expect(out).toContain('MONKEY=banana');
      expect(out).toContain('monkey: banana');
      expect(out).toContain('psql -h db');
    }
  });
});

describe('a macro parameter named like a secret', () => {
  it('has its value masked, in a macro wikiport keeps as it is and in one it knows', () => {
    const storage =
      '<p>Intro.</p>' +
      '<ac:structured-macro ac:name="unknown-thing"><ac:parameter ac:name="secret">Kumquat Lantern 55</ac:parameter><ac:parameter ac:name="colour">Blue</ac:parameter>' +
      '<ac:rich-text-body><p>Body.</p></ac:rich-text-body></ac:structured-macro>' +
      '<ac:structured-macro ac:name="widget-thing"><ac:parameter ac:name="password">Orchid Walnut 9</ac:parameter><ac:parameter ac:name="apiKey">ak_Walrus_77</ac:parameter></ac:structured-macro>';
    for (const out of outputs(storage, 'storage')) {
      expectGone(out, ['Kumquat', 'Lantern', 'Orchid', 'Walnut', 'Walrus']);
      expect(out).toContain('Blue');
      expect(out).toContain('Body.');
    }
  });
});

describe('macro parameters kept as JSON', () => {
  it('a parameter named like a secret has its value masked, the others stay', async () => {
    const { redactJsonStrings } = await import('../../src/redact/redact-text.js');
    const { RedactionTally } = await import('../../src/redact/redaction-tally.js');
    const out = redactJsonStrings(JSON.stringify({ title: 'Deploy', secret: 'Kumquat Lantern 55', nested: { password: 'Orchid Walnut' } }), rules, new RedactionTally());
    expect(JSON.parse(out)).toEqual({ title: 'Deploy', secret: '[redacted]', nested: { password: '[redacted]' } });
  });
});

describe('masks in lines the Markdown shows as prose', () => {
  it("a code block's title reads [redacted], not \\[redacted\\]", () => {
    const storage = '<ac:structured-macro ac:name="code"><ac:parameter ac:name="title">Password: Lemur Kiwi</ac:parameter><ac:plain-text-body><![CDATA[x]]></ac:plain-text-body></ac:structured-macro>';
    const md = convert(storage, { from: 'storage', to: 'md', redact: rules }).output;
    expect(md).toContain('**Password: [redacted]**');
    expect(md).not.toContain('Lemur');
  });
});

describe('addresses that are credentials', () => {
  it('masks webhook addresses whose path is the secret, and session and JWT parameters', () => {
    const md = [
      '- <https://hooks.slack.com/services/T0001/B0002/Slack9SecretXXXXXXXX>',
      '- Alerts go to https://discord.com/api/webhooks/123456/Disc10SecretTokenValue now',
      '- <https://acme.webhook.office.com/webhookb2/1111@2222/IncomingWebhook/Teams11Secret/3333>',
      '- <https://x.example/?session=Sess12Secret&lang=en>',
      '- <https://x.example/app;jsessionid=Sess13Secret?x=1>',
      '- <https://x.example/?jwt=eyJhbGciOiJIUzI1NiJ9.Jwt15.Secret>',
      '- <https://x.example/docs?lang=en&page=2>',
    ].join('\n');
    for (const out of outputs(md, 'markdown')) {
      expectGone(out, ['Slack9Secret', 'Disc10Secret', 'Teams11Secret', 'Sess12Secret', 'Sess13Secret', 'Jwt15']);
      expect(out).toContain('hooks.slack.com/services/');
      expect(out).toContain('lang=en');
      expect(out).toContain('https://x.example/docs?lang=en&page=2');
    }
  });
});

describe('credentials known by their shape, with no label', () => {
  it('masks a PEM private key body (keeping its BEGIN and END lines) and prefixed tokens; leaves words and public keys', () => {
    const md = [
      'Deploy key:',
      '',
      '```',
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
      'QyNTUxOQAAACDpemKey2LineTwoSecretValueXYZ0123456789abcdefghijklmnopqr',
      '-----END OPENSSH PRIVATE KEY-----',
      '-----BEGIN PUBLIC KEY-----',
      'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEPublicPartStays',
      '-----END PUBLIC KEY-----',
      '```',
      '',
      'CI uses ghp_R4nd0mGitHubTokenValue1234567890ab and the bot xoxb-123456789012-1234567890123-SlackTokenValueAbc.',
      '',
      'Billing: sk_live_51HxStripeSecretValue00, Jira: ATATT3xFfGF0SecretAtlassianTokenValue=ABCD1234',
      '',
      'Session: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      '',
      'The ghp_ prefix and sk_live_ keys are explained in the runbook.',
    ].join('\n');
    for (const out of outputs(md, 'markdown')) {
      expectGone(out, ['b3BlbnNzaC1rZXkt', 'SecretValueXYZ', 'R4nd0mGitHub', 'SlackTokenValue', 'StripeSecret', 'SecretAtlassian', 'eyJzdWIiOiIx', 'SflKxwRJSMeKKF2QT4fw']);
      expect(out).toContain('-----BEGIN OPENSSH PRIVATE KEY-----');
      expect(out).toContain('-----END OPENSSH PRIVATE KEY-----');
      expect(out).toContain('PublicPartStays');
      expect(out).toMatch(/The ghp\\?_ prefix and sk\\?_live\\?_ keys are explained in the runbook\./);
    }
  });
});
