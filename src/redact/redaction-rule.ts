/** A stretch of text to mask: [start, end) in the searched string. */
export interface SecretSpan {
  start: number;
  end: number;
  /** What was found, for the report: `passcode`, `password`, `pin`, `url-token`, `label`, `custom:NAME`. */
  kind: string;
  /** What replaces it. */
  mask: string;
}

/** One way of spotting secrets in text. Pure: text in, spans out. */
export interface RedactionRule {
  kind: string;
  find(text: string): SecretSpan[];
  /**
   * What the rule matches, spelled out (its expression and word lists), so that an export can
   * tell whether a folder was written with the same rules. Rules without one are told apart by kind only.
   */
  signature?: string;
  /**
   * For rules that spot a value by its label: whether `value` is a secret when it stands in the
   * table cell (or definition) next to or below a cell reading `label`.
   */
  labelsValue?(label: string, value: string): boolean;
  /** Whether the text holds one of the rule's labels at all (a cheap test before a parse). */
  mentionsLabel?(text: string): boolean;
}

/** What replaces a secret in prose; URL parameters get a URL-safe mask. */
export { TEXT_MASK } from '../hub/redaction-mask.js';
export const URL_MASK = 'REDACTED';

/** Every match of `regex` (global), masking the capture group named `secret`, else the whole match. */
export function spansOf(regex: RegExp, text: string, kind: string, mask: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const global = regex.global ? regex : new RegExp(regex.source, `${regex.flags}g`);
  global.lastIndex = 0;
  for (const match of text.matchAll(global)) {
    const whole = match[0];
    if (whole.length === 0) continue;
    const secret = match.groups?.secret;
    if (secret === undefined) {
      spans.push({ start: match.index, end: match.index + whole.length, kind, mask });
      continue;
    }
    if (secret.length === 0) continue;
    const offset = match.indices?.groups?.secret?.[0] ?? match.index + whole.lastIndexOf(secret);
    spans.push({ start: offset, end: offset + secret.length, kind, mask });
  }
  return spans;
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
