import { alignSequences, changedRanges } from '../storage-edits/blocks-align.js';
import { matchingClose, splitBlocks, tokenize, type StorageBlock } from '../storage-edits/blocks-split.js';
import { contentSegments, listNames, storageListAt, type StorageList, type StorageListItem } from '../storage-edits/list-items.js';
import { applyPatches, type StoragePatch } from '../storage-edits/table-rows.js';

export interface ListPatchOptions {
  /**
   * How deep a changed item is patched inside (its text before or after a nested list, the nested
   * list item by item): items nested fewer levels than this (0 for a top-level item); a changed
   * item at this depth or deeper is replaced whole by its converted spelling. Infinity: all.
   */
  insideDepth: number;
  /** The page's next free task id: a task the user added gets ids from here on. */
  nextTaskId: { value: number };
  /**
   * A block inside an edited item (a macro with a rich-text body, say) patched in place from the
   * block as shown and as written, or null to write it as converted.
   */
  patchBlock?: (original: string, shown: string, converted: string) => string | null;
}

export interface ReplacedItem {
  words: string;
  why: string;
}

export interface ListPatch {
  storage: string;
  /** Changed items replaced whole (their converted spelling) rather than patched inside. */
  itemsReplaced: number;
  /** Each item replaced whole: its first words as the user saw them, and why it was not patched inside. */
  replaced: ReplacedItem[];
  /** The depth of the deepest item patched inside (-1 when none was). */
  deepestInside: number;
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
  if (!work.list(o, r, c, 0)) return null;
  return { storage: applyPatches(originalList, [...work.inserts, ...work.edits]), itemsReplaced: work.itemsReplaced, replaced: work.replaced, deepestInside: work.deepestInside };
}

class ListWork {
  /** Insertions go first: at an offset where an item is also replaced, the new item comes before it. */
  inserts: StoragePatch[] = [];
  edits: StoragePatch[] = [];
  itemsReplaced = 0;
  replaced: ReplacedItem[] = [];
  deepestInside = -1;
  /** Why the last patch inside an item was refused (its shape as shown differs from the storage's). */
  private whyNot = '';

  constructor(
    private readonly original: string,
    private readonly shown: string,
    private readonly converted: string,
    private readonly options: ListPatchOptions,
  ) {}

  /** Patches turning list `o` (original) into `c` (converted), `r` being `o` as the user saw it. */
  list(o: StorageList, r: StorageList, c: StorageList, depth: number): boolean {
    if (o.name !== r.name || r.name !== c.name || o.items.length !== r.items.length) {
      return this.refuse(o.name !== r.name || o.items.length !== r.items.length ? 'the Markdown shows a list nested in it otherwise than the storage holds it' : 'the edit changes the kind of a list nested in it');
    }
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
    const ranges = changedRanges(before.length, after.length, pairs).map((range) => {
      const gone = indices(range.baseStart, range.baseEnd).filter((i) => !moved.has(i));
      const fresh = indices(range.otherStart, range.otherEnd).filter((j) => !movedFrom.has(j));
      return { range, gone, partner: this.pairItems(gone, fresh, r, c) };
    });
    // An item moved and changed (an item of it edited) is known by its likeness: it moves with its
    // bytes, patched inside, rather than being removed at one place and written new at the other.
    const paired = new Set(ranges.flatMap(({ partner }) => [...partner.values()]));
    const left = ranges.flatMap(({ gone }) => gone).filter((i) => !paired.has(i));
    const movedChanged = new Map<number, number>();
    for (const { range, partner } of ranges) {
      for (let j = range.otherStart; j < range.otherEnd; j++) {
        if (movedFrom.has(j) || partner.has(j)) continue;
        const scores = left.map((i) => likeness(this.shown, r.items[i]!, this.converted, c.items[j]!));
        const at = scores.indexOf(scores.reduce((best, s) => Math.max(best, s), -Infinity));
        if (at < 0 || scores[at]! < minLikeness) continue;
        movedChanged.set(j, left[at]!);
        moved.add(left[at]!);
        left.splice(at, 1);
      }
    }
    for (const i of moved) this.edits.push({ start: o.items[i]!.start, end: o.items[i]!.end, text: '' });
    for (const { range, partner } of ranges) {
      const pending: string[] = [];
      const flush = (at: number) => {
        if (pending.length > 0) this.inserts.push({ start: at, end: at, text: pending.join('') });
        pending.length = 0;
      };
      let last: number | null = null;
      for (let j = range.otherStart; j < range.otherEnd; j++) {
        const from = movedFrom.get(j);
        const changed = movedChanged.get(j);
        const i = partner.get(j);
        if (from !== undefined) pending.push(this.original.slice(o.items[from]!.start, o.items[from]!.end));
        else if (changed !== undefined) pending.push(this.changedItemText(o.items[changed]!, r.items[changed]!, c.items[j]!, depth));
        else if (i === undefined) pending.push(this.newItem(c.items[j]!));
        else {
          flush(o.items[i]!.start);
          this.changedItem(o.items[i]!, r.items[i]!, c.items[j]!, depth);
          last = o.items[i]!.end;
        }
      }
      flush(last ?? (range.baseStart < o.items.length ? o.items[range.baseStart]!.start : range.baseStart > 0 ? o.items[range.baseStart - 1]!.end : o.closeStart));
    }
    for (const i of left) this.edits.push({ start: o.items[i]!.start, end: o.items[i]!.end, text: '' });
    return true;
  }

