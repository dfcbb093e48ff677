import { describe, expect, it } from 'vitest';
import { rebuildStorageFromMarkdown } from '../../../src/push/blocks/blocks-lossless.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';
import { alikeRuns, applyListEdits, itemBytes, lostItems } from './list-item-edits.js';

const converters = hubBlockConverters();
const task = (id: number, body: string) => `<ac:task><ac:task-id>${id}</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>${body}</ac:task-body></ac:task>`;
/** Two tasks shown alike (an earlier push added the same line twice), between two others. */
const page = `<ac:task-list>${task(2, 'Book the room')}${task(7, 'Send the agenda')}${task(9, 'Send the agenda')}${task(4, 'Print name cards')}</ac:task-list>`;

/**
 * The oracle of blocks-push-lists.property.test.ts: deep mode once removed the first of two alike
 * tasks (`mark/tasklists.html` after earlier runs had added the same task twice) and held the push
 * to keeping the second one's task id, which no reader of the Markdown can know.
 */
describe('the list property oracle: alike items of a list are interchangeable when one is removed', () => {
  const markdown = converters.storageToMarkdown(page);
  // item-remove picks among items with siblings: at 1 is the first "Send the agenda".
  const edit = applyListEdits(markdown, [{ kind: 'item-remove', at: 1 }]);
  const pushed = rebuildStorageFromMarkdown(page, edit.markdown, converters).storage;
  const bytes = itemBytes(page, markdown)!;

  it('removing either of two alike tasks writes the same Markdown', () => {
    expect(edit.made).toBe(1);
    expect(edit.markdown.match(/Send the agenda/g)).toHaveLength(1);
    expect(applyListEdits(markdown, [{ kind: 'item-remove', at: 2 }]).markdown).toBe(edit.markdown);
  });

  it('the push keeps the other tasks byte for byte and one of the alike two whole', () => {
    expect(pushed).toContain(task(2, 'Book the room'));
    expect(pushed).toContain(task(4, 'Print name cards'));
    expect([task(7, 'Send the agenda'), task(9, 'Send the agenda')].filter((t) => pushed.includes(t))).toHaveLength(1);
  });

  it('the oracle accepts either alike task kept, and still names an untouched task that lost its bytes', () => {
    const runs = alikeRuns(markdown);
    expect(lostItems(bytes, edit, pushed, runs)).toEqual([]);
    for (const kept of [7, 9]) {
      const other = kept === 7 ? 9 : 7;
      expect(lostItems(bytes, edit, pushed.replace(task(kept, 'Send the agenda'), task(other, 'Send the agenda')), runs)).toEqual([]);
    }
    const renumbered = pushed.replace(/<ac:task-id>[79]<\/ac:task-id>/, '<ac:task-id>12</ac:task-id>');
    expect(lostItems(bytes, edit, renumbered, runs)).toHaveLength(1);
    expect(lostItems(bytes, edit, pushed.replace(task(4, 'Print name cards'), task(5, 'Print name cards')), runs)).toEqual([task(4, 'Print name cards')]);
  });

  it('alike items apart: two removed around one, an added item read as a rewording of the untouched one', () => {
    // Deep mode, pages/unseen-tasks-dates-mentions (seed -332089835): `q, z, q` with the first q and
    // z removed and an item added after the last q reads as z removed and the last q reworded.
    const list = `<ac:task-list>${task(1, 'Ring the new caterer')}${task(2, 'Check the mic')}${task(3, 'Ring the new caterer')}${task(5, 'Lock up')}</ac:task-list>`;
    const shown = converters.storageToMarkdown(list);
    const removed = applyListEdits(shown, [{ kind: 'item-remove', at: 0 }, { kind: 'item-remove', at: 0 }]);
    const edited = removed.markdown.replace('- [ ] Ring the new caterer\n', '- [ ] Ring the new caterer\n- [ ] Ring the old caterer\n');
    expect(edited).toContain('- [ ] Ring the new caterer\n- [ ] Ring the old caterer\n- [ ] Lock up');
    const written = rebuildStorageFromMarkdown(list, edited, converters).storage;
    const itemsOf = itemBytes(list, shown)!;
    expect(lostItems(itemsOf, removed, written)).not.toEqual([]);
    expect(lostItems(itemsOf, removed, written, alikeRuns(shown))).toEqual([]);
  });

  it('numbered items are alike whatever their numbers (Markdown reads a list by its first number only)', () => {
    expect([...alikeRuns('1. Alpha\n2. Beta\n3. Beta\n4. Gamma\n').values()]).toEqual([0, 1, 1, 3]);
    expect([...alikeRuns('- Alpha\n  - Beta\n- Alpha\n  - Other\n').values()]).toEqual([0, 1, 2, 3]);
    expect([...alikeRuns('- Alpha\n- Beta\n- Alpha\n  - Other\n- Alpha\n').values()]).toEqual([0, 1, 2, 3, 0]);
  });
});
