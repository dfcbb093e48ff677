import { alignSequences, changedRanges } from '../storage-edits/blocks-align.js';
import { splitBlocks, type StorageBlock } from '../storage-edits/blocks-split.js';
import { contentSegments, storageListAt, type StorageList, type StorageListItem } from '../storage-edits/list-items.js';
import { applyPatches, type StoragePatch } from '../storage-edits/table-rows.js';

export interface ListPatchOptions {
  /**
   * Patch inside a changed item (its text before or after a nested list, the nested list item by
   * item); when false a changed item is replaced whole by its converted spelling.
   */
  insideItems: boolean;
  /** The page's next free task id: a task the user added gets ids from here on. */
  nextTaskId: { value: number };
}

export interface ListPatch {
  storage: string;
  /** Changed items replaced whole (their converted spelling) rather than patched inside. */
  itemsReplaced: number;
}

/**
 * An edited list (bulleted, numbered or task list) keeps the markup of every item the user did
 * not touch. Which items changed is read by comparing two conversions by the same writer: the
 * Markdown the user saw (`shownAsStorage`, whose items stand one for one for the original's) and
 * the Markdown they wrote (`convertedList`). Items equal in both keep their original bytes
 * (`<p>` inside items, macro ids, task ids and uuids); a moved item keeps its bytes at its new
 * place; an added item is the converted one (new tasks numbered after the page's highest id); a
 * removed item goes. A changed item keeps its own markup too where it can: only its text before,
 * between or after its nested lists is rewritten (block by block, a `<p>` wrapper kept), its
 * nested lists are patched the same way, a ticked task only gets its status. Returns null when
 * the list cannot be read item by item, or the Markdown shows another list shape than the storage
 * has (the list is then replaced whole).
 */
export function patchEditedList(originalList: string, convertedList: string, shownAsStorage: string, options: ListPatchOptions): ListPatch | null {
  const converted = convertedList.trim();
  const shown = shownAsStorage.trim();
  const [only] = splitBlocks(converted).blocks;
  if (splitBlocks(converted).blocks.length !== 1 || !only || splitBlocks(shown).blocks.length !== 1) return null;
  const o = storageListAt(originalList, 0);
  const r = storageListAt(shown, 0);
  const c = storageListAt(converted, 0);
  if (!o || !r || !c || o.end !== originalList.length) return null;
  const work = new ListWork(originalList, shown, converted, options);
  if (!work.list(o, r, c)) return null;
  return { storage: applyPatches(originalList, [...work.inserts, ...work.edits]), itemsReplaced: work.itemsReplaced };
}

class ListWork {
  /** Insertions go first: at an offset where an item is also replaced, the new item comes before it. */
  inserts: StoragePatch[] = [];
  edits: StoragePatch[] = [];
  itemsReplaced = 0;

  constructor(
    private readonly original: string,
    private readonly shown: string,
    private readonly converted: string,
    private readonly options: ListPatchOptions,
  ) {}

  /** Patches turning list `o` (original) into `c` (converted), `r` being `o` as the user saw it. */
  list(o: StorageList, r: StorageList, c: StorageList): boolean {
    if (o.name !== r.name || r.name !== c.name || o.items.length !== r.items.length) return false;
    const shownStart = startOf(this.shown.slice(r.start, r.openEnd));
    const wantedStart = startOf(this.converted.slice(c.start, c.openEnd));
    if (shownStart !== wantedStart) {
      this.edits.push({ start: o.start, end: o.openEnd, text: withStart(this.original.slice(o.start, o.openEnd), wantedStart) });
    }
    const before = r.items.map((item) => itemKey(this.shown, item));
    const after = c.items.map((item) => itemKey(this.converted, item));
    const pairs = alignSequences(before, after);
    const keptBefore = new Set(pairs.map(([i]) => i));
    const keptAfter = new Set(pairs.map(([, j]) => j));
    // An item found whole elsewhere in the list was moved: it keeps its bytes at its new place.
    const movedFrom = new Map<number, number>();
    const moved = new Set<number>();
    after.forEach((key, j) => {
      if (keptAfter.has(j)) return;
      const i = before.findIndex((k, n) => k === key && !keptBefore.has(n) && !moved.has(n));
      if (i >= 0) {
        movedFrom.set(j, i);
        moved.add(i);
      }
    });
    for (const i of moved) this.edits.push({ start: o.items[i]!.start, end: o.items[i]!.end, text: '' });
    for (const range of changedRanges(before.length, after.length, pairs)) {
      const gone = indices(range.baseStart, range.baseEnd).filter((i) => !moved.has(i));
      const fresh = indices(range.otherStart, range.otherEnd).filter((j) => !movedFrom.has(j));
      const partner = this.pairItems(gone, fresh, r, c);
      const pending: string[] = [];
      const flush = (at: number) => {
        if (pending.length > 0) this.inserts.push({ start: at, end: at, text: pending.join('') });
        pending.length = 0;
      };
      let last: number | null = null;
      for (let j = range.otherStart; j < range.otherEnd; j++) {
        const from = movedFrom.get(j);
        const i = partner.get(j);
        if (from !== undefined) pending.push(this.original.slice(o.items[from]!.start, o.items[from]!.end));
        else if (i === undefined) pending.push(this.newItem(c.items[j]!));
        else {
          flush(o.items[i]!.start);
          this.changedItem(o.items[i]!, r.items[i]!, c.items[j]!);
          last = o.items[i]!.end;
        }
      }
      flush(last ?? (range.baseStart < o.items.length ? o.items[range.baseStart]!.start : range.baseStart > 0 ? o.items[range.baseStart - 1]!.end : o.closeStart));
      const paired = new Set(partner.values());
      for (const i of gone) if (!paired.has(i)) this.edits.push({ start: o.items[i]!.start, end: o.items[i]!.end, text: '' });
    }
    return true;
  }

