import { createHash } from 'node:crypto';
import type { RedactionRule } from './redaction-rule.js';

/**
 * A hash of a set of redaction rules (their signatures, in order): recorded in an export's
 * manifest so that a page written with `--redact` is known to hold masks instead of secrets,
 * and a re-run with other rules (or none) re-renders it. Never contains the rules' text itself.
 */
export function redactionFingerprint(rules: readonly RedactionRule[]): string {
  const hash = createHash('sha256');
  for (const rule of rules) hash.update(`${rule.signature ?? `kind ${rule.kind}`}\n`);
  return hash.digest('hex');
}