  /**
   * Which changed item became which: one for one when as many, else the in-order pairing most
   * alike (see likeness). Returns the original index for each converted index paired.
   */
  private pairItems(gone: readonly number[], fresh: readonly number[], r: StorageList, c: StorageList): Map<number, number> {
    const partner = new Map<number, number>();
    const score = gone.map((i) => fresh.map((j) => likeness(this.shown, r.items[i]!, this.converted, c.items[j]!)));
    // best[a][b]: the highest total likeness pairing gone[a..] with fresh[b..] in order.
    const best = Array.from({ length: gone.length + 1 }, () => new Array<number>(fresh.length + 1).fill(0));
    for (let a = gone.length - 1; a >= 0; a--) {
      for (let b = fresh.length - 1; b >= 0; b--) {
        const pair = score[a]![b]! >= minLikeness ? score[a]![b]! + best[a + 1]![b + 1]! : 0;
        best[a]![b] = Math.max(pair, best[a + 1]![b]!, best[a]![b + 1]!);
      }
    }
    const pairs: [number, number][] = [];
    for (let a = 0, b = 0; a < gone.length && b < fresh.length; ) {
      if (score[a]![b]! >= minLikeness && best[a]![b] === score[a]![b]! + best[a + 1]![b + 1]!) {
        pairs.push([a, b]);
        a++;
        b++;
      } else if (best[a]![b] === best[a + 1]![b]) a++;
      else b++;
    }
    // Between two such pairs, as many items shown as written were edited one for one (a text
    // rewritten beyond likeness is still the item at that place).
    let [a, b] = [0, 0];
    for (const [pa, pb] of [...pairs, [gone.length, fresh.length] as const]) {
      if (pa - a === pb - b) for (let k = 0; k < pa - a; k++) partner.set(fresh[b + k]!, gone[a + k]!);
      if (pa < gone.length) partner.set(fresh[pb]!, gone[pa]!);
      [a, b] = [pa + 1, pb + 1];
    }
    return partner;
  }

  /** The patches of an item the user changed: inside it where possible, else the item replaced whole. */
  private changedItem(o: StorageListItem, r: StorageListItem, c: StorageListItem, depth: number): void {
    const inserts = this.inserts.length;
    const edits = this.edits.length;
    const replaced = this.itemsReplaced;
    const named = this.replaced.length;
    const deepest = this.deepestInside;
    this.whyNot = 'patching inside it could not be proven to read back as written';
    if (depth < this.options.insideDepth && this.inside(o, r, c, depth)) {
      this.deepestInside = Math.max(this.deepestInside, depth);
      return;
    }
    const why = this.whyNot;
    this.inserts.length = inserts;
    this.edits.length = edits;
    this.itemsReplaced = replaced + 1;
    this.replaced.length = named;
    this.replaced.push({ words: itemWords(this.shown, r), why });
    this.deepestInside = deepest;
    let text = this.converted.slice(c.start, c.end);
    if (this.original.startsWith('<ac:task', o.start)) {
      // The task keeps its id; tasks nested in it are new ones.
      const id = /<ac:task-id>\s*(\d+)\s*<\/ac:task-id>/.exec(this.original.slice(o.start, o.end))?.[1];
      text = this.renumberTasks(text);
      if (id) text = text.replace(/<ac:task-id>\s*\d+\s*<\/ac:task-id>/, `<ac:task-id>${id}</ac:task-id>`);
    }
    this.edits.push({ start: o.start, end: o.end, text: this.compact(text) });
  }

  /** A changed item's text, patched as changedItem would patch it in place (for an item moved and changed). */
  private changedItemText(o: StorageListItem, r: StorageListItem, c: StorageListItem, depth: number): string {
    const inserts = this.inserts.length;
    const edits = this.edits.length;
    this.changedItem(o, r, c, depth);
    const local = [...this.inserts.splice(inserts), ...this.edits.splice(edits)].map((p) => ({ ...p, start: p.start - o.start, end: p.end - o.start }));
    return applyPatches(this.original.slice(o.start, o.end), local);
  }

