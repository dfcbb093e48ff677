import { escapeRegExp, spansOf, TEXT_MASK, URL_MASK } from './redaction-rule.js';
import type { RedactionRule, SecretSpan } from './redaction-rule.js';

/** Shorter values ("ab", "7") are too likely to be ordinary text elsewhere on the page. */
const MIN_LENGTH = 4;

/**
 * A secret found once under its label is masked wherever else the page repeats it without one
 * ("Passcode: 83jd9x" ... "join with 83jd9x"), in the text, the title and the links alike.
 */
export function repeatedSecretsRule(secrets: ReadonlyMap<string, string>): RedactionRule | null {
  const values = [...secrets.keys()].filter((v) => v.length >= MIN_LENGTH && v !== TEXT_MASK && v !== URL_MASK.toLowerCase());
  if (values.length === 0) return null;
  const alternation = values
    .sort((a, b) => b.length - a.length)
    .map((v) => escapeRegExp(v).replace(/\s+/g, '\\s+'))
    .join('|');
  const regex = new RegExp(`(?:${alternation})`, 'giu');
  return {
    kind: 'repeat',
    find(text: string): SecretSpan[] {
      return spansOf(regex, text, 'repeat', TEXT_MASK).map((span) => ({ ...span, kind: secrets.get(text.slice(span.start, span.end).toLowerCase().replace(/\s+/g, ' ')) ?? span.kind }));
    },
  };
}
