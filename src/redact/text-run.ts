import { findSecrets } from './redaction-rules.js';
import type { RedactionRule, SecretSpan } from './redaction-rule.js';
import type { RedactionTally } from './redaction-tally.js';

interface Piece {
  start: number;
  text: string;
  /** Replaces the piece's text in its document; null for line breaks that only separate blocks. */
  replace: ((text: string) => void) | null;
}

/**
 * The text of a document as one string, pieced together from its text nodes with a line break
 * between blocks, so that a rule sees "Passcode: X" whatever inline markup cuts it; each secret
 * found is then cut out of the pieces it spans, the mask going where it starts.
 */
export class TextRun {
  private readonly pieces: Piece[] = [];
  /** Stretches (links) that end a value starting inside them: a label in a link's text names only that text. */
  private readonly enclosures: Array<[number, number]> = [];
  text = '';

  /** Marks the text added from `start` to now as a link's: a value starting inside it ends with it. */
  enclose(start: number): void {
    if (this.text.length > start) this.enclosures.push([start, this.text.length]);
  }

  /**
   * Adds a text node. `searched` is what the rules see in its place, of the same length: the text
   * of a paragraph with its soft line breaks as spaces (HTML and Markdown show them as spaces, so
   * "Password: open⏎sesame" is one value), while the node keeps its own characters.
   */
  add(text: string, replace: (text: string) => void, searched: string = text): void {
    this.pieces.push({ start: this.text.length, text, replace });
    this.text += searched.length === text.length ? searched : text;
  }

  /** Text the rules read that belongs to no node (a macro parameter's name before its value): never rewritten. */
  context(text: string): void {
    this.pieces.push({ start: this.text.length, text, replace: null });
    this.text += text;
  }

  lineBreak(): void {
    if (this.text.endsWith('\n')) return;
    this.pieces.push({ start: this.text.length, text: '\n', replace: null });
    this.text += '\n';
  }

  /** Masks every secret the rules find; returns how many places were masked. */
  mask(rules: readonly RedactionRule[], tally: RedactionTally): number {
    const spans: SecretSpan[] = [];
    for (const found of findSecrets(this.text, rules)) {
      // The label is in the link too when the link has text before the value.
      const link = this.enclosures.find(([start, end]) => found.start > start && found.start < end && found.end > end && this.text.slice(start, found.start).trim() !== '');
      const span = link ? { ...found, end: link[1] } : found;
      // A span stretched to its link's end may reach into the next one: they are joined.
      const last = spans[spans.length - 1];
      if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
      else spans.push({ ...span });
    }
    if (spans.length === 0) return 0;
    for (const span of spans) tally.record(span.kind, this.text.slice(span.start, span.end));
    // Pieces and spans both run in text order: each piece looks only at the spans from the first
    // that does not end before it, so a page of thousands of secrets is not thousands squared.
    let first = 0;
    for (const piece of this.pieces) {
      while (first < spans.length && (spans[first] as SecretSpan).end <= piece.start) first++;
      if (!piece.replace || first === spans.length) continue;
      const masked = maskPiece(piece, spans, first);
      if (masked !== piece.text) piece.replace(masked);
    }
    return spans.length;
  }
}

function maskPiece(piece: Piece, spans: readonly SecretSpan[], first: number): string {
  const end = piece.start + piece.text.length;
  let out = '';
  let at = piece.start;
  for (let i = first; i < spans.length; i++) {
    const span = spans[i] as SecretSpan;
    if (span.start >= end) break;
    if (span.end <= piece.start) continue;
    const from = Math.max(span.start, piece.start);
    out += piece.text.slice(at - piece.start, from - piece.start);
    if (span.start >= piece.start) out += span.mask;
    at = Math.min(span.end, end);
  }
  return out + piece.text.slice(at - piece.start);
}
