import { describe, expect, it } from 'vitest';
import { rebuildStorageFromMarkdown } from '../../../src/push/blocks/blocks-lossless.js';
import { patchEditedTableCells } from '../../../src/push/blocks/blocks-table-cells.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';

const converters = hubBlockConverters();

// A release checklist as Confluence stores it without a header row: layout, width and id on the
// table, column widths, row ids, a highlighted cell, cells with and without paragraphs, an empty
// third column the Markdown hides (one cell self-closing), an emphasis, a mention.
const cols = '<col style="width: 180.0px;" /><col style="width: 340.0px;" /><col style="width: 96.0px;" /><col style="width: 210.0px;" />';
const release = '<tr ac:local-id="c1"><td><p>Release</p></td><td><p>2.4.1 hotfix</p></td><td><p /></td><td><p><ac:link><ri:user ri:account-id="5b10ac8d82e05b22cc7d4ef5" /></ac:link></p></td></tr>';
const freeze = '<tr ac:local-id="c2"><td><p>Freeze</p></td><td class="highlight-yellow" data-highlight-colour="yellow"><p>Thu 14 Nov</p></td><td /><td>Kevin Zhao</td></tr>';
const signoff = '<tr ac:local-id="c3"><td><p>Sign-off</p></td><td><p>pending <em>QA</em></p></td><td><p /></td><td><p>Red Hat liaison</p></td></tr>';
const tableOpen = '<table data-layout="full-width" data-table-width="1800" ac:local-id="9d0e4f1c-2a77-4b51-a0e3-c2d3e4f5a6b1">';
const table = `${tableOpen}<colgroup>${cols}</colgroup><tbody>${release}${freeze}${signoff}</tbody></table>`;
const page = `<h2>Checklist</h2><p>Owners confirm each step in the channel.</p>${table}<p>Rollback plan below.</p>`;
const exported = converters.storageToMarkdown(page);
const mention = '[@user-7d4ef5](/people/5b10ac8d82e05b22cc7d4ef5)';

/** The exported Markdown with its table lines replaced by `lines`. */
function withTable(lines: string[]): string {
  const all = exported.split('\n');
  const first = all.findIndex((l) => l.startsWith('|'));
  let end = first;
  while (end < all.length && all[end]!.startsWith('|')) end++;
  return [...all.slice(0, first), ...lines, ...all.slice(end)].join('\n');
}
const header = ['| | | |', '| --- | --- | --- |'];
const row = (...cells: string[]) => `| ${cells.join(' | ')} |`;

/** Pushes the edited page through the real converters; checks that it reads back exactly as written. */
function push(edited: string): string {
  const { storage } = rebuildStorageFromMarkdown(page, edited, converters);
  expect(converters.storageToMarkdown(storage)).toBe(edited);
  return storage;
}

