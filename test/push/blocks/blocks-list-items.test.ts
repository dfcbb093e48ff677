import { describe, expect, it } from 'vitest';
import { patchEditedList } from '../../../src/push/blocks/blocks-list-items.js';
import { rebuildStorageFromMarkdown } from '../../../src/push/blocks/blocks-lossless.js';
import { splitFrontMatter, splitMarkdownParagraphs } from '../../../src/push/blocks/blocks-markdown.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';
import { rebuildNotes } from '../../../src/push/push-edit.js';

const converters = hubBlockConverters();
const readBack = (storage: string) => splitMarkdownParagraphs(splitFrontMatter(converters.storageToMarkdown(storage)).body);

/** The page's exported Markdown edited by `edit`, pushed the lossless way; the edit must read back as written. */
function push(page: string, edit: (markdown: string) => string) {
  const markdown = converters.storageToMarkdown(page);
  const edited = edit(markdown);
  expect(edited, 'the edit changed nothing').not.toBe(markdown);
  const result = rebuildStorageFromMarkdown(page, edited, converters);
  expect(readBack(result.storage)).toEqual(readBack(converters.markdownToStorage(edited)));
  return result;
}

const macro = '<ac:structured-macro ac:name="foo" ac:schema-version="1" ac:macro-id="m-1"><ac:parameter ac:name="a">b</ac:parameter></ac:structured-macro>';

