/**
 * A round where each person reports in turn (a stand-up, a check-in round): one heading per person,
 * each over the same labelled lines ("Yesterday: … / Today: … / Blockers: …" in any language). The
 * people named by those headings took part. A heading over lines whose labels differ from its
 * neighbours' (a retro's "Went Well" / "To Improve") is a topic, and one such heading alone (a
 * how-to's example) makes no round.
 */
import type { Attendee } from '../../model/meeting.js';
import { childElementsNamed, textContent } from '../../hub/hub-walk.js';
import type { PageBlock } from '../page-blocks.js';
import { looksLikeName } from '../anylang/unlisted-people.js';

/** The labels ("Today", "Blockers") that lead the lines of a list or paragraph, in order. */
function leadingLabels(block: PageBlock): string[] {
  const lines =
    block.kind === 'list'
      ? childElementsNamed(block.element, 'li').map((li) => textContent([li]))
      : block.kind === 'paragraph'
        ? block.text.split('\n')
        : [];
  return lines.flatMap((line) => {
    const m = /^\s*([^:\n]{1,30}?)\s*:/u.exec(line);
    return m !== null && m[1]!.trim().split(/\s+/).length <= 3 ? [m[1]!.trim().toLowerCase()] : [];
  });
}

/**
 * The people of such a round, present, in page order; none when the page holds no round: at least two
 * sibling headings of one level, each a person's name, and the same two or more labels leading the
 * lines under each of them.
 * `isKnownHeading` tells a heading of minutes ("Action Items"), which is never a person.
 */
export function peopleReportingInTurn(blocks: readonly PageBlock[], isKnownHeading: (text: string) => boolean): Attendee[] {
  const rounds = new Map<string, { name: string; labels: string[] }[]>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const name = b.text.trim();
    if (!looksLikeName(name) || isKnownHeading(name)) return;
    const labels: string[] = [];
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind !== 'heading'; j += 1) for (const label of leadingLabels(blocks[j]!)) labels.push(label);
    // Siblings: the same level under the same headings.
    const key = `${b.level}\u0000${b.headings.join('\u0000')}`;
    rounds.set(key, [...(rounds.get(key) ?? []), { name, labels }]);
  });
  for (const turns of rounds.values()) {
    if (turns.length < 2) continue;
    const shared = turns[0]!.labels.filter((label, k, all) => all.indexOf(label) === k && turns.every((t) => t.labels.includes(label)));
    if (shared.length < 2) continue;
    return turns.map((t) => ({ name: t.name, organization: null, group: null, role: 'participant', alternateFor: null, present: true, accountId: null, userKey: null }));
  }
  return [];
}
