import { spansOf } from './redaction-rule.js';
import type { RedactionRule } from './redaction-rule.js';

/**
 * One-tap dial strings carry the meeting PIN after pauses: `+16465588656,,93853337073#`,
 * `tel:+44 20 3481 5237,,,,123456#`. The number is public; what follows the commas is not.
 */
const ONE_TAP = /(?<=\d)(?:,|%2C){2,}(?<secret>\*?\d(?:[\d*#,]|%2C)*[\d#])/gid;

export function dialInRule(): RedactionRule {
  return {
    kind: 'pin',
    signature: `dial-in ${ONE_TAP.source}`,
    find: (text) => spansOf(ONE_TAP, text, 'pin', '[redacted]'),
  };
}