/** Issue 14: an edit of one list item writes that item only; its siblings keep their bytes. */
describe('lists are patched item by item', () => {
  it('an item next to one holding a kept macro: the macro item keeps its ac:macro-id and <p>, only the edited text changes', () => {
    const page = `<ul><li><p>Alpha</p>${macro}</li><li><p>Beta</p></li><li><p>Gamma</p></li></ul>`;
    const result = push(page, (md) => md.replace('- Beta', '- Beta two'));
    expect(result.storage).toBe(page.replace('<p>Beta</p>', '<p>Beta two</p>'));
    expect(rebuildNotes(result)[0]).toContain('1 table(s), list(s), task list(s) or macro bodies patched in place');
  });

  it('a one-word edit in a nested list of <p>-wrapped items changes that item only, its <p> and attributes kept', () => {
    const page =
      '<ul><li><p class="a">One</p><ul><li><p local-id="n1">Nested one</p></li><li><p local-id="n2">Nested two</p></li></ul></li>' +
      '<li><p local-id="t">Two</p></li></ul>';
    const result = push(page, (md) => md.replace('Nested two', 'Nested second'));
    expect(result.storage).toBe(page.replace('<p local-id="n2">Nested two</p>', '<p local-id="n2">Nested second</p>'));
  });

  it("an item's own text edited: its nested list keeps its bytes", () => {
    const page = '<ul><li><p>Parent</p><ol start="4"><li><p>Four</p></li><li><p>Five</p></li></ol></li><li><p>Next</p></li></ul>';
    const result = push(page, (md) => md.replace('- Parent', '- Parent edited'));
    expect(result.storage).toBe(page.replace('<p>Parent</p>', '<p>Parent edited</p>'));
  });

  it('an item added, another removed: every other item keeps its bytes', () => {
    const page = `<ul><li><p>Alpha</p>${macro}</li><li><p local-id="b">Beta</p></li><li><p local-id="c">Gamma</p></li></ul>`;
    const result = push(page, (md) => md.replace('- Beta\n', '').replace('- Gamma', '- Gamma\n- Delta'));
    expect(result.storage).toMatch(/^<ul><li><p>Alpha<\/p><ac:structured-macro [^]*ac:macro-id="m-1"[^]*<\/li><li><p local-id="c">Gamma<\/p><\/li><li><p>Delta<\/p><\/li><\/ul>$/);
  });

  it('items re-ordered (one moved up, one edited and moved): each keeps its bytes, patched inside when edited', () => {
    const page =
      '<ul><li><p local-id="a">Alpha</p></li><li><p local-id="b">Beta</p><ul><li><p local-id="b1">Beta one</p></li></ul></li>' +
      '<li><p local-id="c">Gamma</p></li></ul>';
    const result = push(page, (md) => {
      const [alpha, beta, gamma] = ['- Alpha\n', '- Beta\n  - Beta one\n', '- Gamma\n'];
      return md.replace(`${alpha}${beta}${gamma}`, `${gamma}${alpha}${beta.replace('Beta one', 'Beta one edited')}`);
    });
    expect(result.storage).toBe(
      '<ul><li><p local-id="c">Gamma</p></li><li><p local-id="a">Alpha</p></li><li><p local-id="b">Beta</p><ul><li><p local-id="b1">Beta one edited</p></li></ul></li></ul>',
    );
  });

  it('task items keep ac:task-id, uuid and status; a ticked task changes its status only; a new task gets a fresh id', () => {
    const task = (id: number, status: string, body: string) =>
      `<ac:task><ac:task-id>${id}</ac:task-id><ac:task-uuid>u-${id}</ac:task-uuid><ac:task-status>${status}</ac:task-status><ac:task-body>${body}</ac:task-body></ac:task>`;
    const page = `<ac:task-list>${task(7, 'incomplete', 'Write the plan')}${task(9, 'complete', 'Book the room')}${task(12, 'incomplete', 'Send minutes')}</ac:task-list>`;
    const result = push(page, (md) => md.replace('- [ ] Write the plan', '- [x] Write the plan').replace('- [x] Book the room\n', '').replace('- [ ] Send minutes', '- [ ] Send minutes\n- [ ] Order lunch'));
    expect(result.storage).toBe(
      `<ac:task-list>${task(7, 'complete', 'Write the plan')}${task(12, 'incomplete', 'Send minutes')}` +
        '<ac:task><ac:task-id>13</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Order lunch</ac:task-body></ac:task></ac:task-list>',
    );
  });

  it('a task nested under a task, reworded: the outer task and its siblings keep their bytes', () => {
    const page =
      '<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-uuid>u1</ac:task-uuid><ac:task-status>incomplete</ac:task-status><ac:task-body>Outer' +
      '<ac:task-list><ac:task><ac:task-id>2</ac:task-id><ac:task-uuid>u2</ac:task-uuid><ac:task-status>complete</ac:task-status><ac:task-body>Inner</ac:task-body></ac:task></ac:task-list>' +
      '</ac:task-body></ac:task><ac:task><ac:task-id>3</ac:task-id><ac:task-uuid>u3</ac:task-uuid><ac:task-status>incomplete</ac:task-status><ac:task-body>Last</ac:task-body></ac:task></ac:task-list>';
    const result = push(page, (md) => md.replace('Inner', 'Inner edited'));
    expect(result.storage).toBe(page.replace('>Inner<', '>Inner edited<'));
  });

  it('a task with no text of its own (only a list), a nested item edited and a task added after it: the task is patched inside, its untouched nested tasks keep their bytes', () => {
    // The nested tasks share one id, as some migrated pages have them.
    const task = (id: number, body: string) => `<ac:task><ac:task-id>${id}</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>${body}</ac:task-body></ac:task>`;
    const inner = `<ac:task-list>${task(7, `Call the plumber<ac:task-list>${task(7, 'Ask for a quote')}</ac:task-list>`)}</ac:task-list>`;
    const page = `<ac:task-list>${task(3, `<ul><li>Fix the sink</li><li>Order tiles${inner}</li></ul>`)}</ac:task-list>`;
    const result = push(page, (md) => md.replace('Order tiles', 'Order blue tiles').replace(/\n*$/, '\n- [ ] Paint the hall\n'));
    expect(result.itemsReplaced).toBe(0);
    expect(result.storage).toBe(page.replace('Order tiles', 'Order blue tiles').replace(/<\/ac:task-list>$/, `${task(8, 'Paint the hall')}</ac:task-list>`));
  });

  it('three alike tasks, the first and the last reworded: each task keeps its id in its place (the middle one untouched)', () => {
    const task = (id: number, body: string) => `<ac:task><ac:task-id>${id}</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>${body}</ac:task-body></ac:task>`;
    const page = `<ac:task-list>${task(1, 'Open the doors')}${task(2, 'Count the chairs')}${task(3, 'Count the chairs')}${task(4, 'Count the chairs')}</ac:task-list>`;
    let seen = 0;
    const result = push(page, (md) => md.replace(/Count the chairs/g, (text) => (++seen === 1 ? `${text} in hall A` : seen === 3 ? `${text} in hall C` : text)));
    expect(result.storage).toBe(`<ac:task-list>${task(1, 'Open the doors')}${task(2, 'Count the chairs in hall A')}${task(3, 'Count the chairs')}${task(4, 'Count the chairs in hall C')}</ac:task-list>`);
  });

  it('ol start: removing the first item moves the start on; the other items keep their bytes', () => {
    const page = '<ol start="3"><li><p>Three</p></li><li><p local-id="4">Four</p></li><li><p local-id="5">Five</p></li></ol>';
    const result = push(page, (md) => md.replace('3. Three\n', ''));
    expect(result.storage).toBe('<ol start="4"><li><p local-id="4">Four</p></li><li><p local-id="5">Five</p></li></ol>');
  });

  it('a list in an expand macro: the macro keeps its ac:macro-id, only the edited item changes', () => {
    const page =
      '<ac:structured-macro ac:name="expand" ac:schema-version="1" ac:macro-id="e-1"><ac:parameter ac:name="title">More</ac:parameter>' +
      '<ac:rich-text-body><ul><li><p>one</p></li><li><p>two</p></li></ul></ac:rich-text-body></ac:structured-macro>';
    const result = push(page, (md) => md.replace('- two', '- two edited'));
    expect(result.storage).toBe(page.replace('<p>two</p>', '<p>two edited</p>'));
  });

  it('an item whose nesting the Markdown cannot show as stored is replaced whole (not the list), and the report says so', () => {
    // An item holding only a list (a bullet hidden by style) reads as its inner items.
    const page = '<ul><li><p>Outer</p><ul><li style="list-style-type: none;"><ul><li>a</li><li>b</li></ul></li></ul></li><li><p local-id="o">Other</p></li></ul>';
    const result = push(page, (md) => md.replace('- b', '- b edited'));
    expect(result.itemsReplaced).toBe(1);
    expect(result.storage).toMatch(/<li><p local-id="o">Other<\/p><\/li><\/ul>$/);
    expect(rebuildNotes(result)).toContain('1 changed list item(s) replaced whole rather than patched inside');
    expect(rebuildNotes(result)).toContain(
      'the item starting "Outer" of the bulleted list starting "Outer" rewritten whole: the Markdown shows a list nested in it otherwise than the storage holds it',
    );
  });

  it('the fallback when a patch inside an item is not proven: the smallest changed item replaced whole, then the one enclosing it', () => {
    const page = '<ul><li><p class="x">Parent</p><ul><li><p class="c">Child</p></li><li><p>Other child</p></li></ul></li><li><p local-id="s">Sibling</p></li></ul>';
    const shown = converters.markdownToStorage(converters.storageToMarkdown(page));
    const edited = converters.markdownToStorage('- Parent\n  - Child edited\n  - Other child\n- Sibling\n');
    const patch = (insideDepth: number) => patchEditedList(page, edited, shown, { insideDepth, nextTaskId: { value: 1 } })!;
    expect(patch(Infinity)).toEqual({ storage: page.replace('<p class="c">Child</p>', '<p class="c">Child edited</p>'), itemsReplaced: 0, replaced: [], deepestInside: 1 });
    // The nested item replaced whole: its <p> goes, the parent and every other item stay.
    expect(patch(1)).toEqual({ storage: page.replace('<li><p class="c">Child</p></li>', '<li>Child edited</li>'), itemsReplaced: 1, replaced: [{ words: 'Child', why: 'patching inside it could not be proven to read back as written' }], deepestInside: 0 });
    const top = patch(0);
    expect(top.itemsReplaced).toBe(1);
    expect(top.storage).toMatch(/^<ul><li>Parent<ul><li>Child edited<\/li><li>Other child<\/li><\/ul><\/li><li><p local-id="s">Sibling<\/p><\/li><\/ul>$/);
  });

  it('a list the Markdown shows with another number of items is not patched by item (null: the list is replaced)', () => {
    const page = '<ul><li>a</li>stray text<li>b</li></ul>';
    const converted = converters.markdownToStorage('- a\n- b edited\n');
    expect(patchEditedList(page, converted, converters.markdownToStorage('- a\n- b\n'), { insideDepth: Infinity, nextTaskId: { value: 1 } })).toBeNull();
  });
});

