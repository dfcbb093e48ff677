import type { Element } from 'domhandler';

/** Something that claims elements by tag name, optional macro names and an optional test. */
export interface Claim {
  readonly tags: readonly string[];
  readonly macros?: readonly string[];
  readonly test?: (el: Element) => boolean;
}

/**
 * Finds the first claim (in registry order) for an element. Candidates per tag are computed once
 * and cached, so a lookup is a Map get plus the few tests of that tag's candidates.
 */
export class ClaimIndex<T> {
  private readonly byTag = new Map<string, { claim: Claim; value: T }[]>();
  private readonly entries: { claim: Claim; value: T }[];

  constructor(entries: readonly { claim: Claim; value: T }[]) {
    this.entries = [...entries];
  }

  find(el: Element, macroName?: string): T | undefined {
    const tag = el.name.toLowerCase();
    let candidates = this.byTag.get(tag);
    if (!candidates) {
      candidates = this.entries.filter((e) => e.claim.tags.includes(tag) || e.claim.tags.includes('*'));
      this.byTag.set(tag, candidates);
    }
    for (const { claim, value } of candidates) {
      if (claim.macros && (macroName === undefined || !claim.macros.includes(macroName))) continue;
      if (claim.test && !claim.test(el)) continue;
      return value;
    }
    return undefined;
  }
}
