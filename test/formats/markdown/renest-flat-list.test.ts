import { describe, expect, it } from 'vitest';
import { flatListDepths, renderNestedList, type FlatItem } from '../../../src/formats/markdown/renest-flat-list.js';
import { repairMangledMarkdown } from '../../../src/formats/markdown/repair-mangled.js';
import { convert } from '../../../src/convert.js';
import type { Meeting, Topic } from '../../../src/model/meeting.js';

const items = (...texts: (string | [string, ...string[]])[]): FlatItem[] =>
  texts.map((t) => (typeof t === 'string' ? { text: t, more: [] } : { text: t[0], more: t.slice(1) }));

describe('a flattened discussion list nested again', () => {
  it('puts agenda items on top and the notes after a short title under it', () => {
    const list = items('Budget', 'Printing costs', 'Mo: the quote went up by 8%.', 'Ray: ask a second shop.', 'Website', 'Ray: the host renews in June.');
    expect(flatListDepths(list, ['Budget', 'Website'])).toEqual([0, 1, 2, 2, 0, 1]);
  });

  it('drops a repeat that closes a nested list, whose items are then one level under the item before them, siblings of its first item', () => {
    const list = items('Budget', 'Grants', ['Arts council form', 'https://example.org/form'], 'Deadline is in May.', 'Arts council form', 'Hall hire', 'Mo: the rate is unchanged.', 'Grants', 'Website');
    const depths = flatListDepths(list, ['Budget', 'Website']);
    expect(depths).toEqual([0, 1, 2, 2, null, 1, 2, null, 0]);
    expect(renderNestedList(list, depths)).toEqual([
      '- Budget',
      '  - Grants',
      '    - Arts council form\\',
      '      https://example.org/form',
      '    - Deadline is in May.',
      '  - Hall hire',
      '    - Mo: the rate is unchanged.',
      '- Website',
    ]);
  });

  it('keeps a list that no agenda item starts, and a repeated agenda item, as written', () => {
    expect(flatListDepths(items('Mo: hello.', 'Ray: hi.'), ['Budget'])).toEqual([0, 0]);
    expect(flatListDepths(items('Budget', 'Website', 'Budget'), ['Budget', 'Website'])).toEqual([0, 0, 0]);
  });

  it('never skips a level when written', () => {
    expect(renderNestedList(items('A note.', 'Another.'), [2, 3])).toEqual(['- A note.', '  - Another.']);
  });
});

describe('the repaired Markdown and the JSON of a mangled minutes page nest the same way', () => {
  const page = [
    'Meeting Date: 2024-05-02',
    'Attendance',
    'Name | Alternate | ||',
    '---|---|---|---|',
    'Mo Rahimi, Ink Co | |',
    'Ray Okafor, Press Ltd | |',
    'Agenda',
    '- Budget',
    '- Website',
    'Minutes',
    '- Budget',
    '- Grants',
    '- Arts council form',
    '- Mo: the form is due in May.',
    '- Arts council form',
    '- Hall hire',
    '- Ray: the rate is unchanged.',
    '- Grants',
    '- Website',
    '- Ray: the host renews in June.',
  ].join('\n');

  it('writes the list nested, without the repeats, and the JSON topics follow it', () => {
    const md = repairMangledMarkdown(page);
    expect(md).toContain('- Budget\n  - Grants\n    - Arts council form\n    - Mo: the form is due in May.\n  - Hall hire\n    - Ray: the rate is unchanged.\n- Website\n  - Ray: the host renews in June.');
    const meeting = (JSON.parse(convert(page, { from: 'markdown', to: 'json' }).output) as { meeting: Meeting }).meeting;
    const tree = (topics: Topic[]): unknown => topics.map((t) => [t.title, t.notes.map((n) => `${n.speaker ?? ''}|${n.text}`), tree(t.topics)]);
    expect(tree(meeting.topics)).toEqual([
      ['Budget', [], [
        ['Grants', ['|Arts council form', 'Mo Rahimi|the form is due in May.'], []],
        ['Hall hire', ['Ray Okafor|the rate is unchanged.'], []],
      ]],
      ['Website', ['Ray Okafor|the host renews in June.'], []],
    ]);
  });
});
