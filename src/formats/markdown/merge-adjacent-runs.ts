/**
 * Two runs of the same formatting side by side (`<strong>a</strong><strong>5</strong>`, which a
 * Confluence editor leaves after bolding a word in two goes) read as one run, and Markdown can
 * only write them as one: `**a****5**` is read back as bold "a****5", and `` `a``b` `` as one code
 * span with backticks in it. The hub's inline formatting carries no attributes, so the close of
 * one run directly followed by the open of the next is the seam between two sibling runs; it is
 * taken out (repeatedly, so that `<strong><em>a</em></strong><strong><em>b</em></strong>` becomes
 * one strong with one em in it). Done on the hub before turndown.
 */
const SEAM = /<\/(strong|em|s|code|u|sub|sup)><\1>/g;

export function mergeAdjacentRuns(hub: string): string {
  let merged = hub;
  for (let before = ''; before !== merged;) {
    before = merged;
    merged = merged.replace(SEAM, '');
  }
  return merged;
}
