import type { Element } from 'domhandler';

/** Something that claims elements by tag name, optional macro names and an optional test. */
export interface Claim {
  readonly tags: readonly string[];
  readonly macros?: readonly string[];
  readonly test?: (el: Element) => boolean;
}

/** The claims of one tag, in registry order: all of them, and those a given macro name can meet. */
interface TagCandidates<T> {
  /** Claims without a macro list: the only ones open to a non-macro or an unlisted macro name. */
  readonly unnamed: readonly { claim: Claim; value: T }[];
  /** For each macro name some claim lists: the claims that name can meet (listed or unnamed). */
  readonly byMacro: ReadonlyMap<string, readonly { claim: Claim; value: T }[]>;
}

/**
 * Finds the first claim (in registry order) for an element. Candidates per tag, and per macro
 * name the claims list, are computed up front, so a lookup is two Map gets plus the tests of the
 * few claims left. A tag or macro name no claim lists meets only the claims open to any (`*`, or
 * no macro list): the index is sized by the registry, never by the input.
 */
export class ClaimIndex<T> {
  private readonly byTag = new Map<string, TagCandidates<T>>();
  /** For a tag no claim names: the claims of every tag (`*`). */
  private readonly anyTag: TagCandidates<T>;
  private readonly entries: { claim: Claim; value: T }[];

  constructor(entries: readonly { claim: Claim; value: T }[]) {
    this.entries = [...entries];
    for (const { claim } of entries) {
      for (const tag of claim.tags) if (tag !== '*' && !this.byTag.has(tag)) this.byTag.set(tag, this.candidatesOf(tag));
    }
    this.anyTag = this.candidatesOf(null);
  }

  find(el: Element, macroName?: string): T | undefined {
    const candidates = this.byTag.get(el.name.toLowerCase()) ?? this.anyTag;
    const list = macroName === undefined ? candidates.unnamed : candidates.byMacro.get(macroName) ?? candidates.unnamed;
    for (let i = 0; i < list.length; i++) {
      const { claim, value } = list[i] as { claim: Claim; value: T };
      if (claim.test && !claim.test(el)) continue;
      return value;
    }
    return undefined;
  }

  private candidatesOf(tag: string | null): TagCandidates<T> {
    const all = this.entries.filter((e) => (tag !== null && e.claim.tags.includes(tag)) || e.claim.tags.includes('*'));
    const byMacro = new Map<string, { claim: Claim; value: T }[]>();
    for (const { claim } of all) {
      for (const name of claim.macros ?? []) {
        if (!byMacro.has(name)) byMacro.set(name, all.filter((e) => !e.claim.macros || e.claim.macros.includes(name)));
      }
    }
    return { unnamed: all.filter((e) => !e.claim.macros), byMacro };
  }
}
