import { escapeRegExp, TEXT_MASK } from './redaction-rule.js';
import type { RedactionRule, SecretSpan } from './redaction-rule.js';

/**
 * "Passcode: open sesame now", "Password - hunter2", "Access code = 12 34", "PIN is 4411#": a
 * label, a separator, then the secret, which runs to the end of the line (a block of the hub, a
 * table cell, a line of a code block), to the next label, or to the end of the sentence, whatever
 * words, digits and punctuation it holds. A secret is never cut after its first word: the words
 * after it would be left in the output.
 * The value may sit on the next line when the label ends a line with a colon (a table cell or a
 * bold label followed by a paragraph).
 */
/** `_` may precede a label: `DB_PASSWORD=...`. */
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}?&;#])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';
/** Space within a line, no-break and ideographic spaces included. */
const SP = '[^\\S\\n]';
/** An optional note in parentheses ("Passcode (Zoom):"), then `:`, `=`, `#` (or their full-width forms), a spaced dash or "is". */
const NOTE = `(?:${SP}*\\([^)\\n]{0,30}\\))?`;
const MARK = `(?:${SP}*(?:[:=#：＝]|[-–—](?=${SP}))|${SP}+is(?=${SP}))`;
/** After a colon that ends the line, the value is the next line's text; a colon may also start the value's line (a definition list). */
/** "Password for the guest Wi-Fi: X": a few words saying whose, before a colon or `=` only. */
const QUALIFIER = `${SP}+(?:for|of|to|on|at)${SP}+[^:：=＝\\n]{1,40}?`;
const SEPARATOR = `${NOTE}(?:${SP}*[:=：＝]${SP}*\\n\\s*|${MARK}${SP}*|${SP}*\\n${SP}*[:：]${SP}*|${QUALIFIER}(?:${SP}*[:=：＝]|${SP}+is(?=${SP}))${SP}*)`;
/** A PIN-like label also takes a number after a space alone ("Passcode 938 533"). */
const SPACE_BEFORE_DIGITS = `${NOTE}${SP}+(?=[*#+(]?\\d)`;
/** Scripts written without spaces between words: a label there needs no word boundary. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** The value starts at the first character that is not a space; its end is found by `valueEnd`. */
const VALUE_START = '(?=[^\\s])';
/** A label-like word whose value must start with a digit (PIN: a word of its own, "pin the PR"). */
const DIGIT_START = '(?=[*#+(]?\\d)';
/** A key quoted as JSON, YAML or code quote it (`"password": "x"`): the closing quote sits between label and separator. */
const CLOSE_QUOTE = `["'\u201d]?`;
/** Between the words of a label: spaces, or the `_`, `-` or nothing of code (`CLIENT_SECRET`, `client-secret`, `clientSecret`). */
const WORD_GLUE = `(?:${SP}+|[_-]?)`;

/** Values that stand in for a secret without being one ("Password: n/a"); anything else is masked. */
const PLACEHOLDERS = new Set(['none', 'n/a', 'na', 'tbd', 'tba', 'same', 'required', 'not required', 'none required', 'not set', 'no', '-', '–', '—', 'redacted', TEXT_MASK, 'see below', 'see above']);

/** A sentence ends at `.`, `!` or `?` followed by a space, or at a CJK full stop: the secret stops there. */
const SENTENCE_END = /[.!?]+(?=\s)|[。！？]/gu;

export interface LabelRuleSpec {
  kind: string;
  labels: readonly string[];
  /** The value must start with a digit (PINs; "pin" is also an English word). */
  digitsOnly?: boolean;
  /**
   * The label counts only as the last word of a code key joined by `_` or `-` and followed by `=` or
   * `:` (`DB_PASS=x`, `GITHUB_TOKEN: x`, `secret-token = x`): words ("token", "pass") too common in
   * prose to be labels on their own.
   */
  codeKeyOnly?: boolean;
}

export const BUILT_IN_LABELS: readonly LabelRuleSpec[] = [
  { kind: 'passcode', labels: ['passcode', 'pass code', 'meeting passcode', 'access code', 'participant code', 'conference code', 'host key', 'host code', 'moderator code', 'security code'] },
  {
    kind: 'password',
    labels: [
      'password', 'passwort', 'passwd', 'pwd', 'pw', 'passphrase', 'meeting password', 'kennwort', 'mot de passe', 'contraseña', 'contrasena', 'senha', 'wachtwoord', 'lösenord', 'salasana', 'hasło', 'пароль',
      'パスワード', '暗証番号', '密码', '密碼', '口令', '비밀번호', '암호',
    ],
  },
  { kind: 'credential', labels: ['api key', 'api_key', 'apikey', 'api token', 'access token', 'auth token', 'access key', 'secret key', 'secret access key', 'client secret', 'private key', 'shared secret', 'bearer token', 'secret', 'token'] },
  { kind: 'credential', labels: ['token', 'pass', 'secret', 'key', 'pwd', 'password'], codeKeyOnly: true },
  { kind: 'pin', labels: ['pin', 'pin code', 'participant pin', 'dial-in pin', 'dial in pin', 'conference pin', 'attendee pin', 'audio pin'], digitsOnly: true },
];

/**
 * One rule per spec. The rules share the list of every label, so that a value stops where any other
 * label starts ("Meeting ID: 938 533 Passcode: 41x" masks both values apart).
 */
export function labelRules(specs: readonly LabelRuleSpec[]): RedactionRule[] {
  const every = labelAlternation(specs.filter((s) => !s.codeKeyOnly).flatMap((s) => s.labels));
  const nextLabel = new RegExp(`${every}${CLOSE_QUOTE}(?:${NOTE}${MARK}|${SPACE_BEFORE_DIGITS})`, 'giu');
  return specs.map((spec) => labelRule(spec, nextLabel));
}

