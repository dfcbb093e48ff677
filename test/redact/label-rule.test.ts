import { describe, expect, it } from 'vitest';
import { redactText } from '../../src/redact/redact-text.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';
import { parseRedactionRules } from '../../src/redact/redaction-rules-file.js';

const rules = redactionRules();
const custom = redactionRules(parseRedactionRules('labels: [Bridge code]\npins: [Meeting ID]\n', 'rules.yaml'));
const mask = (text: string, with_ = rules): string => redactText(text, with_).text;

describe('a labelled value is masked to its end', () => {
  it('takes every word of the value, not the first one (issue 14, item 8)', () => {
    expect(mask('Passcode: open sesame now')).toBe('Passcode: [redacted]');
    expect(mask('Bridge code: alpha beta gamma', custom)).toBe('Bridge code: [redacted]');
    expect(mask('Meeting ID: 938 5333 7073', custom)).toBe('Meeting ID: [redacted]');
    expect(redactText('Passcode: open sesame now', rules).counts).toEqual({ passcode: 1 });
  });

  it('after ":", "-", "=", "#" or "is", with a note in parentheses or none', () => {
    for (const text of ['Password - a b c', 'Password = a b c', 'Password is a b c', 'Password (Zoom): a b c', 'PASSWORD:a b c', 'Password #: a b c']) {
      expect(mask(text), text).toMatch(/^Password.*\[redacted\]$/i);
    }
    expect(mask('PIN is 4411 #')).toBe('PIN is [redacted]');
    expect(mask('Passcode 938 533 444')).toBe('Passcode [redacted]');
  });

  it('masks a code key ending in token, pass, secret or key, whatever comes before it', () => {
    for (const key of ['DB_PASS', 'SECRET_TOKEN', 'GITHUB_TOKEN', 'signing-key', 'Vault_Secret']) {
      for (const sep of ['=', ': ', ' = ']) {
        const line = `${key}${sep}"plum otter & 7!"`;
        expect(mask(line), line).toBe(`${key}${sep}[redacted]`);
      }
    }
    // The same words in prose, not in a key, are left alone.
    expect(mask('The primary key: see the schema.')).toBe('The primary key: see the schema.');
    expect(mask('Boarding pass: gate 4')).toBe('Boarding pass: gate 4');
  });

  it('ends at the next label, keeping both labels', () => {
    expect(mask('Meeting ID: 938 5333 7073 Passcode: x y z PIN: 55 66', custom)).toBe('Meeting ID: [redacted] Passcode: [redacted] PIN: [redacted]');
  });

  it('ends at the end of the sentence or of the parenthesis around the label', () => {
    expect(mask('Passcode: open sesame now. Then we talked.')).toBe('Passcode: [redacted]. Then we talked.');
    expect(mask('Passcode: abc!def.')).toBe('Passcode: [redacted].');
    expect(mask('Recording (passcode: a b c): link')).toBe('Recording (passcode: [redacted]): link');
    expect(mask('パスワードの件 Password: ひみつ の ことば。次へ')).toBe('パスワードの件 Password: [redacted]。次へ');
  });

  it('ends at the end of the line', () => {
    expect(mask('Password: a b\nnext line')).toBe('Password: [redacted]\nnext line');
    expect(mask('Password:\n  on the next line\nafter')).toBe('Password:\n  [redacted]\nafter');
    expect(mask('Passcode\n: violet anchor 47')).toBe('Passcode\n: [redacted]');
  });

  it('whatever the spaces, colons and languages (found by trying as a hostile user)', () => {
    expect(mask('Passcode:\u00a0tangerine\u00a0owl 88')).toBe('Passcode:\u00a0[redacted]');
    expect(mask('Passcode：frostbite lantern')).toBe('Passcode：[redacted]');
    expect(mask('会議のパスワード：しろくま雪原７７')).toBe('会議のパスワード：[redacted]');
    expect(mask('Mot de passe : cerise violette 12')).toBe('Mot de passe : [redacted]');
    expect(mask('Contraseña: girasol azul 34')).toBe('Contraseña: [redacted]');
    expect(mask('  DB_PASSWORD=copper kettle 17')).toBe('  DB_PASSWORD=[redacted]');
    expect(mask('api_key: sk_live_4eC39HqLyjWDarjtT1zdp7dc')).toBe('api_key: [redacted]');
    expect(redactText('Client secret = x y z', rules).counts).toEqual({ credential: 1 });
    expect(mask('Passwords: hunter2, qwerty')).toBe('Passwords: [redacted]');
    expect(mask('Password for the guest Wi-Fi: tulip mango 8')).toBe('Password for the guest Wi-Fi: [redacted]');
  });

  it('leaves placeholders, and words that only look like a PIN label, alone', () => {
    for (const text of ['Password: n/a', 'Password: none.', 'Passcode: TBD', 'We pinned the PR; the pin count is 3.', 'the pin is in the drawer', 'Passcodes were rotated']) {
      expect(mask(text)).toBe(text);
    }
  });
});

