import { splitBlocks } from '../storage-edits/blocks-split.js';

/** A note's definition at the start of a line: `[^label]: text`. */
const DEFINITION = /^ {0,3}\[\^([^\]\s]+)\]:/gm;
/** A reference: `[^label]` not followed by the colon of a definition. */
const REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;

/**
 * Converts a stretch of an edited page (a paragraph holding `[^seats]`, say) as it converts within
 * the page. Alone, the stretch has no notes, so its references would read as text; converted with
 * the page's notes after it, they are references with the page's numbers, and the reference
 * anchors count the page's earlier references to the same note (`footnote-ref-seats-2` for the
 * second). The notes (and a paragraph of the earlier references put before the stretch) are
 * dropped from the result: the page's notes list is a block of its own, kept or edited apart.
 * A stretch that holds notes of its own, or refers to none of the page's, converts as it is.
 */
export function convertWithPageNotes(stretch: string, body: string, convert: (markdown: string) => string): string {
  if (!stretch.includes('[^')) return convert(stretch);
  const labels = [...new Set([...body.matchAll(DEFINITION)].map((m) => m[1]!))];
  if (labels.length === 0 || DEFINITION.test(stretch)) return convert(stretch);
  DEFINITION.lastIndex = 0;
  const known = new Set(labels);
  if (![...stretch.matchAll(REFERENCE)].some((m) => known.has(m[1]!))) return convert(stretch);
  const at = body.indexOf(stretch);
  const earlier = at > 0 ? [...body.slice(0, at).matchAll(REFERENCE)].map((m) => m[1]!).filter((label) => known.has(label)) : [];
  const lead = earlier.length > 0 ? `${earlier.map((label) => `[^${label}]`).join('')}\n\n` : '';
  const notes = labels.map((label) => `[^${label}]: note`).join('\n');
  const converted = convert(`${lead}${stretch}\n\n${notes}\n`).trim();
  const blocks = splitBlocks(converted).blocks;
  const kept = blocks.slice(lead === '' ? 0 : 1, -2);
  const [rule, list] = blocks.slice(-2);
  if (rule?.name !== 'hr' || list?.name !== 'ol' || kept.length === 0) return convert(stretch);
  return kept.map((block, k) => (k === 0 ? block.raw : block.leading + block.raw)).join('');
}
