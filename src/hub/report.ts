/**
 * What a conversion could not carry over visibly. Every reader and writer appends to one report
 * per page; the CLI prints it to stderr and, with --out, writes it beside the output.
 */
export interface ReportEntry {
  kind: 'warning' | 'degraded' | 'kept-invisible' | 'redacted';
  /** The construct or macro concerned, e.g. `drawio`, `table`, `xml`. */
  construct: string;
  message: string;
}

export class ConversionReport {
  readonly entries: ReportEntry[] = [];

  warn(construct: string, message: string): void {
    this.entries.push({ kind: 'warning', construct, message });
  }
  degraded(construct: string, message: string): void {
    this.entries.push({ kind: 'degraded', construct, message });
  }
  keptInvisible(construct: string, message: string): void {
    this.entries.push({ kind: 'kept-invisible', construct, message });
  }
  redacted(construct: string, message: string): void {
    this.entries.push({ kind: 'redacted', construct, message });
  }

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  /** One line per entry, for stderr and the report file. */
  toLines(source: string): string[] {
    return this.entries.map((e) => `${source}: ${e.kind} ${e.construct}: ${e.message}`);
  }
}