describe('labels spelled as code writes them (found in a third hostile try)', () => {
  it('a label of several words joined by "_", "-" or nothing, as env vars and config keys spell it', () => {
    expect(mask('AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENG')).toBe('AWS_SECRET_ACCESS_KEY=[redacted]');
    expect(mask('GITHUB_ACCESS_TOKEN=ghpAAAAbbbbCCCC1')).toBe('GITHUB_ACCESS_TOKEN=[redacted]');
    expect(mask('CLIENT_SECRET: cs-Zzyzx9911')).toBe('CLIENT_SECRET: [redacted]');
    expect(mask('client-secret = cs-Zzyzx9911')).toBe('client-secret = [redacted]');
    expect(mask('$env:API_TOKEN = "psTok-4545"')).toBe('$env:API_TOKEN = [redacted]');
    expect(mask('accessToken: tok-8812aa')).toBe('accessToken: [redacted]');
    expect(mask('BRIDGE_CODE=alpha beta', custom)).toBe('BRIDGE_CODE=[redacted]');
  });

  it('a quoted key, as JSON and YAML write it', () => {
    const masked = mask('{"password": "jsonPw-7781", "api_key": "jsonKey-5521"}');
    expect(masked).not.toMatch(/jsonPw|7781|jsonKey|5521/);
    expect(masked).toContain('"password": [redacted]');
    expect(mask("'client_secret': 'cs-Zzyzx9911'")).toBe("'client_secret': [redacted]");
  });

  it('keeps prose that only mentions the words', () => {
    expect(mask('The access token expires after an hour')).toBe('The access token expires after an hour');
    expect(mask('We rotate the client secret monthly.')).toBe('We rotate the client secret monthly.');
  });
});

describe('labels people write that were missed (found in a third hostile try)', () => {
  it('secret, passphrase and pw are labels', () => {
    expect(mask('Secret: Plum-Sec-9292')).toBe('Secret: [redacted]');
    expect(mask('JWT_SECRET=Plum-Sec-9292')).toBe('JWT_SECRET=[redacted]');
    expect(mask('SSH key passphrase: Kiwi-Pass-7070')).toBe('SSH key passphrase: [redacted]');
    expect(mask('Wifi: guest / pw: Lantern-5521')).toBe('Wifi: guest / pw: [redacted]');
  });

  it('"is" after a few words saying whose', () => {
    expect(mask('The password for the shared drive is Walrus-8080')).toBe('The password for the shared drive is [redacted]');
  });
});

