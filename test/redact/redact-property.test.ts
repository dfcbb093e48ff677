import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convert } from '../../src/convert.js';
import { CONTAINERS, LABELS, PROPERTY_TIMEOUT, RULES, RUNS, SEPARATORS, leakedPieces, secretFor, secretPage, spell, type SecretPage } from './secret-pages.js';

/** Everything convert() lets out for a page: Markdown, JSON and the report of each. */
function written({ storage, title, labels, sourceUrl }: SecretPage): string {
  const out: string[] = [];
  for (const to of ['md', 'json'] as const) {
    const result = convert(storage, { from: 'storage', to, redact: RULES, meta: { title, labels, sourceUrl, id: '42' } });
    out.push(result.output, ...result.report.toLines('page.md'));
  }
  return out.join('\n');
}

describe('redaction cannot leak (property, through convert)', () => {
  it('no run of 4 characters of a labelled secret reaches Markdown, JSON or the report, in any container, under any label', () => {
    const cases = fc.constantFrom(...LABELS).chain((label) =>
      fc.record({
        label: fc.constant(label),
        casing: fc.nat(2),
        separator: fc.constantFrom(...SEPARATORS),
        container: fc.constantFrom(...Object.keys(CONTAINERS)),
        secret: secretFor(label),
      }),
    );
    fc.assert(
      fc.property(cases, ({ label, casing, separator, container, secret }) => {
        const labelText = spell(label.text, casing);
        const page = secretPage(container, labelText, separator, secret);
        const baseline = secretPage(container, labelText, separator, '9z');
        const leaks = leakedPieces(secret, written(page), written(baseline));
        expect(leaks, `${container}: ${labelText}${separator}${secret}`).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);
});
