import fc from 'fast-check';
import { BUILT_IN_LABELS } from '../../src/redact/label-rule.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';
import { parseRedactionRules } from '../../src/redact/redaction-rules-file.js';

/**
 * Pages that hold a secret under a label, in every place a page can hold text, for the property
 * tests of redaction: through convert() and through export against the sandbox.
 */

/** Bounded by default (npm test); WIKIPORT_DEEP=1 runs many more. */
export const RUNS = process.env.WIKIPORT_DEEP ? 3000 : 120;
/** Time for a property: a deep run takes minutes on a shared machine. */
export const PROPERTY_TIMEOUT = process.env.WIKIPORT_DEEP ? 900_000 : 60_000;

export const RULES_FILE = parseRedactionRules(['labels: [Bridge code, Door code, Tür-Code]', 'pins: [Meeting ID, Konferenz-ID]'].join('\n'), 'rules.yaml');
export const RULES = redactionRules(RULES_FILE);

export interface Label {
  text: string;
  /** The value must start with a digit (PIN-like labels). */
  digits: boolean;
  /** How the page separates this label from its value, when not every spelling of SEPARATORS (code keys). */
  separators?: readonly string[];
}

/** A code key (`DB_PASS`, `service-token`) is a label only with `=` or `:` after it, as code and config files write it. */
export const CODE_KEY_SEPARATORS = ['=', ': ', ' = ', ':', '：', ' ＝ '];
/** What comes before a code-key label's word: an environment variable's stem, a kebab-case option's. */
const CODE_KEY_STEMS = ['DB_', 'API_', 'service-', 'GITHUB_', 'aws_secret_access_'];

export const LABELS: Label[] = [
  ...BUILT_IN_LABELS.filter((spec) => !spec.codeKeyOnly).flatMap((spec) => spec.labels.map((text) => ({ text, digits: spec.digitsOnly ?? false }))),
  // Code keys ending in each code-key label: DB_PASS=, API_KEY=, service-token:, GITHUB_SECRET=, aws_secret_access_pwd=.
  ...BUILT_IN_LABELS.filter((spec) => spec.codeKeyOnly).flatMap((spec) =>
    spec.labels.flatMap((word) => CODE_KEY_STEMS.map((stem) => ({ text: `${stem}${stem.endsWith('-') ? word : word.toUpperCase()}`, digits: false, separators: CODE_KEY_SEPARATORS }))),
  ),
  ...RULES_FILE.labels.map((text) => ({ text, digits: false })),
  ...RULES_FILE.pins.map((text) => ({ text, digits: true })),
];

const LETTERS = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const NON_LATIN = 'жзфыщЖΩλπσ日本語秘密鍵한국어ñçøßéالسر';
const DIGITS = '0123456789';
/** Punctuation a secret may hold. Not `.!?` followed by a space (a sentence end), not parentheses around the label. */
const PUNCTUATION = `#$%&*+-/=@^_~'"<>[]{}|\\:;,\``;

