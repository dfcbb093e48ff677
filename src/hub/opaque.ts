import { decodeXML } from 'entities';
import { element } from './html.js';

/**
 * Opaque constructs: storage the readers do not understand, carried whole in `data-storage`.
 * In Markdown they travel inside one HTML comment (see docs/markdown-dialect.md):
 *
 *   <!-- wikiport:block drawio %3Cac:structured-macro ... -->
 *
 * The payload is percent-escaped just enough that the comment stays one line, can never be closed
 * early (no `--` survives), and cannot split a GFM table row (`|`).
 */
export interface OpaqueSpec {
  /** Macro name (`drawio`) or, for a bare namespaced element, its tag (`ac:foo`). */
  macro: string;
  /** Original storage bytes. */
  storage: string;
  /** Output computed by Confluence (toc, children...): writers show nothing. */
  dynamic?: boolean;
  /** Sits in inline position (inside a paragraph, heading, table cell text). */
  inline?: boolean;
}

export function opaqueHub(spec: OpaqueSpec): string {
  return element(spec.inline ? 'span' : 'div', {
    'data-opaque': true,
    'data-macro': spec.macro,
    'data-dynamic': spec.dynamic === true,
    'data-storage': spec.storage,
  });
}

/**
 * The visible line a writer shows for a non-dynamic opaque construct: `[drawio macro]`, what stands
 * there and what it is, in the fewest words a reader needs (the page shows a chart or a diagram that
 * Markdown cannot; the comment beside it keeps the macro). Older versions wrote
 * `[drawio macro kept from Confluence]`, which reads the same (isOpaqueLabelText).
 */
export function opaqueLabel(macro: string): string {
  const colon = macro.lastIndexOf(':');
  // A bare `ac:`/`ri:` element: name it without its namespace, so no storage markup shows; and
  // nothing but name characters, whatever a broken page put in the tag.
  const name = (colon >= 0 ? macro.slice(colon + 1) : macro).replace(/[^\p{L}\p{N}._-]/gu, '') || 'unnamed';
  return `[${name} ${colon >= 0 ? 'element' : 'macro'}]`;
}

/** Whether a text is the label of a kept macro: this version's or an older version's spelling. */
export function isOpaqueLabelText(text: string, macro: string): boolean {
  const label = opaqueLabel(macro);
  return text === label || text === `${label.slice(0, -1)} kept from Confluence]`;
}

/**
 * The address a kept macro points at (Google Drive documents, widgets: an http(s) `url`
 * parameter, as text or as an `ri:url`), so its visible line can link there; null when it has none.
 */
export function opaqueLinkUrl(storage: string): string | null {
  const match = /<ac:parameter ac:name="url">\s*(https?:\/\/[^<]+?)\s*<\/ac:parameter>/i.exec(storage);
  if (match?.[1]) return decodeXML(match[1]);
  // The Widget Connector (YouTube, Vimeo, slides) keeps its address as an `ri:url` in the parameter.
  const resource = /<ac:parameter ac:name="url">\s*<ri:url\s+ri:value="(https?:\/\/[^"]+)"\s*\/?>/i.exec(storage);
  return resource?.[1] ? decodeXML(resource[1]) : null;
}

/**
 * Diagram macros that keep a picture of the diagram as a page attachment: draw.io saves
 * `<diagramName>.png` beside the diagram, Gliffy `<name>.png`. Name -> the parameter naming it.
 */
const PICTURE_PARAMETER: Record<string, string> = { drawio: 'diagramName', 'drawio-sketch': 'diagramName', gliffy: 'name' };

/**
 * The attachment holding the picture a kept diagram macro shows (`release-topology.png`), so its
 * visible line can be that picture; null for other macros.
 */
export function opaquePictureFile(macro: string, storage: string): string | null {
  const parameter = PICTURE_PARAMETER[macro];
  if (parameter === undefined) return null;
  const match = new RegExp(`<ac:parameter ac:name="${parameter}">\\s*([^<]+?)\\s*</ac:parameter>`).exec(storage);
  const name = match?.[1] ? decodeXML(match[1]) : '';
  return name === '' ? null : `${name}.png`;
}