/** Issue 14: two neighbouring blocks edited at once each take their own smallest patch. */
describe('adjacent edited blocks are patched each on its own', () => {
  it('a paragraph and the table after it: the table keeps its markup, only the edited cell changes', () => {
    const page = '<p>Intro</p><table class="wrapped"><colgroup><col /><col /></colgroup><tbody><tr><th>K</th><th>V</th></tr><tr><td class="c">a</td><td>1</td></tr></tbody></table>';
    const result = push(page, (md) => md.replace('Intro', 'Intro edited').replace('| a | 1 |', '| a | 2 |'));
    expect(result.storage).toBe(page.replace('<p>Intro</p>', '<p>Intro edited</p>').replace('<td>1</td>', '<td>2</td>'));
  });

  it('an expand macro holding a table, and the paragraph after it: the macro keeps its bytes around the patched cell', () => {
    const page =
      '<ac:structured-macro ac:name="expand" ac:schema-version="1" ac:macro-id="e-2"><ac:parameter ac:name="title">More</ac:parameter>' +
      '<ac:rich-text-body><table><tbody><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr></tbody></table></ac:rich-text-body></ac:structured-macro><p>After</p>';
    const result = push(page, (md) => md.replace('| a | 1 |', '| a | 2 |').replace('After', 'After edited'));
    expect(result.storage).toBe(page.replace('<td>1</td>', '<td>2</td>').replace('<p>After</p>', '<p>After edited</p>'));
    expect(result.patchedBlocks).toBe(1);
  });

  it('a list and the paragraph before it: the list is patched by item', () => {
    const page = `<p>Lead</p><ul><li><p>Alpha</p>${macro}</li><li><p>Beta</p></li></ul><p>End</p>`;
    const result = push(page, (md) => md.replace('Lead', 'Lead edited').replace('- Beta', '- Beta edited'));
    expect(result.storage).toBe(page.replace('<p>Lead</p>', '<p>Lead edited</p>').replace('<p>Beta</p>', '<p>Beta edited</p>'));
  });

  it('two adjacent lists (the Markdown separates them with an empty comment), both edited: each patched by item', () => {
    const page = '<ul><li><p local-id="1">one</p></li><li><p>two</p></li></ul><ul><li><p local-id="3">three</p></li><li><p>four</p></li></ul>';
    const result = push(page, (md) => md.replace('- two', '- two edited').replace('- four', '- four edited'));
    expect(result.storage).toBe(page.replace('<p>two</p>', '<p>two edited</p>').replace('<p>four</p>', '<p>four edited</p>'));
  });
});

