/**
 * A status lozenge as a presence mark, by its colour rather than its words: Confluence pages in
 * any language mark who came with a green lozenge and who did not with a red one, whatever the
 * title says ("Присъства", "Anwesend"). Other colours (grey, blue, yellow) say nothing of presence.
 */

/** The presence a cell's status lozenge gives by its colour: green true, red false; null without one or for another colour. */
export function presenceFromLozenge(cellHtml: string): boolean | null {
  const colours = [...cellHtml.matchAll(/data-status="([^"]*)"/g)].map((m) => m[1]!.toLowerCase());
  if (colours.length !== 1) return null;
  if (colours[0] === 'green') return true;
  if (colours[0] === 'red') return false;
  return null;
}
