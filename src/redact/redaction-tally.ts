/**
 * What was masked, by kind: how many different secrets and in how many places. A passcode that
 * appears in a link's text and in its address is one secret masked in two places. Never the
 * secrets themselves leave this object: they are only compared.
 */
export class RedactionTally {
  private readonly values = new Map<string, Set<string>>();
  private readonly placeCounts = new Map<string, number>();
  private readonly found = new Map<string, string>();

  /** `parent` (the tally of a whole page, when this one counts a part of it) records everything too. */
  constructor(private readonly parent?: RedactionTally) {}

  record(kind: string, value: string): void {
    this.parent?.record(kind, value);
    let set = this.values.get(kind);
    if (!set) this.values.set(kind, (set = new Set()));
    const key = value.trim().replace(/\s+/g, ' ').toLowerCase();
    set.add(key);
    if (!this.found.has(key)) this.found.set(key, kind);
    this.placeCounts.set(kind, (this.placeCounts.get(kind) ?? 0) + 1);
  }

  /** The secrets masked so far and their kind, to mask them where they appear again without a label. */
  secrets(): ReadonlyMap<string, string> {
    return this.found;
  }

  get isEmpty(): boolean {
    return this.placeCounts.size === 0;
  }

  /** Different secrets masked, by kind. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [kind, set] of [...this.values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[kind] = set.size;
    return out;
  }

  /** Places masked, by kind. */
  places(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [kind, n] of [...this.placeCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[kind] = n;
    return out;
  }

  /** The report's sentence for one kind: "masked 1 secret", "masked 2 secrets in 3 places". */
  message(kind: string): string {
    const n = this.values.get(kind)?.size ?? 0;
    const places = this.placeCounts.get(kind) ?? 0;
    const secrets = `masked ${n} ${n === 1 ? 'secret' : 'secrets'}`;
    return places === n ? secrets : `${secrets} in ${places} places`;
  }
}