  /**
   * Which changed item became which: one for one when as many, else in order by likeness (the
   * same text before a nested list, the same nested lists, or most words shared). Returns the
   * original index for each converted index paired.
   */
  private pairItems(gone: readonly number[], fresh: readonly number[], r: StorageList, c: StorageList): Map<number, number> {
    const partner = new Map<number, number>();
    if (gone.length === fresh.length) {
      fresh.forEach((j, k) => partner.set(j, gone[k]!));
      return partner;
    }
    let from = 0;
    for (const i of gone) {
      const was = r.items[i]!;
      for (let k = from; k < fresh.length; k++) {
        if (alike(this.shown, was, this.converted, c.items[fresh[k]!]!)) {
          partner.set(fresh[k]!, i);
          from = k + 1;
          break;
        }
      }
    }
    return partner;
  }

  /** The patches of an item the user changed: inside it where possible, else the item replaced whole. */
  private changedItem(o: StorageListItem, r: StorageListItem, c: StorageListItem): void {
    const inserts = this.inserts.length;
    const edits = this.edits.length;
    const replaced = this.itemsReplaced;
    if (this.options.insideItems && this.inside(o, r, c)) return;
    this.inserts.length = inserts;
    this.edits.length = edits;
    this.itemsReplaced = replaced + 1;
    let text = this.converted.slice(c.start, c.end);
    if (this.original.startsWith('<ac:task', o.start)) {
      // The task keeps its id; tasks nested in it are new ones.
      const id = /<ac:task-id>\s*(\d+)\s*<\/ac:task-id>/.exec(this.original.slice(o.start, o.end))?.[1];
      text = this.renumberTasks(text);
      if (id) text = text.replace(/<ac:task-id>\s*\d+\s*<\/ac:task-id>/, `<ac:task-id>${id}</ac:task-id>`);
    }
    this.edits.push({ start: o.start, end: o.end, text });
  }

  private inside(o: StorageListItem, r: StorageListItem, c: StorageListItem): boolean {
    if (!o.content || !r.content || !c.content) return false;
    if (o.nested.length !== r.nested.length || r.nested.length !== c.nested.length) return false;
    const status = (s: string, item: StorageListItem) => (item.status ? s.slice(item.status.start, item.status.end).trim() : null);
    const wanted = status(this.converted, c);
    if (status(this.shown, r) !== wanted) {
      if (!o.status || wanted === null) return false;
      this.edits.push({ start: o.status.start, end: o.status.end, text: wanted });
    }
    const segO = contentSegments(o);
    const segR = contentSegments(r);
    const segC = contentSegments(c);
    for (let k = 0; k < segO.length; k++) {
      const was = this.shown.slice(segR[k]!.start, segR[k]!.end);
      const now = this.converted.slice(segC[k]!.start, segC[k]!.end);
      if (normal(was) !== normal(now)) this.edits.push(...segmentPatches(this.original, segO[k]!, was, now));
    }
    return o.nested.every((list, k) => this.list(list, r.nested[k]!, c.nested[k]!));
  }

