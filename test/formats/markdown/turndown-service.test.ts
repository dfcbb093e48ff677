import fc from 'fast-check';
import type TurndownService from 'turndown';
import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/constructs/registry.js';
import { turndownService } from '../../../src/formats/markdown/turndown-service.js';
import { turndownTree } from '../../../src/formats/markdown/turndown-tree.js';
import type { TurndownElement } from '../../../src/formats/markdown/turndown-dom.js';
import { arbitraryHub } from '../../support/arbitrary-hub.js';
import { fixtureHubs } from '../../support/fixture-hubs.js';
import { propertyRuns } from '../../robustness/soak.js';

type Rules = { forNode(node: unknown): TurndownService.Rule };

function elementsOf(root: TurndownElement): TurndownElement[] {
  const out: TurndownElement[] = [];
  const walk = (el: TurndownElement): void => {
    for (const c of el.childNodes) if (c.nodeType === 1) { out.push(c); walk(c); }
  };
  walk(root);
  return out;
}

/**
 * The rules picked for each element, in turndown's order (an element before its children, read
 * after it has been looked up: the table rule empties the nested tables it writes).
 */
function lookups(html: string, forNode: (el: TurndownElement) => TurndownService.Rule): TurndownService.Rule[] {
  const tree = turndownTree(html);
  const picked: TurndownService.Rule[] = [];
  const walk = (el: TurndownElement): void => {
    for (const c of el.childNodes) if (c.nodeType === 1) { picked.push(forNode(c)); walk(c); }
  };
  if (tree !== null) walk(tree);
  return picked;
}

/** The rules the service's lookup by name picks, and those turndown's own lookup (every filter in turn) picks. */
function bothLookups(html: string): [TurndownService.Rule[], TurndownService.Rule[]] {
  const rules = (turndownService() as unknown as { rules: Rules }).rules;
  const ownLookup = Object.getPrototypeOf(rules) as Rules;
  return [lookups(html, (el) => rules.forNode(el)), lookups(html, (el) => ownLookup.forNode.call(rules, el))];
}

describe('turndown rule lookup by element name', () => {
  it.each(fixtureHubs().filter(({ hub }) => turndownTree(hub) !== null))('$name: every element gets the rule turndown itself would pick', ({ hub }) => {
    const [indexed, own] = bothLookups(hub);
    expect(indexed.length).toBeGreaterThan(0);
    expect(indexed).toEqual(own);
  });

  it('picks the same rules on random hubs', () => {
    fc.assert(fc.property(arbitraryHub, (html) => {
      const [indexed, own] = bothLookups(html);
      expect(indexed).toEqual(own);
    }), { numRuns: propertyRuns(200) });
  });

  it('asks a filter only about the elements its tags name', () => {
    const asked: string[] = [];
    const rules = (turndownService() as unknown as { rules: { array: (TurndownService.Rule & { tags?: string[] })[] } & Rules }).rules;
    const panel = rules.array.find((r) => r.tags?.length === 1 && r.tags[0] === 'div' && String(r.filter).includes('data-panel'));
    expect(panel).toBeDefined();
    const filter = panel!.filter as TurndownService.FilterFunction;
    panel!.filter = (node, options) => { asked.push(node.nodeName); return filter(node, options); };
    try {
      const tree = turndownTree('<p>x <span>y</span></p><div data-panel="info"><p>z</p></div><div>w</div>') as TurndownElement;
      for (const el of elementsOf(tree)) rules.forNode(el);
    } finally {
      panel!.filter = filter;
    }
    expect(asked).toEqual(['DIV', 'DIV']);
  });

  it('gives every function filter of the constructs its element names', () => {
    const untagged = registry.flatMap((c) => Object.entries(c.markdown?.rules ?? {}).filter(([, r]) => typeof r.filter === 'function' && r.tags === undefined).map(([k]) => `${c.name}:${k}`));
    // The opaque-macro rule claims any element that carries data-opaque.
    expect(untagged).toEqual(['opaque-macro:opaque']);
  });
});