  private inside(o: StorageListItem, r: StorageListItem, c: StorageListItem, depth: number): boolean {
    const shape = 'the Markdown shows its nesting otherwise than the storage holds it';
    if (!o.content || !r.content || !c.content) return this.refuse(`${shape} (an item without text of its own)`);
    if (o.nested.length !== r.nested.length) return this.refuse(`${shape} (${o.nested.length} list(s) nested in it, ${r.nested.length} shown)`);
    if (r.nested.length !== c.nested.length) return this.refuse(`the edit changes how many lists are nested in it (${r.nested.length} to ${c.nested.length})`);
    const status = (s: string, item: StorageListItem) => (item.status ? s.slice(item.status.start, item.status.end).trim() : null);
    const wanted = status(this.converted, c);
    if (status(this.shown, r) !== wanted) {
      if (!o.status || wanted === null) return this.refuse('the edit makes it a task or a plain item, which its storage is not');
      this.edits.push({ start: o.status.start, end: o.status.end, text: wanted });
    }
    const segO = contentSegments(o);
    const segR = contentSegments(r);
    const segC = contentSegments(c);
    for (let k = 0; k < segO.length; k++) {
      const was = this.shown.slice(segR[k]!.start, segR[k]!.end);
      const now = this.converted.slice(segC[k]!.start, segC[k]!.end);
      if (normal(was) !== normal(now)) for (const patch of segmentPatches(this.original, segO[k]!, was, now, this.options.patchBlock)) this.edits.push(patch);
    }
    return o.nested.every((list, k) => this.list(list, r.nested[k]!, c.nested[k]!, depth + 1));
  }

  private refuse(why: string): false {
    this.whyNot = why;
    return false;
  }

  private newItem(c: StorageListItem): string {
    return this.compact(this.renumberTasks(this.converted.slice(c.start, c.end)));
  }

