import { spansOf, TEXT_MASK } from './redaction-rule.js';
import type { RedactionRule, SecretSpan } from './redaction-rule.js';

/**
 * Credentials recognizable by their own shape, with no label around them: the body of a PEM
 * private key (`-----BEGIN … PRIVATE KEY-----` to its END line, which both stay), and tokens whose
 * issuers give them a fixed prefix precisely so that they can be found in text (GitHub `ghp_`,
 * `github_pat_`, GitLab `glpat-`, Slack `xoxb-`, Stripe `sk_live_`, npm `npm_`, Google `AIza`,
 * Atlassian `ATATT`, OpenAI `sk-proj-`, and JSON Web Tokens). Each needs enough characters after
 * its prefix to be a token, not a word.
 */
const PRIVATE_KEY = /-----BEGIN (?<kind>[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?)-----(?<secret>[\s\S]*?)(?=-----END \k<kind>-----)/g;

const TOKENS: readonly RegExp[] = [
  /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g,
  /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}/g,
  /(?<![A-Za-z0-9_-])xox[abposr]-[A-Za-z0-9-]{10,}/g,
  /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/g,
  /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{30,}/g,
  /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}/g,
  /(?<![A-Za-z0-9_-])ATATT[A-Za-z0-9_=-]{20,}/g,
  /(?<![A-Za-z0-9_-])sk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}/g,
  /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
];

export function tokenShapeRule(): RedactionRule {
  return {
    kind: 'credential',
    signature: `token-shape ${[PRIVATE_KEY, ...TOKENS].map((p) => p.source).join(' ')}`,
    find(text: string): SecretSpan[] {
      const spans = TOKENS.flatMap((pattern) => spansOf(pattern, text, 'credential', TEXT_MASK));
      for (const span of spansOf(PRIVATE_KEY, text, 'credential', TEXT_MASK)) {
        // The key's lines, not the line breaks around them: BEGIN and END stay on lines of their own.
        let { start, end } = span;
        while (start < end && /\s/.test(text.charAt(start))) start++;
        while (end > start && /\s/.test(text.charAt(end - 1))) end--;
        if (end > start) spans.push({ ...span, start, end });
      }
      return spans.sort((a, b) => a.start - b.start);
    },
  };
}