describe('the most specific label wins and nothing of a value is left (issue 14 follow-up, item 4)', () => {
  const withPattern = (yaml: string) => redactionRules(parseRedactionRules(yaml, 'rules.yaml'));

  it('a bare "token" is a label, as "api token" and ENV_TOKEN= are', () => {
    expect(mask('token: abc def')).toBe('token: [redacted]');
    expect(mask('Token = 7f3a 99c1')).toBe('Token = [redacted]');
    expect(mask('API token: abc def')).toBe('API token: [redacted]');
    expect(mask('GITHUB_TOKEN=ghp_x1y2z3')).toBe('GITHUB_TOKEN=[redacted]');
    expect(mask('The token expires after an hour')).toBe('The token expires after an hour');
  });

  it('a rules-file pattern that takes the start of a labelled value does not leave its rest', () => {
    const pattern = withPattern('patterns:\n  - name: tok\n    regex: "token: \\\\w+"');
    expect(redactText('token: abc def', pattern)).toEqual({ text: '[redacted]', counts: { 'custom:tok': 1 } });
    expect(mask('Note first. token: abc def ghi', pattern)).toBe('Note first. [redacted]');
    // A pattern inside the value, and one reaching past it.
    expect(mask('Passcode: open sesame now', withPattern('patterns:\n  - name: s\n    regex: "sesame"'))).toBe('Passcode: [redacted]');
    expect(mask('Passcode: open sesame now, then', withPattern('patterns:\n  - name: s\n    regex: "now, then"'))).toBe('Passcode: [redacted]');
  });

  it('a rules-file label inside a built-in one ("token" in "access token") masks the value once', () => {
    const labels = withPattern('labels: [token, code]');
    expect(redactText('Access token: abc def', labels)).toEqual({ text: 'Access token: [redacted]', counts: { credential: 1 } });
    expect(mask('Access code: 11 22 33', labels)).toBe('Access code: [redacted]');
  });
});

describe('credentials code carries without a label a person writes (issue 14 follow-up, item 5)', () => {
  it('Authorization headers, whatever the scheme, quoted or not', () => {
    expect(mask('curl -H "Authorization: Bearer eyJhbGciOi.x-y_z" https://api.example')).toBe('curl -H "Authorization: Bearer [redacted]" https://api.example');
    expect(mask('Authorization: Basic ZGVwbG95OnMzY3IzdA==')).toBe('Authorization: Basic [redacted]');
    // "Token 9f8e…" is also a label followed by a number: the value runs to the end of the line.
    expect(mask('{"Authorization": "Token 9f8e7d6c5b4a"}')).toBe('{"Authorization": "Token [redacted]');
    expect(mask('proxy-authorization: Digest username="ops", response="6629fae4"')).toBe('proxy-authorization: Digest [redacted]');
    expect(mask(`curl -H 'Authorization: Digest username="ops", response="6629fae4"' https://x.example`)).toBe(`curl -H 'Authorization: Digest [redacted]"' https://x.example`);
    expect(mask('headers.set("Authorization", "Bearer " + token)')).toBe('headers.set("Authorization", "Bearer " + token)');
  });

  it('curl -u, mysql -p, --password= and --token options', () => {
    expect(mask('curl -u deploy:s3cr3t-pw https://ci.example')).toBe('curl -u deploy:[redacted] https://ci.example');
    expect(mask("curl --user 'deploy:s3cr3t pw' https://ci.example")).toBe("curl --user 'deploy:[redacted]' https://ci.example");
    expect(mask('mysql -h db -u root -pHunter22 shop')).toBe('mysql -h db -u root -p[redacted] shop');
    expect(mask('mysql -u root -p shop')).toBe('mysql -u root -p shop');
    // "password=" is a label too: its value runs to the end of the line.
    expect(mask('mysqldump --password=Hunter22 shop')).toBe('mysqldump --password=[redacted]');
    expect(mask("tool --db-password 'two words' --host db")).toBe("tool --db-password '[redacted]' --host db");
    expect(mask('deploy --token abc123 --env prod')).toBe('deploy --token [redacted] --env prod');
    expect(mask('mkdir -p /srv/app && tar -xpf a.tar')).toBe('mkdir -p /srv/app && tar -xpf a.tar');
  });

  it('URLs with user:password@, export and .env lines', () => {
    expect(mask('git clone https://deploy:gh0st-pw@git.example/repo.git')).toBe('git clone https://deploy:REDACTED@git.example/repo.git');
    expect(mask('export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG')).toBe('export AWS_SECRET_ACCESS_KEY=[redacted]');
    expect(mask('STRIPE_WEBHOOK_SECRET=whsec_123\nDB_PASSWORD="p@ss w0rd"\nNPM_TOKEN=npm_abc')).toBe('STRIPE_WEBHOOK_SECRET=[redacted]\nDB_PASSWORD=[redacted]\nNPM_TOKEN=[redacted]');
  });
});
