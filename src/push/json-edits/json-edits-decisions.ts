import { classifyHeading } from '../../minutes/sections.js';
import type { Meeting } from '../../model/meeting.js';

type Decision = Meeting['decisions'][number];
import { alignSequences, changedRanges } from '../storage-edits/blocks-align.js';
import { matchingClose, tokenize } from '../storage-edits/blocks-split.js';
import { changeDecisionPatches, insertDecisionPatches, newDecisionList, storageDecisionLists, type StorageDecisionItem, type StorageDecisionList } from '../storage-edits/decisions.js';
import { applyPatches, type StoragePatch } from '../storage-edits/table-rows.js';

export interface DecisionListOptions {
  /**
   * A page with no decisions gets a Confluence decision list for the first one (Cloud). Data
   * Center has no decision lists: there the decision goes the Markdown way (a list under a
   * Decisions heading).
   */
  newList: boolean;
  /** Seeds the local ids of a new list (the page id), so that a dry run and the push agree. */
  seed: string;
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The decision edits of a JSON file that belong in the page's decision lists, patched into the
 * storage: decisions added after the others, changed or removed where the page keeps them in a
 * decision list. The minutes reader lists those last, after decisions written in the text, so a
 * JSON decision at or past that point is one of theirs. Edits of decisions written in the text
 * are left for the Markdown way (which writes them in the page's own spelling). Null when none
 * of the edits is a decision list's.
 */
export function decisionListEdits(storage: string, before: readonly Decision[], after: readonly Decision[], options: DecisionListOptions): { storage: string; notes: string[] } | null {
  const lists = storageDecisionLists(storage);
  const filled: { list: StorageDecisionList; item: StorageDecisionItem }[] = lists.flatMap((list) => list.items.filter((item) => item.text !== '').map((item) => ({ list, item })));
  if (lists.length === 0) return newListFor(storage, before, after, options);
  const firstInList = before.length - filled.length;
  // The reader's list tail must be these lists' items, else the mapping is unknown.
  if (firstInList < 0 || filled.some(({ item }, i) => normal(item.text) !== normal(before[firstInList + i]!.text))) return null;
  const key = (d: Decision) => normal(d.text);
  const patches: StoragePatch[] = [];
  for (const range of changedRanges(before.length, after.length, alignSequences(before.map(key), after.map(key)))) {
    const paired = Math.min(range.baseEnd - range.baseStart, range.otherEnd - range.otherStart);
    for (let k = 0; k < paired; k++) {
      const at = range.baseStart + k - firstInList;
      if (at >= 0) for (const patch of changeDecisionPatches(storage, filled[at]!.list, filled[at]!.item, after[range.otherStart + k]!.text)) patches.push(patch);
    }
    for (let k = range.baseStart + paired; k < range.baseEnd; k++) {
      const at = k - firstInList;
      if (at >= 0) for (const patch of changeDecisionPatches(storage, filled[at]!.list, filled[at]!.item, null)) patches.push(patch);
    }
    const added = after.slice(range.otherStart + paired, range.otherEnd).map((d) => d.text);
    const insertAt = range.baseEnd - firstInList;
    if (added.length > 0 && insertAt >= 0) {
      // Before the list item that follows, else at the end of the last list.
      const next = filled[insertAt];
      for (const patch of insertDecisionPatches(storage, next?.list ?? lists[lists.length - 1]!, next?.item ?? null, added)) patches.push(patch);
    }
  }
  if (patches.length === 0) return null;
  return { storage: applyPatches(storage, patches), notes: ['decisions written into the decision list'] };
}

/**
 * A page without decisions: its first ones as a new decision list, under the page's Decisions
 * heading when it has one, else under a new "Decisions" heading at the end (at the level of the
 * page's action items heading, else of its first heading).
 */
function newListFor(storage: string, before: readonly Decision[], after: readonly Decision[], options: DecisionListOptions): { storage: string; notes: string[] } | null {
  if (!options.newList || before.length > 0 || after.length === 0) return null;
  const list = newDecisionList(
    after.map((d) => d.text),
    options.seed,
  );
  const headings = headingsOf(storage);
  const decisions = headings.find((h) => classifyHeading(h.text) === 'decisions');
  if (decisions) return { storage: storage.slice(0, decisions.end) + list + storage.slice(decisions.end), notes: ['decisions written as a decision list under the Decisions heading'] };
  const level = (headings.find((h) => classifyHeading(h.text) === 'actions') ?? headings[0])?.level ?? 2;
  return { storage: `${storage}<h${level}>Decisions</h${level}>${list}`, notes: ['decisions written as a decision list under a new Decisions heading'] };
}

function headingsOf(storage: string): { level: number; text: string; end: number }[] {
  const tokens = tokenize(storage);
  const out: { level: number; text: string; end: number }[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'open' || token.selfClosing || !/^h[1-6]$/.test(token.name)) return;
    const close = tokens[matchingClose(tokens, i, tokens.length)]!;
    const text = storage
      .slice(token.end, close.start)
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();
    out.push({ level: Number(token.name[1]), text, end: close.end });
  });
  return out;
}