  /** The writer's line breaks around block tags left out where the original list has none. */
  private compact(text: string): string {
    if (this.original.includes('\n')) return text;
    return text.replace(/\s*\n\s*(?=<\/?(?:li|p|ul|ol|ac:task[\w-]*)[\s>/])/g, '').replace(/(<\/?(?:li|p|ul|ol|ac:task[\w-]*)(?:\s[^>]*)?>)\s*\n\s*/g, '$1');
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
function segmentPatches(
  original: string,
  segment: { start: number; end: number },
  shown: string,
  converted: string,
  patchBlock?: ListPatchOptions['patchBlock'],
): StoragePatch[] {
  const o = blocksWithOffsets(original.slice(segment.start, segment.end), segment.start);
  const r = splitBlocks(shown.trim()).blocks;
  const c = splitBlocks(converted.trim()).blocks;
  if (o.length > 0 && o.length === r.length && r.length === c.length) {
    const patches: StoragePatch[] = [];
    o.forEach((block, k) => {
      if (normal(r[k]!.raw) === normal(c[k]!.raw)) return;
      const inPlace = patchBlock?.(block.block.raw, r[k]!.raw, c[k]!.raw) ?? null;
      patches.push({ start: block.start, end: block.end, text: inPlace ?? wrappedLike(block.block, c[k]!) });
    });
    return patches;
  }
  const text = converted.trim();
  const [wrapper] = o;
  const inline = (blocks: readonly StorageBlock[]) => blocks.every((b) => b.name === '#inline');
  if (o.length === 1 && wrapper!.block.name === 'p' && inline(c) && (inline(r) || r.length === 1) && text !== '') {
    return [{ start: wrapper!.start, end: wrapper!.end, text: `${openTag(wrapper!.block.raw)}${text}</p>` }];
  }
  const whole = original.slice(segment.start, segment.end);
  const lead = whole.length - whole.trimStart().length;
  const trail = whole.length - whole.trimEnd().length;
  return [{ start: segment.start + lead, end: Math.max(segment.start + lead, segment.end - trail), text }];
}

function wrappedLike(original: StorageBlock, converted: StorageBlock): string {
  if (original.name === 'p' && converted.name === '#inline') return `${openTag(original.raw)}${converted.raw}</p>`;
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

/** The first words of an item's own text (before its nested lists), else of its first nested item, as plain text. */
function itemWords(storage: string, item: StorageListItem): string {
  const plainText = (html: string) =>
    html
      .replace(/<ac:task-(?:id|uuid|status)>[\s\S]*?<\/ac:task-(?:id|uuid|status)>/g, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const [first] = contentSegments(item);
  const own = first ? plainText(storage.slice(first.start, first.end)) : '';
  const text = own || plainText(storage.slice(item.start, item.end).replace(/^<[^>]*>/, '').split(/<\/(?:li|ac:task)>/)[0]!);
  return text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text;
}

/** An item as the writer spells it, task ids aside (they number tasks in order, so shift when one is added). */
function itemKey(storage: string, item: StorageListItem): string {
  return normal(storage.slice(item.start, item.end).replace(/<ac:task-id>\s*\d+\s*<\/ac:task-id>/g, ''));
}

/**
 * A spelling of list markup that a Markdown reader reads alike: whitespace between tags aside,
 * and a paragraph wrapper aside (a list turns loose or tight, its items' text in `<p>` or not,
 * when one item gets or loses a second paragraph; the text is the same). Paragraph breaks count.
 */
function normal(storage: string): string {
  return storage
    .replace(/>\s+</g, '><')
    .replace(/<\/p>\s*<p>/g, '\u00b6')
    .replace(/<\/?p>/g, '')
    .trim();
}

/** Below this likeness two items are not taken for one another (an item removed, another added). */
const minLikeness = 0.5;

/**
 * How alike an item as shown and an item as written are: 2 for the same text before its nested
 * list, else the share of words their texts have in common; 1 more for the same nested lists.
 * Two items with no text of their own (a task holding only a bulleted list, say) are known by
 * their nested lists: the share of words those have in common (a word edited deep inside is
 * still the same item).
 */
function likeness(shown: string, was: StorageListItem, converted: string, now: StorageListItem): number {
  const head = (s: string, item: StorageListItem) => {
    const [first] = contentSegments(item);
    return first ? normal(s.slice(first.start, first.end)) : normal(s.slice(item.start, item.end));
  };
  const nested = (s: string, item: StorageListItem) => item.nested.map((list) => normal(s.slice(list.start, list.end))).join('');
  const sameNested = was.nested.length > 0 && nested(shown, was) === nested(converted, now) ? 1 : 0;
  const [headWas, headNow] = [head(shown, was), head(converted, now)];
  if (headWas !== '' && headWas === headNow) return 2 + sameNested;
  const textless = headWas === '' && headNow === '' && was.nested.length > 0 && now.nested.length > 0;
  const words = (text: string) =>
    text
      .replace(/<ac:task-(?:id|uuid|status)>[\s\S]*?<\/ac:task-(?:id|uuid|status)>/g, '')
      .replace(/<[^>]*>/g, ' ')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
  // (as sets of words: a word repeated in a long nested list does not push the share past 1)
  const a = new Set(words(textless ? nested(shown, was) : headWas));
  const b = new Set(words(textless ? nested(converted, now) : headNow));
  const common = [...a].filter((w) => b.has(w)).length;
  return (a.size + b.size === 0 ? 0 : (2 * common) / (a.size + b.size)) + sameNested;
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

/**
 * A block holding one list among content the user left as it was (a list in an expand macro, in
 * a `div`): the list patched item by item as patchEditedList does, the rest of the block kept
 * byte for byte. Null when the block, the converted edit or the shown Markdown has not exactly
 * one list (lists in tables aside), or anything around the list changed.
 */
export function patchListInBlock(originalBlock: string, convertedBlock: string, shownAsStorage: string, options: ListPatchOptions): ListPatch | null {
  const converted = convertedBlock.trim();
  const shown = shownAsStorage.trim();
  const [o] = outerLists(originalBlock);
  const [r] = outerLists(shown);
  const [c] = outerLists(converted);
  if (!o || !r || !c || outerLists(originalBlock).length !== 1 || outerLists(shown).length !== 1 || outerLists(converted).length !== 1) return null;
  const around = (s: string, l: StorageList) => normal(s.slice(0, l.start)) + '\u0000' + normal(s.slice(l.end));
  if (around(shown, r) !== around(converted, c)) return null;
  const patched = patchEditedList(originalBlock.slice(o.start, o.end), converted.slice(c.start, c.end), shown.slice(r.start, r.end), options);
  if (!patched) return null;
  return { ...patched, storage: originalBlock.slice(0, o.start) + patched.storage + originalBlock.slice(o.end) };
}

/** The lists of a body that are in no other list nor in a table. */
function outerLists(storage: string): StorageList[] {
  const tokens = tokenize(storage);
  const lists: StorageList[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open' || token.selfClosing) continue;
    if (token.name === 'table') {
      i = matchingClose(tokens, i, tokens.length);
      continue;
    }
    if (!listNames.has(token.name)) continue;
    const list = storageListAt(storage, token.start);
    // A list that cannot be read item by item still counts: it is a list the patch cannot place.
    lists.push(list ?? { name: token.name, start: token.start, end: token.end, openEnd: token.end, closeStart: token.end, items: [] });
    i = matchingClose(tokens, i, tokens.length);
  }
  return lists;
}
