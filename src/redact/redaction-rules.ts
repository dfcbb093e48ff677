import { BUILT_IN_LABELS, labelRules, type LabelRuleSpec } from './label-rule.js';
import { BUILT_IN_URL_PARAMS, urlTokenRule } from './url-token-rule.js';
import { dialInRule } from './dial-in-rule.js';
import { codeCredentialRule } from './code-credential-rule.js';
import { codeKeyRule } from './code-key-rule.js';
import { tokenShapeRule } from './token-shape-rule.js';
import { patternRule } from './pattern-rule.js';
import type { RedactionRule, SecretSpan } from './redaction-rule.js';
import type { RedactionRulesFile } from './redaction-rules-file.js';

/** The rules `--redact` applies: the built-in ones plus those of an optional rules file. */
export function redactionRules(extra?: RedactionRulesFile): RedactionRule[] {
  const labels: LabelRuleSpec[] = [...BUILT_IN_LABELS];
  if (extra?.labels.length) labels.push({ kind: 'label', labels: extra.labels });
  if (extra?.pins.length) labels.push({ kind: 'pin', labels: extra.pins, digitsOnly: true });
  const urlParams = [...BUILT_IN_URL_PARAMS, ...(extra?.urlParams ?? []), ...labels.flatMap((spec) => spec.labels.flatMap(urlParamSpellings))];
  const rules: RedactionRule[] = [urlTokenRule([...new Set(urlParams.map((p) => p.toLowerCase()))]), codeCredentialRule(), codeKeyRule(), tokenShapeRule(), dialInRule(), ...labelRules(labels)];
  for (const p of extra?.patterns ?? []) rules.push(patternRule(p.name, new RegExp(p.regex, p.flags)));
  return rules;
}

/** A label as a URL parameter's name: `Bridge code` is `bridgecode`, `bridge_code`, `bridge-code`, `bridge%20code`, `bridge+code`. */
function urlParamSpellings(label: string): string[] {
  const words = label.trim().split(/\s+/);
  return ['', '_', '-', '%20', '+'].map((glue) => words.join(glue));
}

/**
 * All secrets in the text, sorted. Spans of different rules that overlap are joined into one: a
 * rules-file pattern that takes `token: abc` must not leave the rest of the value a label rule
 * found (`token: abc def`) unmasked, whichever rule ran first. The joined span is named after a
 * rules-file pattern when one took part (the user wrote it for exactly this), else after the
 * earlier, then longer span.
 */
export function findSecrets(text: string, rules: readonly RedactionRule[]): SecretSpan[] {
  const all = rules.flatMap((r) => r.find(text)).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SecretSpan[] = [];
  for (const span of all) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) {
      const named = !last.kind.startsWith('custom:') && span.kind.startsWith('custom:') ? { kind: span.kind, mask: span.mask } : {};
      kept[kept.length - 1] = { ...last, ...named, end: Math.max(last.end, span.end) };
      continue;
    }
    kept.push(span);
  }
  return kept;
}
