import { TEXT_MASK } from './redaction-rule.js';
import type { RedactionRule, SecretSpan } from './redaction-rule.js';

/**
 * Secret keys as programs and config files name them without a separator the label rules can see
 * (label-rule.ts takes `DB_PASSWORD=`, `client-secret:`, `"password": …`):
 *
 * * an environment variable whose name ends in a secret word glued on (`PGPASSWORD=x`,
 *   `MONGOPASSWORD: x`): in shell form (`NAME=value`) the value ends at a space, as the shell
 *   reads it (`PGPASSWORD=x psql -h db` keeps the command); after `: ` or ` = ` it is the rest of
 *   the line;
 * * a camelCase key whose last word is a secret word (`adminPassword: x`, `dbPassword = "x"`,
 *   `smtpPass: x`, `signingKey=x`): the quoted string, else the rest of the line;
 * * an XML element named so (`<password>x</password>`, `<db.adminPassword>x</…>`): its text;
 * * a YAML block scalar under such a key (`password: |` and the lines indented below it).
 *
 * Glued words are told apart by their case, so the expressions are case-sensitive where the case
 * is the only boundary: `MONKEY=banana` and `monkey: banana` are not keys ending in `key`.
 */

/** Upper-case words a variable name may end in without a separator (`KEY` alone is too common a tail: MONKEY, HOTKEY). */
const GLUED_UPPER = '(?:PASSWORD|PASSWD|PASSPHRASE|PASSCODE|SECRET|TOKEN|APIKEY)';
/** Capitalised last words of a camelCase key. */
const CAMEL_TAIL = '(?:Password|Passwd|Passphrase|Passcode|Pass|Pwd|Secret|Token|Key)';
/** Space within a line. */
const SP = '[^\\S\\n]';
/** A quoted value, or a bare one: `bare` is filled by the caller's expression. */
const QUOTED = `(?:"(?<dq>[^"\\n]*)"|'(?<sq>[^'\\n]*)')`;

const PATTERNS: readonly RegExp[] = [
  // PGPASSWORD='a b', PGPASSWORD=x cmd: the shell's reading of an assignment.
  new RegExp(`(?<![\\p{L}\\p{N}_])[A-Z][A-Z0-9]*${GLUED_UPPER}S?=(?:${QUOTED}|(?<bare>[^\\s"'\`<>|;&]+))`, 'gdu'),
  // PGPASSWORD: x (YAML), PGPASSWORD = x: the rest of the line.
  new RegExp(`(?<![\\p{L}\\p{N}_])["']?[A-Z][A-Z0-9]*${GLUED_UPPER}S?["']?(?:${SP}*:|${SP}+=)${SP}*(?:${QUOTED}|(?<bare>[^\\s][^\\n]*))`, 'gdu'),
  // adminPassword: x, dbPassword = "x", "smtpPass": "x"
  new RegExp(`(?<![\\p{L}\\p{N}_])["']?[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*${CAMEL_TAIL}s?["']?${SP}*[:=]${SP}*(?:${QUOTED}|(?<bare>[^\\s][^\\n]*))`, 'gdu'),
  // <password>x</password>, <db.adminPassword>x</db.adminPassword>
  new RegExp(`<(?<tag>[\\w.:-]*?(?:password|passwd|passphrase|passcode|pwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key))>(?<bare>[^<\\n]+)</\\k<tag>>`, 'gdiu'),
];

/** `password: |` or `client_secret: >-` (any key ending in a secret word), then its indented block. */
const BLOCK_KEY = /^([^\S\n]*)["']?[\w.-]*?(?:password|passwd|passphrase|passcode|pwd|secret|token|api[-_]?key|private[-_]?key)["']?[^\S\n]*:[^\S\n]*[|>][-+0-9]*[^\S\n]*(?:#[^\n]*)?$/gimu;

export function codeKeyRule(): RedactionRule {
  return {
    kind: 'credential',
    signature: `code-key ${[...PATTERNS, BLOCK_KEY].map((p) => p.source).join(' ')}`,
    find(text: string): SecretSpan[] {
      const spans: SecretSpan[] = [];
      for (const pattern of PATTERNS) {
        pattern.lastIndex = 0;
        for (const match of text.matchAll(pattern)) {
          const group = (['dq', 'sq', 'bare'] as const).find((name) => match.groups?.[name] !== undefined);
          const at = group ? match.indices?.groups?.[group] : undefined;
          if (!at) continue;
          const end = trimmedEnd(text, at[0], at[1]);
          if (end > at[0] && text.slice(at[0], end) !== TEXT_MASK) spans.push({ start: at[0], end, kind: 'credential', mask: TEXT_MASK });
        }
      }
      for (const span of blockValues(text)) spans.push(span);
      return spans.sort((a, b) => a.start - b.start);
    },
  };
}

/** A bare value to the end of its line leaves out trailing spaces and the `;` or `,` that ends a statement. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s;,]/.test(text.charAt(end - 1))) end--;
  return end;
}

/** The lines of each YAML block scalar under a secret key: every following line indented deeper than the key (blank lines inside included). */
function blockValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  BLOCK_KEY.lastIndex = 0;
  for (const match of text.matchAll(BLOCK_KEY)) {
    const indent = (match[1] ?? '').length;
    let at = match.index + match[0].length;
    let start = -1;
    let end = -1;
    while (at < text.length && text.charAt(at) === '\n') {
      const next = text.indexOf('\n', at + 1);
      const line = text.slice(at + 1, next === -1 ? text.length : next);
      const own = line.length - line.trimStart().length;
      if (line.trim() !== '') {
        if (own <= indent) break;
        if (start === -1) start = at + 1 + own;
        end = at + 1 + line.trimEnd().length;
      }
      at = next === -1 ? text.length : next;
    }
    if (start !== -1 && end > start) spans.push({ start, end, kind: 'credential', mask: TEXT_MASK });
  }
  return spans;
}
