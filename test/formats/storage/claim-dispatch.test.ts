import { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Construct } from '../../../src/constructs/construct.js';
import { mappingsOf, registry } from '../../../src/constructs/registry.js';
import { propertyRuns } from '../../robustness/soak.js';

/** The dispatch rule spelled out: the first construct in registry order whose claim meets the element. */
function firstClaim(side: 'storage' | 'hub' | 'markdownHtml', el: Element, macro?: string): Construct | undefined {
  const tag = el.name.toLowerCase();
  return registry.find((c) => {
    const claim: { tags: readonly string[]; macros?: readonly string[]; test?: (el: Element) => boolean } | undefined = c[side];
    if (!claim) return false;
    if (!claim.tags.includes(tag) && !claim.tags.includes('*')) return false;
    if (claim.macros && (macro === undefined || !claim.macros.includes(macro))) return false;
    return !claim.test || claim.test(el);
  });
}

const knownTags = [...new Set(registry.flatMap((c) => [...(c.storage?.tags ?? []), ...(c.hub?.tags ?? []), ...(c.markdownHtml?.tags ?? [])]))];
const knownMacros = [...new Set(registry.flatMap((c) => c.storage?.macros ?? []))];

const elementArb = fc.record({
  tag: fc.oneof(fc.constantFrom(...knownTags), fc.constantFrom('ac:unknown-thing', 'ri:nothing', 'marquee', 'DIV', 'Ac:Structured-Macro'), fc.string({ minLength: 1, maxLength: 6 })),
  macro: fc.option(fc.oneof(fc.constantFrom(...knownMacros), fc.constantFrom('drawio', 'gliffy', ''), fc.string({ maxLength: 6 })), { nil: undefined }),
  attribs: fc.dictionary(fc.constantFrom('class', 'data-macro', 'data-opaque', 'style', 'ac:name', 'href', 'ri:filename'), fc.constantFrom('', 'x', 'info', 'code', 'list-style-type: none', 'task-list', 'true')),
  child: fc.option(fc.constantFrom('p', 'ac:rich-text-body', 'ac:plain-text-body', 'ri:page', 'ri:attachment', 'ac:parameter', 'li'), { nil: undefined }),
});

describe('dispatch of elements to constructs (ClaimIndex)', () => {
  it('picks the same construct as a scan of the registry in order, for every side', () => {
    fc.assert(
      fc.property(elementArb, ({ tag, macro, attribs, child }) => {
        const el = new Element(tag, { ...attribs });
        if (child) {
          const c = new Element(child, {});
          c.parent = el;
          el.children.push(c);
        }
        for (const side of ['storage', 'hub', 'markdownHtml'] as const) {
          const expected = firstClaim(side, el, side === 'storage' ? macro : undefined)?.[side];
          const found = side === 'storage' ? mappingsOf(side).find(el, macro) : mappingsOf(side).find(el);
          expect(found).toBe(expected);
        }
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('sends an unknown macro and an unknown tag only to the claims open to any name', () => {
    const macro = new Element('ac:structured-macro', { 'ac:name': 'no-such-macro' });
    expect(registry.find((c) => c.storage === mappingsOf('storage').find(macro, 'no-such-macro'))?.name).toBe(firstClaim('storage', macro, 'no-such-macro')?.name);
    const tag = new Element('blink', {});
    expect(mappingsOf('storage').find(tag)).toBe(firstClaim('storage', tag)?.storage);
  });
});
