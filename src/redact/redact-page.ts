import type { ConversionReport } from '../hub/report.js';
import type { PageMeta } from '../model/page-meta.js';
import { redactHub } from './redact-hub.js';
import { redactText, redactUrl } from './redact-text.js';
import type { RedactionRule } from './redaction-rule.js';
import { RedactionTally } from './redaction-tally.js';
import { repeatedSecretsRule } from './repeated-secrets-rule.js';

export interface PageRedaction<M> {
  hub: string;
  meta: M;
  /** Different secrets masked, by kind. */
  counts: Record<string, number>;
}

/**
 * Masks a page before any writer: its hub, the metadata that goes to front matter, JSON and file
 * names (title, labels, source URL), and what the reader already said in the report (a warning may
 * quote the page). A secret found under its label is then masked wherever the page repeats it. Adds one `redacted` entry per kind to the report, counting the page as a whole.
 */
export function redactPage<M extends Partial<PageMeta>>(hub: string, meta: M, rules: readonly RedactionRule[], report?: ConversionReport): PageRedaction<M> {
  const tally = new RedactionTally();
  let maskedHub = redactHub(hub, rules, undefined, tally).hub;
  let maskedMeta = redactMeta(meta, rules, tally);
  const repeats = repeatedSecretsRule(tally.secrets());
  if (repeats) {
    maskedHub = redactHub(maskedHub, [repeats], undefined, tally).hub;
    maskedMeta = redactMeta(maskedMeta, [repeats], tally);
  }
  if (report) {
    const all = repeats ? [...rules, repeats] : rules;
    for (const entry of report.entries) {
      entry.message = redactText(entry.message, all).text;
      entry.construct = redactText(entry.construct, all).text;
    }
    for (const kind of Object.keys(tally.counts())) report.redacted(kind, tally.message(kind));
  }
  return { hub: maskedHub, meta: maskedMeta, counts: tally.counts() };
}

/** A front matter value with the secrets of its strings masked, lists and mappings walked. */
function redactValue(value: unknown, text: (value: string) => string): unknown {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, text));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, text)]));
  return value;
}

/** The page's title, labels, source URL and other properties with their secrets masked; other fields as they are. */
export function redactMeta<M extends Partial<PageMeta>>(meta: M, rules: readonly RedactionRule[], tally: RedactionTally = new RedactionTally()): M {
  const text = (value: string): string => redactText(value, rules, tally).text;
  const out: M = { ...meta };
  if (typeof meta.title === 'string') out.title = text(meta.title);
  if (typeof meta.sourceUrl === 'string') out.sourceUrl = redactUrl(meta.sourceUrl, rules, tally);
  if (Array.isArray(meta.labels)) out.labels = meta.labels.map(text);
  if (meta.properties !== undefined) out.properties = Object.fromEntries(Object.entries(meta.properties).map(([key, value]) => [key, redactValue(value, text)]));
  return out;
}
