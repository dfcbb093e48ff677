import { spansOf, TEXT_MASK } from './redaction-rule.js';
import type { RedactionRule, SecretSpan } from './redaction-rule.js';

/**
 * Credentials that code and command lines carry without a label a person would write: the
 * credentials of an HTTP `Authorization` header (`Bearer …`, `Basic …`, any scheme), a bearer
 * token quoted on its own, the password of `curl -u user:PASSWORD`, MySQL's `-pPASSWORD`, and
 * `--password=…` style options (`--password`, `--db-pass`, `--token`, `--api-key`, `--secret` …).
 * Labels as code spells them (`AWS_SECRET_ACCESS_KEY=`, `GITHUB_TOKEN=`, `"password": "x"`) are
 * the label rules' (label-rule.ts); a URL's `user:PASSWORD@` is the URL rule's (url-token-rule.ts).
 */

/** Space within a line. */
const SP = '[^\\S\\n]';
/** HTTP authentication schemes (RFC 9110 and the ones APIs invent). */
const SCHEMES = 'bearer|basic|token|digest|negotiate|ntlm|hoba|mutual|oauth|jwt|api-?key|sharedkey|sharedaccesssignature|ssws|splunk|genie-?key|aws4-hmac-sha256|key';
/** A credential: anything up to a space, a quote, or markup around it. */
const VALUE = `[^\\s"'\`<>]+`;
/** A quoted or bare value after an option (`--password 'a b'` keeps its quotes out of the mask). */
const OPTION_VALUE = `(?:"(?<dq>[^"\\n]+)"|'(?<sq>[^'\\n]+)'|(?<bare>${VALUE}))`;

const PATTERNS: readonly RegExp[] = [
  // Authorization: Bearer eyJ…, Proxy-Authorization: Basic dXNlcjpw…, Digest username="x", response="…": a scheme,
  // then the credentials to the closing quote when the header is quoted (-H "Authorization: Bearer X",
  // "authorization": "Token X"), else to the end of the line (Digest's parameters hold quotes of their own).
  new RegExp(`(?<q>["'])(?:proxy-)?authori[sz]ation${SP}*[:=]${SP}*(?:${SCHEMES})${SP}+(?<secret>(?:(?!\\k<q>)[^\\n])*[^\\s"'])`, 'gid'),
  new RegExp(`\\b(?:proxy-)?authori[sz]ation["']?${SP}*[:=]${SP}*(?<q>["'])(?:${SCHEMES})${SP}+(?<secret>(?:(?!\\k<q>)[^\\n])*[^\\s"'])`, 'gid'),
  new RegExp(`(?<!["'])\\b(?:proxy-)?authori[sz]ation${SP}*[:=]${SP}*(?:${SCHEMES})${SP}+(?<secret>[^\\n]*[^\\s])`, 'gid'),
  // Authorization: 3f9c0e… (no scheme): a long token.
  new RegExp(`\\b(?:proxy-)?authori[sz]ation["']?${SP}*[:=]${SP}*["']?(?<secret>[A-Za-z0-9._~+/=:-]{16,})`, 'gid'),
  // "Bearer eyJhbGci…" on its own (a header built in code): a token holds a digit or a symbol.
  new RegExp(`\\bBearer${SP}+(?<secret>(?=[A-Za-z0-9._~+/=-]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{8,})`, 'gid'),
  // mysql -u root -pPASSWORD, mysqldump -pPASSWORD (a space after -p asks for it: nothing to mask)
  new RegExp(`\\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlsh|mariadb(?:-dump|-admin|-import|-check)?)\\b[^\\n]*?[^\\S\\n]-p(?<secret>[^\\s"'\`<>|;&]+)`, 'gd'),
];

/**
 * Options whose value is a secret, quoted (to the closing quote, spaces and all) or bare:
 * --password=X, --db-password X, --pass='X', --token X, --api-key=X, --client-secret X (any option
 * ending in one of these), and the password of curl's -u user:PASSWORD, --user, --proxy-user.
 */
const OPTIONS: readonly RegExp[] = [
  new RegExp(
    `(?<![\\w-])--?(?:[a-z0-9]+[-_])*(?:password|passwd|pass|pwd|passphrase|token|secret|api[-_]?key|access[-_]?key|private[-_]?key|credentials?)(?:=|${SP}+)${OPTION_VALUE}`,
    'gid',
  ),
  new RegExp(`(?<![\\w-])(?:-u|-U|--user|--proxy-user)(?:${SP}+|=)(?:"[^\\s:"]*:(?<dq>[^"\\n]+)"|'[^\\s:']*:(?<sq>[^'\\n]+)'|[^\\s:"'@]*:(?<bare>${VALUE}))`, 'gid'),
];

export function codeCredentialRule(): RedactionRule {
  return {
    kind: 'credential',
    signature: `code-credential ${[...PATTERNS, ...OPTIONS].map((p) => p.source).join(' ')}`,
    find(text: string): SecretSpan[] {
      const spans = PATTERNS.flatMap((pattern) => spansOf(pattern, text, 'credential', TEXT_MASK));
      for (const option of OPTIONS) {
        for (const match of text.matchAll(option)) {
          const group = (['dq', 'sq', 'bare'] as const).find((name) => match.groups?.[name] !== undefined);
          const at = group ? match.indices?.groups?.[group] : undefined;
          if (!group || !at || isFlagLike(match.groups![group]!)) continue;
          spans.push({ start: at[0], end: at[1], kind: 'credential', mask: TEXT_MASK });
        }
      }
      return spans.filter((s) => text.slice(s.start, s.end) !== TEXT_MASK).sort((a, b) => a.start - b.start);
    },
  };
}

/** `--password --host x`: the option's value is missing (another option follows), nothing to mask. */
function isFlagLike(value: string): boolean {
  return /^--?[a-z]/i.test(value);
}
