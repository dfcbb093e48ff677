import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebuildStorageFromMarkdown } from '../../../src/push/blocks/blocks-lossless.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';
import { propertyRuns } from '../../robustness/soak.js';

const converters = hubBlockConverters();
const words = ['Ana', 'Muller', 'Linaro', 'Arm', 'Chair', 'Secretary', 'Kevin', 'Zhao', 'Red Hat', 'present', 'Q3 plan', 'budget'];
const cellText = fc.constantFrom(...words);

/**
 * An attendance-like table as Confluence stores it: layout and widths, bold headers (none in a
 * headerless table), some cells in paragraphs, maybe an empty last column that the Markdown hides.
 */
function storageTable(header: string[] | null, rows: { cells: string[]; wrapped: boolean[] }[], emptyColumn = false): string {
  const width = rows[0]!.cells.length + (emptyColumn ? 1 : 0);
  const cols = Array.from({ length: width }, () => '<col style="width: 160px;" />').join('');
  const empty = emptyColumn ? '<td><p /></td>' : '';
  const head = header ? `<tr>${header.map((h) => `<th><p><strong>${h}</strong></p></th>`).join('')}${emptyColumn ? '<th><p /></th>' : ''}</tr>` : '';
  const body = rows
    .map((row, r) => `<tr ac:local-id="row-${r}">${row.cells.map((c, i) => `<td${i === 0 ? ' class="highlight-grey" data-highlight-colour="grey"' : ''}>${row.wrapped[i] ? `<p>${c}</p>` : c}</td>`).join('')}${empty}</tr>`)
    .join('');
  return `<p>Attendance for the quarterly review.</p><table data-layout="wide" ac:local-id="t-1"><colgroup>${cols}</colgroup><tbody>${head}${body}</tbody></table><p>Next meeting in two weeks.</p>`;
}

type Edit = { kind: 'add'; at: number; cells: string[] } | { kind: 'remove'; at: number } | { kind: 'change'; at: number; column: number; text: string } | { kind: 'header'; cells: string[] };

/** A table and edits to it, the edits typing `editText` into cells. */
const tableEdited = (editText: fc.Arbitrary<string>) =>
  fc.integer({ min: 2, max: 3 }).chain((width) =>
    fc.record({
      header: fc.constant(['Name', 'Organization', 'Role'].slice(0, width)),
      rows: fc.array(fc.record({ cells: fc.array(cellText, { minLength: width, maxLength: width }), wrapped: fc.array(fc.boolean(), { minLength: width, maxLength: width }) }), { minLength: 1, maxLength: 6 }),
      edits: fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('add' as const), at: fc.nat(8), cells: fc.array(editText, { minLength: width, maxLength: width }) }),
          fc.record({ kind: fc.constant('remove' as const), at: fc.nat(8) }),
          fc.record({ kind: fc.constant('change' as const), at: fc.nat(8), column: fc.nat(width - 1), text: editText }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    }),
  );
const table = tableEdited(cellText);

/** Applies the edits to the body rows (or the header row) of the exported pipe table, as a user would in an editor. */
function editMarkdown(markdown: string, edits: readonly Edit[]): string {
  const lines = markdown.split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  let end = first;
  while (end < lines.length && lines[end]!.startsWith('|')) end++;
  let head = lines[first]!;
  const body = lines.slice(first + 2, end).map((l) => l.slice(2, -2).split(' | '));
  for (const edit of edits) {
    if (edit.kind === 'add') body.splice(edit.at % (body.length + 1), 0, [...edit.cells]);
    else if (body.length > 1 && edit.kind === 'remove') body.splice(edit.at % body.length, 1);
    else if (edit.kind === 'change') body[edit.at % body.length]![edit.column] = edit.text;
    else if (edit.kind === 'header') head = `| ${edit.cells.join(' | ')} |`;
  }
  return [...lines.slice(0, first), head, lines[first + 1]!, ...body.map((cells) => `| ${cells.join(' | ')} |`), ...lines.slice(end)].join('\n');
}