/** Macros that show one attachment of the page as a preview (View File): the file they show. */
const FILE_MACROS = new Set(['view-file', 'viewfile']);

/**
 * The attachment a kept file macro shows (`strategy 2024.pdf`), so its visible line can link to
 * the file, as the page shows it; null for other macros.
 */
export function opaqueShownFile(macro: string, storage: string): string | null {
  if (!FILE_MACROS.has(macro)) return null;
  const match = /<ac:parameter ac:name="name">\s*<ri:attachment\b[^>]*\bri:filename="([^"]+)"[^>]*\/?>(?:<\/ri:attachment>)?\s*<\/ac:parameter>/.exec(storage);
  // A file of another page is no attachment of this one: the line stays a label.
  const name = match?.[1] && !/<ri:(?:page|blog-post)\b/.test(storage) ? decodeXML(match[1]) : '';
  return name === '' ? null : name;
}

/**
 * The text a kept link shows (a shortcut link, `<ri:shortcut ri:key="jira" ri:parameter="DATA-412">`,
 * or a link to a target wikiport does not know): its body, or for a shortcut without one
 * `DATA-412@jira`, as Confluence shows it; null for anything else.
 */
export function opaqueShownText(macro: string, storage: string): string | null {
  if (macro !== 'ac:link') return null;
  const plain = /<ac:plain-text-link-body>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*<\/ac:plain-text-link-body>/.exec(storage)?.[1];
  const rich = /<ac:link-body>([\s\S]*?)<\/ac:link-body>/.exec(storage)?.[1];
  let text = plain ?? (rich === undefined ? '' : decodeXML(rich.replace(/<[^>]*>/g, '')));
  if (text.trim() === '') {
    const shortcut = /<ri:shortcut\b[^>]*>/.exec(storage)?.[0] ?? '';
    const key = /\bri:key="([^"]*)"/.exec(shortcut)?.[1];
    const parameter = /\bri:parameter="([^"]*)"/.exec(shortcut)?.[1];
    text = key && parameter ? decodeXML(`${parameter}@${key}`) : '';
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

export const OPAQUE_COMMENT_PREFIX = 'wikiport:';

/** What the payload escapes: `%`, line ends, `|`, and each `-` that follows a `-` (so no `--` is left). */
const PAYLOAD_ESCAPED = /[%\n\r|]|(?<=-)-/g;
const PAYLOAD_ESCAPES: Readonly<Record<string, string>> = { '%': '%25', '\n': '%0A', '\r': '%0D', '|': '%7C', '-': '%2D' };

/**
 * Kilobytes of storage go through here per kept macro: one regular expression over the text
 * instead of a string built character by character (issue 17, third round).
 */
export function encodeOpaquePayload(text: string): string {
  PAYLOAD_ESCAPED.lastIndex = 0;
  if (!PAYLOAD_ESCAPED.test(text)) return text;
  return text.replace(PAYLOAD_ESCAPED, (c) => PAYLOAD_ESCAPES[c] as string);
}

export function decodeOpaquePayload(text: string): string {
  return text.replace(/%(25|0A|0D|7C|2D|20)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The comment text (between `<!--` and `-->`) carrying an opaque construct. */
export function opaqueCommentBody(spec: OpaqueSpec): string {
  const kind = spec.inline ? 'inline' : 'block';
  const dynamic = spec.dynamic ? ' dynamic' : '';
  return ` ${OPAQUE_COMMENT_PREFIX}${kind}${dynamic} ${encodeOpaquePayload(spec.macro).replace(/ /g, '%20')} ${encodeOpaquePayload(spec.storage)} `;
}

/** Parses a comment body written by `opaqueCommentBody`; null for any other comment. */
export function parseOpaqueComment(body: string): OpaqueSpec | null {
  const match = /^\s*wikiport:(block|inline)( dynamic)? (\S+) ([\s\S]*?)\s?$/.exec(body);
  if (!match) return null;
  const [, kind, dynamic, macro, payload] = match;
  return {
    macro: decodeOpaquePayload(macro ?? ''),
    storage: decodeOpaquePayload(payload ?? ''),
    inline: kind === 'inline',
    dynamic: dynamic !== undefined,
  };
}
