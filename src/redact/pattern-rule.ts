import { spansOf, TEXT_MASK } from './redaction-rule.js';
import type { RedactionRule } from './redaction-rule.js';

/** A user's regular expression: the group named `secret` is masked if there is one, else the whole match. */
export function patternRule(name: string, regex: RegExp): RedactionRule {
  const kind = `custom:${name}`;
  const flags = new Set([...regex.flags, 'g', 'd']);
  const global = new RegExp(regex.source, [...flags].join(''));
  return { kind, signature: `pattern ${kind} /${global.source}/${global.flags}`, find: (text) => spansOf(global, text, kind, TEXT_MASK) };
}
