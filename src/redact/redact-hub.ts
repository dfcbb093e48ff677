import { fullCheerio } from '../hub/full-cheerio.js';
import type { AnyNode, Element, Text } from 'domhandler';
import type { ConversionReport } from '../hub/report.js';
import { findSecrets } from './redaction-rules.js';
import { addCounts, redactText } from './redact-text.js';
import type { RedactionRule, SecretSpan } from './redaction-rule.js';

export interface HubRedaction {
  hub: string;
  /** Secrets masked, by kind (`passcode`, `pin`, `url-token`, `custom:NAME`, ...). Never the secrets. */
  counts: Record<string, number>;
}

/** Elements that end a run of text: a label in one paragraph never captures a word of another. */
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'details', 'summary', 'hr', 'br', 'section', 'dl', 'dt', 'dd']);
/** Attributes that carry text or URLs a writer shows or keeps. */
const ATTRIBUTES = ['href', 'src', 'title', 'alt', 'data-title', 'data-storage', 'data-params'];

interface Piece {
  node: Text | null;
  start: number;
  text: string;
}

/**
 * Masks secrets in a hub fragment, before any writer runs, so that Markdown and JSON agree.
 * Text is searched per block with inline markup ignored ("<strong>Passcode:</strong> X" is found);
 * link targets and kept storage markup are searched too. Pure. The report gets one `redacted`
 * entry per kind, with counts only.
 */
export function redactHub(hub: string, rules: readonly RedactionRule[], report?: ConversionReport): HubRedaction {
  // Most pages hold no secret: a cheap look at the raw markup (attribute values included) and at
  // its text spelled the way the walk below joins it spares them the parse and serialization.
  if (findSecrets(hub, rules).length === 0 && findSecrets(roughText(hub), rules).length === 0) return { hub, counts: {} };
  const $ = fullCheerio().load(hub, null, false);
  const counts: Record<string, number> = {};
  const pieces: Piece[] = [];
  let text = '';
  const push = (node: Text | null, value: string): void => {
    pieces.push({ node, start: text.length, text: value });
    text += value;
  };
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') return push(node as Text, (node as Text).data);
    if (node.type !== 'tag' && node.type !== 'root') return;
    const element = node as Element;
    const block = node.type === 'tag' && BLOCKS.has(element.name);
    if (block) push(null, '\n');
    if (node.type === 'tag') redactAttributes(element, rules, counts);
    for (const child of element.children ?? []) walk(child);
    if (block) push(null, '\n');
  };
  for (const node of $.root().contents().toArray()) walk(node);

  const spans = findSecrets(text, rules);
  for (const span of spans) counts[span.kind] = (counts[span.kind] ?? 0) + 1;
  if (spans.length > 0) for (const piece of pieces) if (piece.node) piece.node.data = maskPiece(piece, spans);

  if (report) for (const [kind, n] of Object.entries(counts).sort()) report.redacted(kind, `masked ${n} ${n === 1 ? 'secret' : 'secrets'}`);
  return { hub: Object.keys(counts).length === 0 ? hub : $.html(), counts };
}

function redactAttributes(element: Element, rules: readonly RedactionRule[], counts: Record<string, number>): void {
  for (const name of ATTRIBUTES) {
    const value = element.attribs[name];
    if (!value) continue;
    const result = redactText(value, rules);
    if (result.text !== value) {
      element.attribs[name] = result.text;
      addCounts(counts, result.counts);
    }
  }
}

/** The piece's text with the parts of each span inside it removed; the mask goes where the span starts. */
function maskPiece(piece: Piece, spans: readonly SecretSpan[]): string {
  const end = piece.start + piece.text.length;
  let out = '';
  let at = piece.start;
  for (const span of spans) {
    if (span.end <= piece.start || span.start >= end) continue;
    const from = Math.max(span.start, piece.start);
    out += piece.text.slice(at - piece.start, from - piece.start);
    if (span.start >= piece.start) out += span.mask;
    at = Math.min(span.end, end);
  }
  return out + piece.text.slice(at - piece.start);
}

const BLOCK_TAG = new RegExp(`<\\/?(?:${[...BLOCKS].join('|')})\\b[^>]*>`, 'gi');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The hub's text as the walk sees it: block tags break lines, inline tags vanish, entities decoded. */
function roughText(hub: string): string {
  return hub
    .replace(BLOCK_TAG, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}
