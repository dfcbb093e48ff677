import { fullCheerio } from '../hub/full-cheerio.js';
import type { AnyNode, Element, Text } from 'domhandler';
import type { ConversionReport } from '../hub/report.js';
import { BLOCKS } from './redaction-blocks.js';
import type { RedactionRule } from './redaction-rule.js';
import { RedactionTally } from './redaction-tally.js';
import { redactMarkup } from './redact-markup.js';
import { redactFileName, redactJsonStrings, redactText, redactUrl } from './redact-text.js';
import { maskLabelledBlocks } from './labelled-blocks.js';
import { maskLabelledCells } from './labelled-cells.js';
import { TextRun } from './text-run.js';

export interface HubRedaction {
  hub: string;
  /** Different secrets masked, by kind (`passcode`, `pin`, `url-token`, `custom:NAME`, ...). Never the secrets. */
  counts: Record<string, number>;
}

/** Attributes whose value is kept storage markup (whole, or a rich macro's opening and closing tags). */
const MARKUP_ATTRIBUTES = new Set(['data-storage', 'data-storage-open', 'data-storage-close']);
/** Attributes whose value is an address, perhaps spelling text percent-encoded. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'data-url']);
/** Attributes whose value is a JSON object of macro parameters. */
const JSON_ATTRIBUTES = new Set(['data-params', 'data-tasks']);

/**
 * Masks secrets in a hub fragment, before any writer runs, so that Markdown and JSON agree.
 * Text is searched per block with inline markup ignored ("<strong>Passcode:</strong> X" is found);
 * a table cell or definition reading only a label has the next cell (or the column below a header)
 * masked whole, and so has the short line after a heading or list item that only names a secret; every attribute is searched too: link targets and titles as text, macro
 * parameters as JSON, kept storage as markup. Pure. The report gets one `redacted` entry per
 * kind, with counts only.
 */
export function redactHub(hub: string, rules: readonly RedactionRule[], report?: ConversionReport, tally?: RedactionTally): HubRedaction {
  // Most pages hold no secret: a cheap look at the raw markup (attribute values included) and at
  // its text spelled the way the walk below joins it spares them the parse and serialization.
  if (!mayHoldSecrets(hub, rules)) return { hub, counts: {} };
  const $ = fullCheerio().load(hub, null, false);
  const own = new RedactionTally(tally);
  maskLabelledCells($, rules, own);
  maskLabelledBlocks($, rules, own);
  const run = new TextRun();
  // Inside <pre> a line break ends a line of code; elsewhere it is a soft break, shown as a space.
  let preformatted = 0;
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      const text = node as Text;
      return run.add(text.data, (value) => (text.data = value), preformatted > 0 ? text.data : text.data.replace(/[\r\n]/g, ' '));
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const element = node as Element;
    const block = node.type === 'tag' && BLOCKS.has(element.name);
    const pre = node.type === 'tag' && element.name === 'pre';
    if (block) run.lineBreak();
    if (node.type === 'tag') redactAttributes(element, rules, own);
    const start = run.text.length;
    if (pre) preformatted++;
    for (const child of element.children ?? []) walk(child);
    if (pre) preformatted--;
    if (node.type === 'tag' && element.name === 'a') run.enclose(start);
    if (block) run.lineBreak();
  };
  for (const node of $.root().contents().toArray()) walk(node);
  run.mask(rules, own);

  if (own.isEmpty) return { hub, counts: {} };
  if (report) for (const kind of Object.keys(own.counts())) report.redacted(kind, own.message(kind));
  return { hub: $.html(), counts: own.counts() };
}

function redactAttributes(element: Element, rules: readonly RedactionRule[], tally: RedactionTally): void {
  for (const [name, value] of Object.entries(element.attribs)) {
    if (!value) continue;
    const masked = name === 'data-attachment'
      ? redactFileName(value, rules, tally)
      : MARKUP_ATTRIBUTES.has(name)
        ? redactMarkup(value, rules, tally)
        : JSON_ATTRIBUTES.has(name)
          ? redactJsonStrings(value, rules, tally)
          : URL_ATTRIBUTES.has(name)
            ? redactUrl(value, rules, tally)
            : redactText(value, rules, tally).text;
    if (masked !== value) element.attribs[name] = masked;
  }
}

/**
 * Whether the hub needs the parse: a secret in its markup or text, or a label anywhere (a label
 * cell, a label behind an entity in kept storage). Errs on the side of parsing.
 */
function mayHoldSecrets(hub: string, rules: readonly RedactionRule[]): boolean {
  const values = [...hub.matchAll(/="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ''));
  const attributes = values.map(roughText).join('\n');
  // Kept storage names its macro parameters inside tags (`ac:name="password"`): a name may label the value.
  const markupWords = values.join('\n').replace(/[<>"'=/]/g, ' ');
  const texts = [hub, roughText(hub), attributes, percentDecoded(attributes), markupWords];
  // A label rule only needs its label mentioned (one linear test); the others are searched.
  return texts.some((text) => rules.some((rule) => (rule.mentionsLabel ? rule.mentionsLabel(text) : rule.find(text).length > 0)));
}

/** Addresses spell text percent-encoded (`pass+code%3A+1234`). */
function percentDecoded(text: string): string {
  return text.replace(/\+/g, ' ').replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

const BLOCK_TAG = new RegExp(`<\\/?(?:${[...BLOCKS].join('|')})\\b[^>]*>`, 'gi');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The hub's text as the walk sees it: block tags break lines, inline tags vanish, entities decoded. */
function roughText(hub: string): string {
  return decodeEntities(hub.replace(BLOCK_TAG, '\n').replace(/<[^>]*>/g, ''));
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}
