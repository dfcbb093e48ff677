import { findSecrets } from './redaction-rules.js';
import type { RedactionRule } from './redaction-rule.js';
import { RedactionTally } from './redaction-tally.js';

export interface TextRedaction {
  text: string;
  /** How many different secrets of each kind were masked. */
  counts: Record<string, number>;
}

/** Masks every secret in a plain string (a title, a label, an attribute value, a line of text). Pure. */
export function redactText(text: string, rules: readonly RedactionRule[], tally: RedactionTally = new RedactionTally()): TextRedaction {
  const spans = findSecrets(text, rules);
  let out = '';
  let at = 0;
  for (const span of spans) {
    tally.record(span.kind, text.slice(span.start, span.end));
    out += text.slice(at, span.start) + span.mask;
    at = span.end;
  }
  return { text: out + text.slice(at), counts: tally.counts() };
}

/** A file name's extension: one or two short dotted parts holding a letter (`.txt`, `.storage.xhtml`, not `.56`). */
const EXTENSION = /(?:\.(?=[a-z0-9]*[a-z])[a-z0-9]{1,8}){1,2}$/i;

/**
 * Masks secrets in a file name, keeping its extension (`VPN password - X.txt` -> `VPN password - [redacted].txt`),
 * so that a masked attachment or output file still opens with its program. Pure.
 */
export function redactFileName(name: string, rules: readonly RedactionRule[], tally: RedactionTally = new RedactionTally()): string {
  const ext = EXTENSION.exec(name)?.[0] ?? '';
  const stem = name.slice(0, name.length - ext.length);
  if (stem === '') return redactText(name, rules, tally).text;
  return redactText(stem, rules, tally).text + ext;
}

/**
 * Masks secrets in a URL, also where its path or query spells them percent-encoded: a page's
 * address ends in its title (`/pages/42/Passcode+%3A+abc`), a link may carry `?note=PIN%3A+1234`.
 */
export function redactUrl(url: string, rules: readonly RedactionRule[], tally: RedactionTally = new RedactionTally()): string {
  const plain = redactText(url, rules, tally).text;
  return plain.replace(/[^/?&#=]+/g, (segment) => {
    if (!/%[0-9a-f]{2}|\+/i.test(segment)) return segment;
    const decoded = decodeSegment(segment);
    if (decoded === null) return segment;
    const masked = redactText(decoded, rules, tally).text;
    return masked === decoded ? segment : encodeURIComponent(masked).replace(/%20/g, '+');
  });
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Masks the string values of a JSON object (macro parameters), keeping it valid JSON. */
export function redactJsonStrings(json: string, rules: readonly RedactionRule[], tally: RedactionTally): string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return redactText(json, rules, tally).text;
  }
  const masked = maskStrings(value, rules, tally);
  return masked === value ? json : JSON.stringify(masked);
}

function maskStrings(value: unknown, rules: readonly RedactionRule[], tally: RedactionTally): unknown {
  if (typeof value === 'string') {
    const text = redactText(value, rules, tally).text;
    return text === value ? value : text;
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => maskStrings(v, rules, tally));
    return items.every((v, i) => v === value[i]) ? value : items;
  }
  if (value && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = typeof v === 'string' ? maskNamedString(k, v, rules, tally) : maskStrings(v, rules, tally);
      if (out[k] !== v) changed = true;
    }
    return changed ? out : value;
  }
  return value;
}

/** A parameter's value read after its name (`password: x`), so that a name like a secret's masks its value. */
function maskNamedString(name: string, value: string, rules: readonly RedactionRule[], tally: RedactionTally): string {
  const probe = `${name}: `;
  const masked = redactText(probe + value, rules, tally).text;
  if (masked.startsWith(probe)) return masked.slice(probe.length) === value ? value : masked.slice(probe.length);
  return redactText(value, rules, tally).text;
}