const char = (alphabet: string): fc.Arbitrary<string> => fc.constantFrom(...alphabet);
const word = (first: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(first, fc.array(fc.oneof({ weight: 4, arbitrary: char(LETTERS) }, { weight: 2, arbitrary: char(DIGITS) }, { weight: 2, arbitrary: char(NON_LATIN) }, { weight: 2, arbitrary: char(PUNCTUATION) }), { minLength: 2, maxLength: 8 })).map(([f, rest]) => f + rest.join(''));

/** Several words of letters, digits, non-Latin letters and punctuation; PIN-like ones start with a digit. */
export function secretFor(label: Label): fc.Arbitrary<string> {
  const first = label.digits ? char(DIGITS) : fc.oneof(char(LETTERS), char(DIGITS), char(NON_LATIN), char('#$%&*+@^~<>"\''));
  return fc
    .tuple(word(first), fc.array(word(fc.oneof(char(LETTERS), char(DIGITS), char(NON_LATIN), char(PUNCTUATION))), { minLength: 1, maxLength: 4 }))
    .map(([head, rest]) => [head, ...rest].join(' '))
    .filter((secret) => !secret.includes(']]>') && !RULES.some((rule) => rule.mentionsLabel?.(secret)));
}

export const SEPARATORS = [': ', ':', ' - ', ' = ', ' is ', ' (Zoom): ', ' — ', '：', '\u00a0: ', ' for the host: ', '\n: '];

/** The separators a label is written with. */
export function separatorsFor(label: Label): readonly string[] {
  return label.separators ?? SEPARATORS;
}

export function spell(label: string, casing: number): string {
  if (casing === 1) return label.toUpperCase();
  if (casing === 2) return label.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  return label;
}

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SecretPage {
  container: string;
  storage: string;
  title: string;
  labels: string[];
  /** The page's address, which spells its title as Confluence does. */
  sourceUrl: string;
}

/** Where a secret can stand on a page. `lv` is "Label: secret" spelled as the page has it. */
export const CONTAINERS: Record<string, (label: string, separator: string, secret: string) => { storage: string; title?: string; labels?: string[] }> = {
  paragraph: (l, s, v) => ({ storage: `<p>Agenda first. ${xml(l + s + v)}</p>` }),
  'bold label': (l, s, v) => ({ storage: `<p><strong>${xml(l + s.trimEnd())}</strong> <em>${xml(v)}</em></p>` }),
  'list item': (l, s, v) => ({ storage: `<ul><li>Dial in first</li><li>${xml(l + s + v)}</li></ul>` }),
  'table cell next to label cell': (l, _s, v) => ({ storage: `<table><tbody><tr><th>${xml(l)}</th><td><p>${xml(v)}</p></td></tr><tr><td>Owner</td><td>Ana</td></tr></tbody></table>` }),
  'table column under label header': (l, _s, v) => ({ storage: `<table><tbody><tr><th>System</th><th>${xml(l)}</th></tr><tr><td>Build farm</td><td>${xml(v)}</td></tr></tbody></table>` }),
  'code block': (l, s, v) => ({ storage: `<ac:structured-macro ac:name="code"><ac:parameter ac:name="language">bash</ac:parameter><ac:plain-text-body><![CDATA[echo start\n${l}${s}${v}\necho done]]></ac:plain-text-body></ac:structured-macro>` }),
  'code block title': (l, s, v) => ({ storage: `<ac:structured-macro ac:name="code"><ac:parameter ac:name="title">${xml(l + s + v)}</ac:parameter><ac:plain-text-body><![CDATA[ls]]></ac:plain-text-body></ac:structured-macro>` }),
  'panel title': (l, s, v) => ({ storage: `<ac:structured-macro ac:name="info"><ac:parameter ac:name="title">${xml(l + s + v)}</ac:parameter><ac:rich-text-body><p>Body</p></ac:rich-text-body></ac:structured-macro>` }),
  'unknown macro parameter': (l, s, v) => ({ storage: `<ac:structured-macro ac:name="zoom-widget"><ac:parameter ac:name="note">${xml(l + s + v)}</ac:parameter><ac:parameter ac:name="size">2</ac:parameter></ac:structured-macro>` }),
  'unknown macro body': (l, s, v) => ({ storage: `<ac:structured-macro ac:name="secret-box"><ac:rich-text-body><p>${xml(l + s + v)}</p></ac:rich-text-body></ac:structured-macro>` }),
  'expand title': (l, s, v) => ({ storage: `<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">${xml(l + s + v)}</ac:parameter><ac:rich-text-body><p>Body</p></ac:rich-text-body></ac:structured-macro>` }),
  'link text and URL': (l, s, v) => ({ storage: `<p>Join: <a href="https://meet.example/j/1?${xml(l.replace(/\s+/g, '_'))}=${xml(encodeURIComponent(v))}&amp;lang=en">${xml(l + s + v)}</a></p>` }),
  'address spelling the text': (l, s, v) => ({ storage: `<p><a href="https://wiki.example/wiki/spaces/RED/pages/7/${xml(encodeURIComponent(l + s + v).replace(/%20/g, '+'))}">minutes</a></p>` }),
  'page link title': (l, s, v) => ({ storage: `<p>See <ac:link><ri:page ri:content-title="${xml(l + s + v)}"/></ac:link></p>` }),
  'image alt': (l, s, v) => ({ storage: `<p><ac:image ac:alt="${xml(l + s + v)}"><ri:url ri:value="https://img.example/a.png"/></ac:image></p>` }),
  'task item': (l, s, v) => ({ storage: `<ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>${xml(l + s + v)}</ac:task-body></ac:task></ac:task-list>` }),
  heading: (l, s, v) => ({ storage: `<h2>${xml(l + s + v)}</h2><p>Body</p>` }),
  'title and front matter': (l, s, v) => ({ storage: '<p>Body</p>', title: `Standup ${l}${s}${v}`, labels: ['minutes', `${l}${s}${v}`] }),
};

export function secretPage(container: string, label: string, separator: string, secret: string): SecretPage {
  const make = CONTAINERS[container];
  if (!make) throw new Error(`no container ${container}`);
  const page = make(label, separator, secret);
  const title = page.title ?? 'Weekly sync';
  const sourceUrl = `https://wiki.example/wiki/spaces/RED/pages/42/${encodeURIComponent(title).replace(/%20/g, '+')}`;
  return { container, storage: `<h1>Weekly</h1>${page.storage}<p>Notes follow.</p>`, title, labels: page.labels ?? ['minutes'], sourceUrl };
}

/**
 * Credentials that code carries without a label a person would write, each a line built around
 * a secret (and, for `.env` lines, a variable name).
 */
export const CODE_SHAPES: Record<string, (secret: string, name: string) => string> = {
  'Authorization: Bearer': (s) => `curl -s -H "Authorization: Bearer ${s}" https://api.example/v1/items`,
  'Authorization: Basic': (s) => `Authorization: Basic ${s}`,
  'JSON authorization header': (s) => `{"headers": {"authorization": "Bearer ${s}", "accept": "json"}}`,
  'Authorization: Digest': (s) => `curl --header 'Authorization: Digest username="ops", nonce="b7f1", response="${s}"' https://api.example/`,
  'curl -u': (s) => `curl -u deploy:${s} https://ci.example/job/build`,
  'curl --user': (s) => `curl --user 'deploy:${s}' https://ci.example/job/build`,
  'mysql -p': (s) => `mysql -h db.internal -u root -p${s} shop`,
  '--password=': (s) => `mysqldump --password=${s} shop > dump.sql`,
  '--token': (s) => `deploy-tool push --token ${s} --env prod`,
  'URL user:pass@': (s) => `git clone https://deploy:${s}@git.example/team/repo.git`,
  'export AWS_SECRET_ACCESS_KEY=': (s) => `export AWS_SECRET_ACCESS_KEY=${s}`,
  '.env *_TOKEN=': (s, n) => `${n}_TOKEN=${s}`,
  '.env *_SECRET=': (s, n) => `${n}_SECRET=${s}`,
  '.env *_PASSWORD=': (s, n) => `${n}_PASSWORD="${s}"`,
};

/** Where code stands on a page: a code block, inline code, a macro's parameter, a link's address, the title. */
export const CODE_CONTAINERS: Record<string, (line: string) => { storage: string; title?: string }> = {
  'code block': (line) => ({ storage: `<ac:structured-macro ac:name="code"><ac:parameter ac:name="language">bash</ac:parameter><ac:plain-text-body><![CDATA[set -e\n${line}\necho done]]></ac:plain-text-body></ac:structured-macro>` }),
  'noformat block': (line) => ({ storage: `<ac:structured-macro ac:name="noformat"><ac:plain-text-body><![CDATA[${line}]]></ac:plain-text-body></ac:structured-macro>` }),
  'inline code': (line) => ({ storage: `<p>Run <code>${xml(line)}</code> first.</p>` }),
  'macro parameter': (line) => ({ storage: `<ac:structured-macro ac:name="run-button"><ac:parameter ac:name="command">${xml(line)}</ac:parameter><ac:parameter ac:name="size">2</ac:parameter></ac:structured-macro>` }),
  'link address': (line) => {
    // A URL in the line is the link's address; any other line goes in its query.
    const url = /https?:\/\/\S+/.exec(line)?.[0];
    const href = url && url.includes('@') ? url : `https://runner.example/run?cmd=${encodeURIComponent(line)}`;
    return { storage: `<p><a href="${xml(href)}">run it</a></p>` };
  },
  paragraph: (line) => ({ storage: `<p>${xml(line)}</p>` }),
  'page title': (line) => ({ storage: '<p>Body</p>', title: `Runbook ${line}` }),
};

/** Characters a credential in code holds: no space or quote, nothing that ends a URL's user part. */
const CODE_CHARS = `${LETTERS}${DIGITS}жзфыщΩλπ日本語秘密한국어-_.~+=*!$^,`;
const BASE64 = `${LETTERS}${DIGITS}+/`;

/** A credential for a code shape (base64 for `Basic`), never one that reads as a label. */
export function codeSecretFor(shape: string): fc.Arbitrary<string> {
  const alphabet = shape === 'Authorization: Basic' ? BASE64 : CODE_CHARS;
  return fc
    .tuple(char(`${LETTERS}${DIGITS}`), fc.array(char(alphabet), { minLength: 7, maxLength: 30 }))
    .map(([first, rest]) => first + rest.join(''))
    .filter((secret) => !RULES.some((rule) => rule.mentionsLabel?.(secret)));
}

export const ENV_NAMES = ['GITHUB', 'NPM', 'SLACK_BOT', 'APP', 'REDIS', 'SENTRY_AUTH', 'DB'];

export function codePage(container: string, shape: string, secret: string, name: string): SecretPage {
  const line = CODE_SHAPES[shape]!(secret, name);
  const { storage, title = 'Deploy notes' } = CODE_CONTAINERS[container]!(line);
  const sourceUrl = `https://wiki.example/wiki/spaces/RED/pages/42/${encodeURIComponent(title).replace(/%20/g, '+')}`;
  return { container, storage: `<h1>Deploy</h1>${storage}<p>Notes follow.</p>`, title, labels: ['runbook'], sourceUrl };
}

/** Every spelling a writer may give the text: raw, Markdown-escaped, entity-escaped, JSON-escaped, URL-encoded. */
function spellings(output: string): string[] {
  const unescaped = output.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const entities = unescaped.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? _m;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
  const json = entities.replace(/\\u([0-9a-f]{4})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\(["\\/])/g, '$1');
  const url = json.replace(/(?:%[0-9a-f]{2})+/gi, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m;
    }
  }).replace(/\+/g, ' ');
  return [output, unescaped, entities, json, url];
}

/**
 * The pieces of `secret` (every run of 4 characters) found in `output` and not in `baseline`, the
 * same page written with another secret: what is found in both is the page's own text or markup.
 */
export function leakedPieces(secret: string, output: string, baseline: string): string[] {
  const seen = spellings(output);
  const base = spellings(baseline).join('\n');
  const leaks = new Set<string>();
  for (let i = 0; i + 4 <= secret.length; i++) {
    const piece = secret.slice(i, i + 4);
    if (base.includes(piece)) continue;
    if (seen.some((text) => text.includes(piece))) leaks.add(piece);
  }
  return [...leaks];
}
