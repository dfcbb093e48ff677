import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convert } from '../../src/convert.js';
import { CODE_CONTAINERS, CODE_SHAPES, CONTAINERS, ENV_NAMES, LABELS, PROPERTY_TIMEOUT, RULES, RUNS, separatorsFor, codePage, codeSecretFor, leakedPieces, secretFor, secretPage, spell, type SecretPage } from './secret-pages.js';

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
        separator: fc.constantFrom(...separatorsFor(label)),
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

  it('no run of 4 characters of a credential code carries without a label (Authorization headers, curl -u, mysql -p, --password=, user:pass@, .env lines) reaches Markdown, JSON or the report, in code blocks, inline code, macro parameters and link addresses', () => {
    const cases = fc.constantFrom(...Object.keys(CODE_SHAPES)).chain((shape) =>
      fc.record({ shape: fc.constant(shape), container: fc.constantFrom(...Object.keys(CODE_CONTAINERS)), secret: codeSecretFor(shape), name: fc.constantFrom(...ENV_NAMES) }),
    );
    fc.assert(
      fc.property(cases, ({ shape, container, secret, name }) => {
        const leaks = leakedPieces(secret, written(codePage(container, shape, secret, name)), written(codePage(container, shape, '9z', name)));
        expect(leaks, `${container}: ${CODE_SHAPES[shape]!(secret, name)}`).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);
});
