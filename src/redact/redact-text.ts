import { findSecrets } from './redaction-rules.js';
import type { RedactionRule } from './redaction-rule.js';

export interface TextRedaction {
  text: string;
  /** How many secrets of each kind were masked. */
  counts: Record<string, number>;
}

/** Masks every secret in a plain string (an attribute value, a line of text). Pure. */
export function redactText(text: string, rules: readonly RedactionRule[]): TextRedaction {
  const spans = findSecrets(text, rules);
  const counts: Record<string, number> = {};
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + span.mask;
    at = span.end;
    counts[span.kind] = (counts[span.kind] ?? 0) + 1;
  }
  return { text: out + text.slice(at), counts };
}

export function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [kind, n] of Object.entries(from)) into[kind] = (into[kind] ?? 0) + n;
}