function labelRule(spec: LabelRuleSpec, nextLabel: RegExp): RedactionRule {
  const labels = spec.codeKeyOnly ? codeKeyAlternation(spec.labels) : labelAlternation(spec.labels);
  const separator = spec.codeKeyOnly
    ? `${SP}*[:=：＝]${SP}*${VALUE_START}`
    : spec.digitsOnly ? `(?:${SEPARATOR}|${SPACE_BEFORE_DIGITS})${DIGIT_START}` : `(?:${SEPARATOR}${VALUE_START}|${SPACE_BEFORE_DIGITS})`;
  const regex = new RegExp(`${labels}${CLOSE_QUOTE}${separator}`, 'giu');
  const mention = new RegExp(labels, 'iu');
  const whole = new RegExp(`^${labels}${SP}*[:=#：＝-]?$`, 'iu');
  return {
    kind: spec.kind,
    signature: `label ${spec.kind} ${regex.source} until ${nextLabel.source} or ${SENTENCE_END.source}`,
    find(text: string): SecretSpan[] {
      const spans: SecretSpan[] = [];
      const line = new LineEnd(text);
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match; match = regex.exec(text)) {
        const start = match.index + match[0].length;
        const end = valueEnd(text, match.index, start, nextLabel, line);
        regex.lastIndex = Math.max(end, start + 1);
        if (end <= start || isPlaceholder(text.slice(start, end))) continue;
        spans.push({ start, end, kind: spec.kind, mask: TEXT_MASK });
      }
      return spans;
    },
    mentionsLabel: (text) => mention.test(text),
    labelsValue(label: string, value: string): boolean {
      if (!whole.test(label.trim().replace(/\s+/g, ' '))) return false;
      const trimmed = value.trim();
      if (trimmed === '' || isPlaceholder(trimmed)) return false;
      return !spec.digitsOnly || /^[*#+(]?\d/.test(trimmed);
    },
  };
}

/** The labels as one group, each with the word boundaries its script has. */
function labelAlternation(labels: readonly string[]): string {
  const unique = [...new Set(labels.map((l) => l.trim().toLowerCase()))].sort((a, b) => b.length - a.length);
  const spelled = (list: string[]): string => list.map((l) => escapeRegExp(l).replace(/\s+/g, WORD_GLUE)).join('|');
  const spaced = unique.filter((l) => !UNSPACED.test(l));
  const unspaced = unique.filter((l) => UNSPACED.test(l));
  // Plurals too: "Passwords: a, b".
  const groups = [...(spaced.length ? [`${NOT_WORD_BEFORE}(?:${spelled(spaced)})s?${NOT_WORD_AFTER}`] : []), ...(unspaced.length ? [`(?:${spelled(unspaced)})`] : [])];
  return `(?:${groups.join('|')})`;
}

/** A code key ending in one of the labels: `DB_PASS`, `SECRET_TOKEN`, `github-token`. */
function codeKeyAlternation(labels: readonly string[]): string {
  const words = [...new Set(labels.map((l) => escapeRegExp(l.trim().toLowerCase())))].join('|');
  return `(?<![\\p{L}\\p{N}_-])[\\p{L}\\p{N}]+(?:[_-][\\p{L}\\p{N}]+)*[_-](?:${words})s?(?![\\p{L}\\p{N}_])`;
}

/** How far before a label an opening parenthesis is looked for ("Recording (passcode: X)"). */
const PARENTHESIS_LOOKBACK = 200;

/**
 * Where a value starting at `start` ends: the line's end, the next label or the sentence's end;
 * inside parentheses opened before the label ("Recording (passcode: X): link"), their closing one.
 * Each search stops where the previous one ended, so a long line of many labels stays linear.
 */
function valueEnd(text: string, labelAt: number, start: number, nextLabel: RegExp, line: LineEnd): number {
  const lineEnd = line.after(start);
  let end = lineEnd;
  nextLabel.lastIndex = 1;
  const label = nextLabel.exec(text.slice(start, end));
  if (label) end = start + label.index;
  SENTENCE_END.lastIndex = 0;
  const sentence = SENTENCE_END.exec(text.slice(start, end));
  if (sentence && sentence.index > 0) end = start + sentence.index;
  const before = text.slice(Math.max(0, labelAt - PARENTHESIS_LOOKBACK), labelAt);
  const close = closingParenthesis(before.slice(before.lastIndexOf('\n') + 1), text.slice(start, end));
  if (close >= 0) end = start + close;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  // "Passcode: abc123." at the end of a line: the full stop ends the sentence, it is not the secret's.
  if (end - start > 1 && text.charAt(end - 1) === '.' && text.charAt(end - 2) !== '.' && text.slice(end, lineEnd).trim() === '') end--;
  return end;
}

/** The end of the line holding a position, remembered while the positions stay on that line. */
class LineEnd {
  private end = -1;
  constructor(private readonly text: string) {}

  after(position: number): number {
    if (position > this.end) {
      const newline = this.text.indexOf('\n', position);
      this.end = newline === -1 ? this.text.length : newline;
    }
    return this.end;
  }
}

/** Where in `value` the parenthesis left open in `before` closes, or -1. */
function closingParenthesis(before: string, value: string): number {
  let open = 0;
  for (const c of before) open = c === '(' ? open + 1 : c === ')' ? Math.max(0, open - 1) : open;
  if (open === 0) return -1;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')' && depth-- === 0) return i;
  }
  return -1;
}


function isPlaceholder(value: string): boolean {
  return PLACEHOLDERS.has(value.trim().replace(/[.;,]+$/, '').replace(/\s+/g, ' ').toLowerCase());
}
