/**
 * A status lozenge inside bold or italic text (`<strong>State: <status/></strong>`) would be written
 * `**State: **[🟢 OK]****`: the badge's own delimiters inside the emphasis's. A lozenge looks the
 * same bold or not, so the emphasis is closed before the badge and reopened after it:
 * `**State:** **[🟢 OK]**`. Done on the hub before turndown, only where the badge sits at the
 * emphasis's own level (not inside a link or other element in it).
 */
const EMPHASIS = /<(strong|em)>((?:(?!<\/?(?:strong|em)>)[\s\S])*?)<\/\1>/g;
const STATUS = /(<span data-status="[^"]*"[^>]*>[^<]*<\/span>)/;
const VOID = /^<(br|img|hr)\b/i;

export function liftStatusOutOfEmphasis(hub: string): string {
  if (!hub.includes('data-status')) return hub;
  return hub.replace(EMPHASIS, (whole, tag: string, inner: string) => {
    if (!STATUS.test(inner)) return whole;
    const pieces = inner.split(STATUS);
    // Odd pieces are badges; the text between them must not leave an element open around one.
    if (pieces.some((piece, i) => i % 2 === 0 && !isBalanced(piece))) return whole;
    return pieces.map((piece, i) => (i % 2 === 1 || piece.trim() === '' ? piece : emphasize(tag, piece))).join('');
  });
}

/** `<strong> State: </strong>` keeps the spaces outside, where Markdown needs them. */
function emphasize(tag: string, piece: string): string {
  const lead = /^\s*/.exec(piece)?.[0] ?? '';
  const trail = /\s*$/.exec(piece)?.[0] ?? '';
  return `${lead}<${tag}>${piece.trim()}</${tag}>${trail}`;
}

function isBalanced(html: string): boolean {
  let depth = 0;
  for (const tag of html.match(/<\/?[a-z][^>]*>/gi) ?? []) {
    if (tag.startsWith('</')) depth--;
    else if (!tag.endsWith('/>') && !VOID.test(tag)) depth++;
    if (depth < 0) return false;
  }
  return depth === 0;
}