/**
 * A task list wrapped in a paragraph (`<p><ac:task-list>…</ac:task-list></p>`, as some editors and
 * migration tools write it, also inside a task body): Markdown shows the list alone. Deep mode of
 * blocks-push-lists.property.test.ts found such a list re-converted whole (its untouched tasks
 * renumbered, their hidden placeholders gone) when the list before it was edited too.
 */
describe('lists wrapped in a paragraph are patched by item, the wrapper kept', () => {
  const task = (id: number, body: string) => `<ac:task><ac:task-id>${id}</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>${body}</ac:task-body></ac:task>`;
  const hint = '<ac:placeholder>who brings what</ac:placeholder>';
  const wrapped = `<p>\n  <ac:task-list>${task(11, `Buy snacks ${hint}`)}${task(12, 'Fetch chairs')}</ac:task-list>\n</p>`;

  it('edited next to another edited list: the wrapped list keeps its <p> and its untouched task', () => {
    const page = `<ac:task-list>${task(3, 'Check the venue')}${task(4, 'Print badges')}</ac:task-list>\n${wrapped}`;
    const result = push(page, (md) => md.replace('Print badges', 'Print badges twice').replace('Fetch chairs', 'Fetch chairs early'));
    expect(result.storage).toBe(page.replace('>Print badges<', '>Print badges twice<').replace('>Fetch chairs<', '>Fetch chairs early<'));
    expect(rebuildNotes(result)[0]).toContain('2 table(s), list(s), task list(s) or macro bodies patched in place');
  });

  it('a task whose nested task list is wrapped in a paragraph: a nested task edited, its sibling and the outer task keep their bytes', () => {
    const page = `<ac:task-list><ac:task><ac:task-id>10</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Plan the party\n  ${wrapped}\n</ac:task-body></ac:task>${task(13, 'Send invites')}</ac:task-list>`;
    const result = push(page, (md) => md.replace('Fetch chairs', 'Fetch chairs early'));
    expect(result.itemsReplaced).toBe(0);
    expect(result.storage).toBe(page.replace('>Fetch chairs<', '>Fetch chairs early<'));
    const reworded = push(page, (md) => md.replace('Plan the party', 'Plan the big party'));
    expect(reworded.storage).toBe(page.replace('Plan the party', 'Plan the big party'));
  });
});
