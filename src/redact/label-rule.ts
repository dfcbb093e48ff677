import { escapeRegExp, spansOf, TEXT_MASK } from './redaction-rule.js';
import type { RedactionRule, SecretSpan } from './redaction-rule.js';

/**
 * "Passcode: X==yHb^1", "Password - hunter2", "Access code = 1234", "PIN is 4411#": a label, a
 * separator, then the secret (one word; for PINs digits that may be grouped by spaces).
 * The value may sit on the next line when the label ends a line with a colon (a table cell or a
 * bold label followed by a paragraph).
 */
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_?&;#])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';
const SEPARATOR = '(?:[ \\t]*\\([^)\\n]{0,30}\\))?(?:[ \\t]*[:=#][ \\t]*\\n?|[ \\t]+[-–—][ \\t]+|[ \\t]+is[ \\t]+)[ \\t]*';
const WORD_VALUE = '(?<secret>\\S+)';
const DIGITS_VALUE = '(?<secret>\\d(?:[\\d \\-]{0,18}\\d)?#?)';

/** Words that follow a label without being a secret ("Password: see the vault"). */
const NOT_SECRETS = new Set(['see', 'none', 'n/a', 'na', 'tbd', 'tba', 'same', 'the', 'required', 'provided', 'below', 'above', 'available', 'sent', 'shared', 'in', 'on', 'not', 'no', 'ask', 'via', 'from', 'will', 'is', 'to', 'redacted', '[redacted]']);

export interface LabelRuleSpec {
  kind: string;
  labels: readonly string[];
  digitsOnly?: boolean;
}

export const BUILT_IN_LABELS: readonly LabelRuleSpec[] = [
  { kind: 'passcode', labels: ['passcode', 'pass code', 'meeting passcode', 'access code', 'participant code', 'conference code', 'host key', 'host code', 'moderator code', 'security code'] },
  { kind: 'password', labels: ['password', 'passwort', 'passwd', 'pwd', 'meeting password', 'kennwort'] },
  { kind: 'pin', labels: ['pin', 'pin code', 'participant pin', 'dial-in pin', 'dial in pin', 'conference pin', 'attendee pin', 'audio pin'], digitsOnly: true },
];

export function labelRule(spec: LabelRuleSpec): RedactionRule {
  const labels = [...spec.labels].sort((a, b) => b.length - a.length).map((l) => escapeRegExp(l).replace(/ /g, '[ \\t]+'));
  const value = spec.digitsOnly ? DIGITS_VALUE : WORD_VALUE;
  const regex = new RegExp(`${NOT_WORD_BEFORE}(?:${labels.join('|')})${NOT_WORD_AFTER}${SEPARATOR}${value}`, 'giud');
  return {
    kind: spec.kind,
    signature: `label ${spec.kind} ${regex.source}`,
    find(text: string): SecretSpan[] {
      return spansOf(regex, text, spec.kind, TEXT_MASK)
        .map((span) => trimTrailingPunctuation(span, text))
        .filter((span) => span.end > span.start && !NOT_SECRETS.has(text.slice(span.start, span.end).toLowerCase()));
    },
  };
}

/** "Passcode: abc123." ends a sentence; the full stop is not part of the secret. */
function trimTrailingPunctuation(span: SecretSpan, text: string): SecretSpan {
  let end = span.end;
  while (end > span.start + 1 && /[.,;)\]]/.test(text[end - 1] ?? '')) end--;
  return { ...span, end };
}