/** The rows (by index) the pushed storage still has with their id and highlighted first cell. */
const keptRows = (storage: string, rows: readonly unknown[]) => rows.filter((_, r) => storage.includes(`<tr ac:local-id="row-${r}"><td class="highlight-grey" data-highlight-colour="grey">`)).length;

describe('table rows added, removed and edited in Markdown, pushed back', () => {
  it('read back exactly as written, and the table keeps its layout, widths, highlights and id', () => {
    fc.assert(
      fc.property(table, ({ header, rows, edits }) => {
        const storage = storageTable(header, rows);
        const exported = converters.storageToMarkdown(storage);
        const edited = editMarkdown(exported, edits);
        fc.pre(edited !== exported);
        const result = rebuildStorageFromMarkdown(storage, edited, converters);
        expect(converters.storageToMarkdown(result.storage)).toBe(edited);
        expect(result.storage).toContain('<table data-layout="wide" ac:local-id="t-1"><colgroup>');
        expect(result.storage).toContain('<p>Attendance for the quarterly review.</p>');
        // Original rows are kept with their id and highlight (edited cells patched in place): only a
        // removal, or edits that leave no cell of a row as it was, take one away, so the table was
        // not rebuilt from the Markdown.
        expect(keptRows(result.storage, rows)).toBeGreaterThanOrEqual(rows.length - edits.filter((e) => e.kind !== 'add').length);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  // A headerless table: the Markdown shows an empty header row above every storage row. Text typed
  // into that header row makes a header row, so the table is then replaced (and still reads back).
  // Edits may write bold text, which the reader takes as header cells and row labels.
  const headerless = tableEdited(fc.constantFrom(...words, '**budget**', '**Chair**', '*present*', '**Q3** plan')).chain(({ rows, edits }) =>
    fc.record({
      rows: fc.constant(rows),
      emptyColumn: fc.boolean(),
      edits: fc.tuple(fc.constant(edits), fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.array(cellText, { minLength: rows[0]!.cells.length, maxLength: rows[0]!.cells.length }), weight: 1 })).map(([e, head]) => (head ? [...e, { kind: 'header' as const, cells: head }] : e)),
    }),
  );

  it('headerless tables too: read back exactly as written, keeping layout, widths, highlights, row ids and untouched rows', () => {
    const runs = propertyRuns(300);
    let patchedTables = 0;
    fc.assert(
      fc.property(headerless, ({ rows, emptyColumn, edits }) => {
        const storage = storageTable(null, rows, emptyColumn);
        const exported = converters.storageToMarkdown(storage);
        expect(exported).toContain(`\n|${' |'.repeat(rows[0]!.cells.length)}\n|`);
        const edited = editMarkdown(exported, edits);
        fc.pre(edited !== exported);
        // No storage reads back as an empty header row over a first row all bold, or over rows all
        // labelled bold (the reader takes them as a header row, a key/value table): not written here.
        const body = edited.split('\n').filter((l) => l.startsWith('|')).slice(2).map((l) => l.slice(2, -2).split(' | '));
        const bold = (cell: string) => /^\*\*[^*]*\*\*$/.test(cell);
        fc.pre(!body[0]!.every(bold) && !body.every((row) => bold(row[0]!)));
        const result = rebuildStorageFromMarkdown(storage, edited, converters);
        expect(converters.storageToMarkdown(result.storage)).toBe(edited);
        expect(result.storage).toContain('<p>Attendance for the quarterly review.</p>');
        if (edits.some((e) => e.kind === 'header')) {
          expect(result.storage).not.toContain('<table data-layout="wide" ac:local-id="t-1">');
          return;
        }
        patchedTables++;
        expect(result.storage).toContain(`<table data-layout="wide" ac:local-id="t-1"><colgroup>${'<col style="width: 160px;" />'.repeat(rows[0]!.cells.length + (emptyColumn ? 1 : 0))}</colgroup>`);
        expect(keptRows(result.storage, rows)).toBeGreaterThanOrEqual(rows.length - edits.filter((e) => e.kind !== 'add').length);
      }),
      { numRuns: runs },
    );
    // The same share of the runs as at full depth (150 of 300).
    expect(patchedTables).toBeGreaterThan(runs / 2);
  });
});
