import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, pushMarkdownEdit, sandboxForEach } from './push-sandbox-helpers.js';

const macro = '<ac:structured-macro ac:name="foo" ac:schema-version="1" ac:macro-id="m-7"><ac:parameter ac:name="a">b</ac:parameter></ac:structured-macro>';

/** Issue 14, end to end: a list edited in Markdown and pushed keeps every item the user did not touch. */
describe.each(flavors)('push of an edited list ($name)', (flavor) => {
  const sandbox = sandboxForEach(flavor);

  it('one word in a nested item: only that word changes on the wiki, the macro item and <p> wrappers stay', async () => {
    const body = `<p>Intro</p><ul><li><p>Alpha</p>${macro}</li><li><p local-id="b">Beta</p><ul><li><p>Beta one</p></li><li><p>Beta two</p></li></ul></li></ul><p>End</p>`;
    const after = await pushMarkdownEdit(sandbox(), flavor.api, `Lists ${flavor.name}`, body, '  - Beta two', '  - Beta second');
    expect(after).toBe(body.replace('<p>Beta two</p>', '<p>Beta second</p>'));
  });

  it('a task ticked and one added: task ids and uuids stay, the new task gets the next id', async () => {
    const task = (id: number, status: string, text: string) =>
      `<ac:task><ac:task-id>${id}</ac:task-id><ac:task-uuid>uuid-${id}</ac:task-uuid><ac:task-status>${status}</ac:task-status><ac:task-body>${text}</ac:task-body></ac:task>`;
    const body = `<ac:task-list>${task(4, 'incomplete', 'Draft')}${task(8, 'incomplete', 'Review')}</ac:task-list>`;
    const after = await pushMarkdownEdit(sandbox(), flavor.api, `Tasks ${flavor.name}`, body, '- [ ] Draft\n- [ ] Review', '- [x] Draft\n- [ ] Review\n- [ ] Publish');
    expect(after).toBe(
      `<ac:task-list>${task(4, 'complete', 'Draft')}${task(8, 'incomplete', 'Review')}<ac:task><ac:task-id>9</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Publish</ac:task-body></ac:task></ac:task-list>`,
    );
  });

  it('an item whose paragraph a status follows keeps the status byte for byte, whichever item is edited and however the bullets are spelled', async () => {
    const status = '<ac:structured-macro ac:name="status" ac:schema-version="1" ac:macro-id="st-1"><ac:parameter ac:name="title">OK</ac:parameter><ac:parameter ac:name="colour">Green</ac:parameter></ac:structured-macro>';
    const body = `<ul><li><p>Alpha item</p>${status}</li><li><p>Beta item</p></li></ul><p>End</p>`;
    const edits: [string, (md: string) => string, string][] = [
      ['Alpha', (md) => md.replace('Alpha item', 'Alpha item edited'), body.replace('<p>Alpha item</p>', '<p>Alpha item edited</p>')],
      ['Stars', (md) => md.replace(/^- /gm, '* ').replace('Beta item', 'Beta item edited'), body.replace('<p>Beta item</p>', '<p>Beta item edited</p>')],
    ];
    for (const [name, edit, expected] of edits) {
      const client = clientFor(sandbox(), flavor.api);
      const title = `Status item ${name} ${flavor.name}`;
      const id = addMinutesPage(sandbox(), title, body);
      const out = await exportTo(client, id);
      const file = join(out, `${title}.md`);
      await writeFile(file, edit(await readFile(file, 'utf8')));
      expect((await pushPages({ paths: [file], client, cwd: out })).exitCode).toBe(0);
      expect(bodyOf(sandbox(), id).body).toBe(expected);
    }
  });
});