  private newItem(c: StorageListItem): string {
    return this.renumberTasks(this.converted.slice(c.start, c.end));
  }

  private renumberTasks(text: string): string {
    return text.replace(/<ac:task-id>\s*\d+\s*<\/ac:task-id>/g, () => `<ac:task-id>${this.options.nextTaskId.value++}</ac:task-id>`);
  }
}

/**
 * The part of an item between nested lists rewritten block by block: blocks the user did not
 * change keep their bytes (a macro next to the edited text), an edited text that the original
 * wrapped in `<p>` (the Markdown shows it bare) stays wrapped in that `<p>`.
 */
function segmentPatches(original: string, segment: { start: number; end: number }, shown: string, converted: string): StoragePatch[] {
  const o = blocksWithOffsets(original.slice(segment.start, segment.end), segment.start);
  const r = splitBlocks(shown.trim()).blocks;
  const c = splitBlocks(converted.trim()).blocks;
  if (o.length > 0 && o.length === r.length && r.length === c.length) {
    const patches: StoragePatch[] = [];
    o.forEach((block, k) => {
      if (r[k]!.raw !== c[k]!.raw) patches.push({ start: block.start, end: block.end, text: wrappedLike(block.block, r[k]!, c[k]!) });
    });
    return patches;
  }
  const text = converted.trim();
  const [wrapper] = o;
  const inline = (blocks: readonly StorageBlock[]) => blocks.every((b) => b.name === '#inline');
  if (o.length === 1 && wrapper!.block.name === 'p' && inline(r) && inline(c) && text !== '') {
    return [{ start: wrapper!.start, end: wrapper!.end, text: `${openTag(wrapper!.block.raw)}${text}</p>` }];
  }
  const whole = original.slice(segment.start, segment.end);
  const lead = whole.length - whole.trimStart().length;
  const trail = whole.length - whole.trimEnd().length;
  return [{ start: segment.start + lead, end: Math.max(segment.start + lead, segment.end - trail), text }];
}

function wrappedLike(original: StorageBlock, shown: StorageBlock, converted: StorageBlock): string {
  if (original.name === 'p' && shown.name === '#inline' && converted.name === '#inline') return `${openTag(original.raw)}${converted.raw}</p>`;
  return converted.raw;
}

function blocksWithOffsets(text: string, offset: number): { block: StorageBlock; start: number; end: number }[] {
  const split = splitBlocks(text);
  let at = offset + split.prefix.length;
  return split.blocks.map((block) => {
    const start = at + block.leading.length;
    at = start + block.raw.length;
    return { block, start, end: at };
  });
}

function openTag(raw: string): string {
  return /^<[^>]*>/.exec(raw)?.[0] ?? '<p>';
}

/** An item as the writer spells it, task ids aside (they number tasks in order, so shift when one is added). */
function itemKey(storage: string, item: StorageListItem): string {
  return normal(storage.slice(item.start, item.end).replace(/<ac:task-id>\s*\d+\s*<\/ac:task-id>/g, ''));
}

function normal(storage: string): string {
  return storage.replace(/>\s+</g, '><').trim();
}

function alike(shown: string, was: StorageListItem, converted: string, now: StorageListItem): boolean {
  const head = (s: string, item: StorageListItem) => {
    const [first] = contentSegments(item);
    return first ? normal(s.slice(first.start, first.end)) : '';
  };
  if (head(shown, was) !== '' && head(shown, was) === head(converted, now)) return true;
  const nested = (s: string, item: StorageListItem) => item.nested.map((list) => normal(s.slice(list.start, list.end))).join('');
  if (was.nested.length > 0 && nested(shown, was) === nested(converted, now)) return true;
  const words = (s: string, item: StorageListItem) => new Set(s.slice(item.start, item.end).replace(/<[^>]*>/g, ' ').toLowerCase().split(/\W+/).filter(Boolean));
  const a = words(shown, was);
  const b = words(converted, now);
  const common = [...a].filter((w) => b.has(w)).length;
  return common * 2 >= Math.max(a.size, b.size) && common > 0;
}

function startOf(openTag: string): string | null {
  return /\sstart\s*=\s*["']?(-?\d+)/i.exec(openTag)?.[1] ?? null;
}

function withStart(openTag: string, start: string | null): string {
  const without = openTag.replace(/\s+start\s*=\s*("[^"]*"|'[^']*'|[^\s>/]+)/i, '');
  return start === null ? without : without.replace(/^<([^\s>/]+)/, `<$1 start="${start}"`);
}

function indices(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
