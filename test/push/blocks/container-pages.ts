import fc from 'fast-check';

/**
 * Generated pages of the shapes Confluence's editor writes around macros with a rich-text body:
 * paragraphs, lists and tables at the top, inside expand and panel macros (with and without a
 * title, nested in one another), an expand inside a list item. Every block carries an id in its
 * bytes (`local-id`, `ac:macro-id`) as Cloud pages do, so a block re-converted by push is told
 * from one kept byte for byte.
 */
export type PageBlock =
  | { kind: 'p'; words: string }
  | { kind: 'list'; ordered: boolean; items: { words: string; expand: PageBlock[] | null }[] }
  | { kind: 'table'; rows: string[][]; cellExpand: PageBlock[] | null }
  | { kind: 'container'; macro: string; title: string | null; children: PageBlock[] };

const CONTAINER_MACROS = ['expand', 'info', 'note', 'warning', 'tip', 'panel'] as const;
const topic = fc.constantFrom('budget', 'rollout', 'hiring', 'security review', 'the new office', 'release train');

const paragraph: fc.Arbitrary<PageBlock> = topic.map((t) => ({ kind: 'p' as const, words: `Notes on ${t}` }));
const list: fc.Arbitrary<PageBlock> = fc.record({
  kind: fc.constant('list' as const),
  ordered: fc.boolean(),
  items: fc.array(fc.record({ words: topic.map((t) => `Item on ${t}`), expand: fc.option(fc.array(paragraph, { minLength: 1, maxLength: 2 }), { freq: 4, nil: null }) }), { minLength: 2, maxLength: 4 }),
});
// An expand alone in the last cell of the first body row, sometimes (as pages keep details there).
const table: fc.Arbitrary<PageBlock> = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.option(fc.array(paragraph, { minLength: 1, maxLength: 3 }), { freq: 3, nil: null })).map(([rows, cellExpand]) => ({
  kind: 'table' as const,
  rows: [['Name', 'Owner'], ...Array.from({ length: rows }, (_, r) => [`Row ${r + 1}`, `Person ${r + 1}`])],
  cellExpand,
}));

const { tree } = fc.letrec<{ tree: PageBlock; container: PageBlock }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, paragraph, paragraph, list, table, tie('container')),
  container: fc.record({
    kind: fc.constant('container' as const),
    macro: fc.constantFrom(...CONTAINER_MACROS),
    title: fc.option(topic.map((t) => `About ${t}`), { nil: null }),
    // An empty container too: the editor writes one when its content is deleted.
    children: fc.array(tie('tree'), { minLength: 0, maxLength: 3 }),
  }),
}));

const container: fc.Arbitrary<PageBlock> = fc.record({
  kind: fc.constant('container' as const),
  macro: fc.constantFrom(...CONTAINER_MACROS),
  title: fc.option(topic.map((t) => `About ${t}`), { nil: null }),
  children: fc.array(tree, { minLength: 1, maxLength: 3 }),
});

/** A page of 2 to 5 blocks holding at least one container. */
export const containerPage: fc.Arbitrary<PageBlock[]> = fc
  .tuple(fc.array(tree, { minLength: 1, maxLength: 4 }), container, fc.nat(4))
  .map(([blocks, box, at]) => {
    const page = [...blocks];
    page.splice(at % (page.length + 1), 0, box);
    return numbered(page);
  });

/** Each block's id, given once in document order before any edit, so an edit changes no other block's bytes. */
const ids = new WeakMap<object, string>();
let fresh = 0;
function idOf(block: object): string {
  let id = ids.get(block);
  if (id === undefined) ids.set(block, (id = `n${++fresh}`));
  return id;
}

/** Numbers the blocks of a generated page (and its list items) in document order. */
export function numbered(blocks: PageBlock[]): PageBlock[] {
  let next = 0;
  const walk = (list: readonly PageBlock[]) =>
    list.forEach((block) => {
      ids.set(block, `g${++next}`);
      if (block.kind === 'container') walk(block.children);
      if (block.kind === 'table' && block.cellExpand) {
        ids.set(block.cellExpand, `g${++next}`);
        walk(block.cellExpand);
      }
      if (block.kind === 'list') for (const item of block.items) {
        ids.set(item, `g${++next}`);
        if (item.expand) {
          ids.set(item.expand, `g${++next}`);
          walk(item.expand);
        }
      }
    });
  walk(blocks);
  return blocks;
}

/** Storage of one block, and into `parts` the bytes of every block and container start tag in it, by id. */
function render(block: PageBlock, parts: Map<string, string>): string {
  const n = idOf(block);
  let raw: string;
  if (block.kind === 'p') {
    raw = `<p local-id="${n}">${block.words} ${n}.</p>`;
  } else if (block.kind === 'table') {
    const expandCell = block.cellExpand === null ? null : containerStorage('expand', `In cell ${n}`, idOf(block.cellExpand), block.cellExpand, parts);
    const cellOf = (cell: string, r: number, c: number) =>
      r === 0 ? `<th><p>${cell}</p></th>` : r === 1 && c === row1Last && expandCell !== null ? `<td>${expandCell}</td>` : `<td><p>${cell} ${n}</p></td>`;
    const row1Last = block.rows[0]!.length - 1;
    const rows = block.rows.map((row, r) => `<tr>${row.map((cell, c) => cellOf(cell, r, c)).join('')}</tr>`);
    raw = `<table data-table-width="760" local-id="${n}"><tbody>${rows.join('')}</tbody></table>`;
  } else if (block.kind === 'list') {
    const tag = block.ordered ? 'ol' : 'ul';
    const items = block.items.map((item) => {
      const m = idOf(item);
      const inner = item.expand === null ? '' : containerStorage('expand', `Details ${m}`, idOf(item.expand), item.expand, parts);
      const li = `<li><p local-id="${m}">${item.words} ${m}</p>${inner}</li>`;
      parts.set(`item ${m}`, li);
      return li;
    });
    raw = `<${tag} local-id="${n}">${items.join('')}</${tag}>`;
  } else {
    raw = containerStorage(block.macro, block.title === null ? null : `${block.title} ${n}`, n, block.children, parts);
  }
  parts.set(n, raw);
  return raw;
}