describe('edits to a headerless table keep its markup', () => {
  it('the Markdown the user saw has an empty header row, every storage row below it, the empty column hidden', () => {
    expect(exported).toContain(
      [...header, row('Release', '2.4.1 hotfix', mention), row('Freeze', 'Thu 14 Nov', 'Kevin Zhao'), row('Sign-off', 'pending *QA*', 'Red Hat liaison')].join('\n'),
    );
  });

  it('one edited cell is patched in place; widths, ids, the highlight and the other cells stay byte for byte', () => {
    const edited = withTable([...header, row('Release', '2.4.1 hotfix', mention), row('Freeze', 'Fri 15 Nov', 'Kevin Zhao'), row('Sign-off', 'pending *QA*', 'Red Hat liaison')]);
    expect(push(edited)).toBe(page.replace('<p>Thu 14 Nov</p>', '<p>Fri 15 Nov</p>'));
  });

  it('a row added at the end is written like the row above (paragraphs, the empty column kept empty)', () => {
    const edited = withTable([...header, row('Release', '2.4.1 hotfix', mention), row('Freeze', 'Thu 14 Nov', 'Kevin Zhao'), row('Sign-off', 'pending *QA*', 'Red Hat liaison'), row('Ship', 'Mon 18 Nov', 'Ana Muller')]);
    expect(push(edited)).toBe(page.replace(signoff, `${signoff}<tr><td><p>Ship</p></td><td><p>Mon 18 Nov</p></td><td></td><td><p>Ana Muller</p></td></tr>`));
  });

  it('a row added in the middle is written like the row above it, not like a header', () => {
    const edited = withTable([...header, row('Release', '2.4.1 hotfix', mention), row('Freeze', 'Thu 14 Nov', 'Kevin Zhao'), row('Smoke test', 'Fri 15 Nov', 'Ana Muller'), row('Sign-off', 'pending *QA*', 'Red Hat liaison')]);
    expect(push(edited)).toBe(page.replace(freeze, `${freeze}<tr><td><p>Smoke test</p></td><td><p>Fri 15 Nov</p></td><td></td><td>Ana Muller</td></tr>`));
  });

  it('a row added above the first storage row goes before it, written like it (no header row made)', () => {
    const edited = withTable([...header, row('Branch cut', 'Mon 11 Nov', 'Kevin Zhao'), row('Release', '2.4.1 hotfix', mention), row('Freeze', 'Thu 14 Nov', 'Kevin Zhao'), row('Sign-off', 'pending *QA*', 'Red Hat liaison')]);
    expect(push(edited)).toBe(page.replace(release, `<tr><td><p>Branch cut</p></td><td><p>Mon 11 Nov</p></td><td></td><td><p>Kevin Zhao</p></td></tr>${release}`));
  });

  it('a removed row goes, and nothing else', () => {
    const edited = withTable([...header, row('Release', '2.4.1 hotfix', mention), row('Sign-off', 'pending *QA*', 'Red Hat liaison')]);
    expect(push(edited)).toBe(page.replace(freeze, ''));
  });

  it('the first row removed: the next one becomes first, untouched', () => {
    const edited = withTable([...header, row('Freeze', 'Thu 14 Nov', 'Kevin Zhao'), row('Sign-off', 'pending *QA*', 'Red Hat liaison')]);
    expect(push(edited)).toBe(page.replace(release, ''));
  });

  it('a cell edited and a row added in one edit', () => {
    const edited = withTable([...header, row('Release', '2.4.2 hotfix', mention), row('Freeze', 'Thu 14 Nov', 'Kevin Zhao'), row('Sign-off', 'pending *QA*', 'Red Hat liaison'), row('Announce', 'blog post', 'Ana Muller')]);
    expect(push(edited)).toBe(
      page
        .replace('<p>2.4.1 hotfix</p>', '<p>2.4.2 hotfix</p>')
        .replace(signoff, `${signoff}<tr><td><p>Announce</p></td><td><p>blog post</p></td><td></td><td><p>Ana Muller</p></td></tr>`),
    );
  });

  it('text typed into the empty header row makes a header row: the table is replaced and reads back as written', () => {
    const edited = withTable([row('Step', 'When', 'Who'), header[1]!, row('Release', '2.4.1 hotfix', mention), row('Freeze', 'Thu 14 Nov', 'Kevin Zhao'), row('Sign-off', 'pending *QA*', 'Red Hat liaison')]);
    const pushed = push(edited);
    expect(pushed).not.toContain(tableOpen);
    expect(pushed).toContain('<th>Step</th>');
  });

  it('a first row edited into bold cells only would read back as a header row: the table is replaced', () => {
    const shown = [...header, row('Release', '2.4.1 hotfix', mention), row('Freeze', 'Thu 14 Nov', 'Kevin Zhao')].join('\n');
    const small = `${tableOpen}<colgroup>${cols}</colgroup><tbody>${release.replace(/<p><ac:link>.*<\/ac:link><\/p>/, '<p>Ana Muller</p>')}${freeze}</tbody></table>`;
    expect(converters.storageToMarkdown(small).trim()).toBe(shown.replace(mention, 'Ana Muller'));
    const edited = [...header, row('**Release**', '**2.4.1 hotfix**', '**Ana Muller**'), row('Freeze', 'Thu 14 Nov', 'Kevin Zhao')].join('\n');
    expect(patchEditedTableCells(small, converters.markdownToStorage(edited).trim(), shown.replace(mention, 'Ana Muller'), edited)).toBeNull();
  });

  it('a row removal that leaves a header cell first in every row would read back as a key/value table: the table is replaced', () => {
    // Someone made one row's first cell a header cell; the first column labels the rows only once the other row goes.
    const mixed = `${tableOpen}<tbody><tr ac:local-id="m1"><th><p>Owner</p></th><td><p>Ana Muller</p></td></tr><tr ac:local-id="m2"><td><p>Due</p></td><td><p>Fri 15 Nov</p></td></tr></tbody></table>`;
    const shown = converters.storageToMarkdown(mixed).trim();
    expect(shown).toBe(['| | |', '| --- | --- |', '| Owner | Ana Muller |', '| Due | Fri 15 Nov |'].join('\n'));
    const edited = ['| | |', '| --- | --- |', '| Owner | Ana Muller |'].join('\n');
    expect(patchEditedTableCells(mixed, converters.markdownToStorage(edited).trim(), shown, edited)).toBeNull();
    const edit = ['| | |', '| --- | --- |', '| Owner | Ana Muller |', '| Due | Mon 18 Nov |'].join('\n');
    expect(patchEditedTableCells(mixed, converters.markdownToStorage(edit).trim(), shown, edit)).toBe(mixed.replace('Fri 15 Nov', 'Mon 18 Nov'));
  });

  it('a column added to a headerless table cannot be paired without header texts: the table is replaced', () => {
    const edited = withTable(['| | | | |', '| --- | --- | --- | --- |', row('Release', '2.4.1 hotfix', mention, 'done'), row('Freeze', 'Thu 14 Nov', 'Kevin Zhao', ''), row('Sign-off', 'pending *QA*', 'Red Hat liaison', '')]);
    const shown = exported.split('\n').filter((l) => l.startsWith('|')).join('\n');
    const written = edited.split('\n').filter((l) => l.startsWith('|')).join('\n');
    expect(patchEditedTableCells(table, converters.markdownToStorage(written).trim(), shown, written)).toBeNull();
  });
});
