import { describe, expect, it } from 'vitest';
import { hubToStorage, mdToHub, mdToStorage, roundTrip, storageToHub, storageToMd } from './construct-trip.js';

const task = (id: string, status: string, body: string): string =>
  `<ac:task><ac:task-id>${id}</ac:task-id><ac:task-status>${status}</ac:task-status><ac:task-body>${body}</ac:task-body></ac:task>`;
const list = (...tasks: string[]): string => `<ac:task-list>${tasks.join('')}</ac:task-list>`;

describe('task-list construct', () => {
  it('storage → hub: status, id, and the assignee and due date found in the body', () => {
    const hub = storageToHub(list(task('7', 'incomplete', '<ac:link><ri:user ri:account-id="557058:aaaa1111-2222-3333-4444-555566667777" /></ac:link> file the report <time datetime="2025-03-21" />')));
    expect(hub).toMatch(/^<ul data-tasks><li data-task="incomplete" data-task-id="7" data-assignee-account-id="557058:aaaa1111-2222-3333-4444-555566667777" data-due="2025-03-21">/);
  });

  it('writes GFM task items, nested by two spaces, with assignee and due date in the text', () => {
    const md = storageToMd(list(
      task('1', 'complete', 'Parent <ac:link><ri:user ri:userkey="8a7f808a6c1d2e3f016c1d4f5a6b0001" /></ac:link> <time datetime="2024-05-01" />'
        + list(task('2', 'incomplete', 'Child one'), task('3', 'complete', 'Child two'))),
      task('4', 'incomplete', 'Sibling'),
    ));
    expect(md).toBe([
      '- [x] Parent [@user-6b0001](/people/8a7f808a6c1d2e3f016c1d4f5a6b0001) 📅 2024-05-01',
      '  - [ ] Child one',
      '  - [x] Child two',
      '- [ ] Sibling',
      '',
    ].join('\n'));
  });

  it('Markdown → hub restores status and derives assignee and due date from the body', () => {
    const hub = mdToHub('- [x] @~jdoyle ship it 📅 2025-01-02\n- [ ] nothing yet\n');
    expect(hub).toContain('<li data-task="complete" data-assignee-username="jdoyle" data-due="2025-01-02"><a data-mention data-username="jdoyle">@jdoyle</a> ship it <time datetime="2025-01-02">2025-01-02</time></li>');
    expect(hub).toContain('<li data-task="incomplete">nothing yet</li>');
  });

  it('Markdown → storage numbers new tasks after the highest id present', () => {
    const storage = hubToStorage('<ul data-tasks><li data-task="incomplete" data-task-id="12">a</li><li data-task="complete">b</li><li data-task="incomplete">c</li></ul>');
    expect(storage).toBe('<ac:task-list><ac:task><ac:task-id>12</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>a</ac:task-body></ac:task>'
      + '<ac:task><ac:task-id>13</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>b</ac:task-body></ac:task>'
      + '<ac:task><ac:task-id>14</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>c</ac:task-body></ac:task></ac:task-list>');
  });

  it('a list where only some items are tasks is split: the tasks a task list, the bullets a bullet list, in order (test/constructs/task-list-mixed.test.ts)', () => {
    expect(mdToHub('- [ ] a\n- b\n')).toBe('<ul data-tasks><li data-task="incomplete">a</li></ul><ul><li>b</li></ul>');
  });

  it('task lists in table cells are inline HTML lists of the cell and come back as task lists', () => {
    const storage = `<table><tbody><tr><th>Area</th><th>Checks</th></tr><tr><td>API</td><td>${list(task('1', 'complete', 'Reviewed'), task('2', 'incomplete', 'Load test <time datetime="2024-10-30" />'))}</td></tr></tbody></table>`;
    const md = storageToMd(storage);
    expect(md).toContain('| API | <ul><li>[x] Reviewed</li><li>[ ] Load test 📅 2024-10-30</li></ul> |');
    expect(mdToHub('| Area | Checks |\n| --- | --- |\n| API | - [x] Reviewed<br>- [ ] Load test 📅 2024-10-30 |\n')).toContain('<td><ul data-tasks><li data-task="complete">Reviewed</li>');
    const hub = mdToHub(md);
    expect(hub).toContain('<td><ul data-tasks><li data-task="complete">Reviewed</li><li data-task="incomplete" data-due="2024-10-30">Load test <time datetime="2024-10-30">2024-10-30</time></li></ul></td>');
  });

  it('messy input: empty bodies, missing ids and statuses, placeholders', () => {
    const md = storageToMd(list(
      '<ac:task><ac:task-status>complete</ac:task-status><ac:task-body></ac:task-body></ac:task>',
      '<ac:task><ac:task-id>3</ac:task-id><ac:task-body>No status <ac:placeholder>type here</ac:placeholder></ac:task-body></ac:task>',
    ));
    expect(md).toBe('- [x]\n- [ ] No status\n');
    expect(storageToHub('<ac:task-list></ac:task-list>')).toBe('');
  });

  it('a plain item that starts with a literal "[x]" stays a plain item through the round trip', () => {
    const storage = '<ul><li>[x] means done in the old tracker</li><li>[ ] means open</li></ul>';
    const md = storageToMd(storage);
    expect(md).toBe('- \\[x\\] means done in the old tracker\n- \\[ \\] means open\n');
    expect(mdToHub(md)).not.toContain('data-tasks');
    const back = mdToStorage(md);
    expect(back).toContain('<li>[x] means done in the old tracker</li>');
    expect(back).not.toContain('ac:task');
    const trip = roundTrip(storage);
    expect(trip.mdAgain).toBe(md);
    // The bare markers are still tasks.
    expect(mdToHub('- [x] shipped\n- [ ] open\n')).toContain('data-tasks');
  });

  it('a task whose body opens with a list keeps the list under the marker', () => {
    const trip = roundTrip(list(task('1', 'incomplete', '<ol><li>first</li><li>second</li></ol>')));
    expect(trip.md).toBe('- [ ]\n  1. first\n  2. second\n');
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('two task lists in a row stay two lists', () => {
    const trip = roundTrip(list(task('1', 'incomplete', 'a')) + list(task('2', 'complete', 'b')));
    expect(trip.md).toBe('- [ ] a\n\n<!-- -->\n\n- [x] b\n');
    expect(trip.storage.match(/<ac:task-list>/g)?.length).toBe(2);
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('storage → hub: a sub-list Confluence stores beside its task is nested in that task, not dropped', () => {
    const hub = storageToHub(`<ac:task-list>${task('1', 'incomplete', 'Outer')}<ac:task-list>${task('2', 'complete', 'Inner')}</ac:task-list>${task('3', 'incomplete', 'Next')}</ac:task-list>`);
    expect(hub).toMatch(/<li data-task="incomplete" data-task-id="1">Outer<ul data-tasks><li data-task="complete" data-task-id="2">Inner<\/li><\/ul><\/li><li data-task="incomplete" data-task-id="3">Next<\/li>/);
  });

  it('storage → hub: a sub-list stored inside its task after the body is nested in that task, not dropped', () => {
    const inTask = `<ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Outer</ac:task-body>${list(task('2', 'complete', 'Inner'))}</ac:task>`;
    expect(storageToMd(`<ac:task-list>${inTask}${task('3', 'incomplete', 'Next')}</ac:task-list>`)).toBe('- [ ] Outer\n  - [x] Inner\n- [ ] Next\n');
    const trip = roundTrip(`<ac:task-list>${inTask}</ac:task-list>`);
    expect(trip.storage).toContain('<ac:task-body>Inner</ac:task-body>');
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('round-trips nested lists with mentions and dates to a fixed point', () => {
    const trip = roundTrip(list(task('5', 'incomplete', 'Outer <ac:link><ri:user ri:account-id="5b10ac8d82e05b22cc7d4ef5" /></ac:link>' + list(task('6', 'complete', 'Inner <time datetime="2025-02-03" />')))));
    expect(trip.mdAgain).toBe(trip.md);
    expect(trip.storage).toContain('<ri:user ri:account-id="5b10ac8d82e05b22cc7d4ef5" />');
    expect(trip.storage).toContain('<time datetime="2025-02-03" />');
    expect(mdToStorage('- [x] done')).toContain('<ac:task-status>complete</ac:task-status>');
  });
});