function containerStorage(macro: string, title: string | null, n: string, children: readonly PageBlock[], parts: Map<string, string>): string {
  const param = title === null ? '' : `<ac:parameter ac:name="title">${title}</ac:parameter>`;
  const open = `<ac:structured-macro ac:name="${macro}" ac:schema-version="1" ac:local-id="loc-${n}" ac:macro-id="mac-${n}">${param}<ac:rich-text-body>`;
  parts.set(`open ${n}`, open);
  return `${open}${children.map((c) => render(c, parts)).join('')}</ac:rich-text-body></ac:structured-macro>`;
}

/** A generated page's storage, and the bytes of each of its blocks, items and container start tags by id. */
export function pageStorage(blocks: readonly PageBlock[]): { storage: string; parts: Map<string, string> } {
  const parts = new Map<string, string>();
  return { storage: blocks.map((b) => render(b, parts)).join(''), parts };
}

/**
 * What an edit left alone: the parts (blocks, list items, container start tags) whose bytes are
 * the same before and after it. Push must send each of them byte for byte.
 */
export function untouchedParts(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  return [...before].filter(([id, raw]) => after.get(id) === raw).map(([, raw]) => raw);
}

/** An edit of a generated page, at a block found by its place in document order (any depth). */
export type ModelEdit =
  | { kind: 'text'; at: number }
  | { kind: 'add-after'; at: number }
  | { kind: 'remove'; at: number }
  | { kind: 'title'; at: number }
  | { kind: 'clear'; at: number };

export const modelEdits: fc.Arbitrary<ModelEdit[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('text' as const), at: fc.nat(60) }),
    fc.record({ kind: fc.constant('text' as const), at: fc.nat(60) }),
    fc.record({ kind: fc.constant('add-after' as const), at: fc.nat(60) }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat(60) }),
    fc.record({ kind: fc.constant('title' as const), at: fc.nat(60) }),
    fc.record({ kind: fc.constant('clear' as const), at: fc.nat(60) }),
  ),
  { minLength: 1, maxLength: 2 },
);

interface Slot {
  siblings: PageBlock[];
  index: number;
}

/** Every block of the page with the array holding it (containers' children and list items' expands included). */
function slots(blocks: PageBlock[]): Slot[] {
  const out: Slot[] = [];
  const walk = (siblings: PageBlock[]) =>
    siblings.forEach((block, index) => {
      out.push({ siblings, index });
      if (block.kind === 'container') walk(block.children);
      if (block.kind === 'table' && block.cellExpand) walk(block.cellExpand);
      if (block.kind === 'list') for (const item of block.items) if (item.expand) walk(item.expand);
    });
  walk(blocks);
  return out;
}

/**
 * Applies edits to a copy of the page. Editing one block changes only that block's text (and so
 * its bytes once re-rendered); the ids of all other blocks stay, since they are numbered before
 * the edit (see pageStorage) and the edited page is rendered from the same numbering by
 * renderEdited. Returns null when no edit applied.
 */
export function applyModelEdits(blocks: readonly PageBlock[], edits: readonly ModelEdit[]): PageBlock[] | null {
  const page = cloneWithIds(blocks);
  let applied = false;
  for (const edit of edits) {
    const all = slots(page);
    if (all.length === 0) continue;
    const { siblings, index } = all[edit.at % all.length]!;
    const block = siblings[index]!;
    if (edit.kind === 'text') {
      if (block.kind === 'p') block.words += ' revised';
      else if (block.kind === 'list') block.items[0]!.words += ' revised';
      else if (block.kind === 'table') block.rows[1]![0] += ' revised';
      else block.children.push({ kind: 'p', words: 'A paragraph written inside' });
    } else if (edit.kind === 'add-after') {
      siblings.splice(index + 1, 0, { kind: 'p', words: 'A paragraph added' });
    } else if (edit.kind === 'remove') {
      // A page needs content: the last top-level block stays.
      if (siblings === page && page.length < 2) continue;
      siblings.splice(index, 1);
    } else if (edit.kind === 'title') {
      if (block.kind !== 'container') continue;
      block.title = block.title === null ? 'A title given' : `${block.title} renamed`;
    } else {
      if (block.kind !== 'container' || block.children.length === 0) continue;
      block.children = [];
    }
    applied = true;
  }
  return applied ? page : null;
}

/** A deep copy of a page whose blocks keep the ids of the blocks they copy. */
function cloneWithIds(blocks: readonly PageBlock[]): PageBlock[] {
  const copy = <T extends object>(from: T, to: T): T => {
    const id = ids.get(from);
    if (id !== undefined) ids.set(to, id);
    return to;
  };
  const block = (b: PageBlock): PageBlock => {
    if (b.kind === 'p') return copy(b, { ...b });
    if (b.kind === 'table') return copy(b, { ...b, rows: b.rows.map((r) => [...r]), cellExpand: b.cellExpand === null ? null : copy(b.cellExpand, b.cellExpand.map(block)) });
    if (b.kind === 'container') return copy(b, { ...b, children: b.children.map(block) });
    return copy(b, { ...b, items: b.items.map((item) => copy(item, { ...item, expand: item.expand === null ? null : copy(item.expand, item.expand.map(block)) })) });
  };
  return blocks.map(block);
}
