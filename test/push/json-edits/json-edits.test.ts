import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { readPageJson } from '../../../src/formats/json/read-page-json.js';
import type { PageDocument } from '../../../src/model/page-document.js';
import { applyJsonEdits, jsonEdit, type ReadDocument } from '../../../src/push/json-edits/json-edits.js';
import { actionItemPatches } from '../../../src/push/storage-edits/tasks.js';
import { applyPatches } from '../../../src/push/storage-edits/table-rows.js';
import { ManifestPageSchema } from '../../../src/manifest/manifest.js';

const page = readFileSync(join(import.meta.dirname, '..', 'push-fixtures', 'minutes.xhtml'), 'utf8');
const manifestPage = ManifestPageSchema.parse({
  id: '42',
  title: 'LDCG SC 2024-01-25',
  spaceKey: 'LDCG',
  parentId: '7',
  version: 3,
  files: { json: { path: 'Minutes/LDCG SC 2024-01-25.json', sha256: '0'.repeat(64) }, storage: { path: '.wikiport/storage/42.xhtml', sha256: '0'.repeat(64) } },
  exportedAt: '2024-01-26T09:00:00.000Z',
});
const meta = { id: '42', title: manifestPage.title, spaceKey: 'LDCG', version: 3, parentId: '7', labels: [], sourceUrl: null };
const read: ReadDocument = (storage) => readPageJson(convert(storage, { from: 'storage', to: 'json', meta }).output);
const exported = read(page);
const clone = (doc: PageDocument): PageDocument => JSON.parse(JSON.stringify(doc)) as PageDocument;

describe('applyJsonEdits', () => {
  it('changes nothing when the JSON is as exported', () => {
    expect(applyJsonEdits(page, exported, clone(exported), 'm.json', read).storage).toBe(page);
  });

  it('writes an added guest as a new row of the guests table, like its neighbours, and nothing else', () => {
    const edited = clone(exported);
    edited.meeting!.attendees.push({ name: 'Grant Likely', organization: 'Arm', group: 'Guests', role: 'guest', alternateFor: null, present: null, accountId: null, userKey: null });
    const { storage } = applyJsonEdits(page, exported, edited, 'm.json', read);
    expect(storage).toBe(page.replace('<tr><td><p>Randy Linnell</p></td><td><p /></td></tr>', '<tr><td><p>Randy Linnell</p></td><td><p /></td></tr><tr><td><p>Grant Likely, Arm</p></td><td></td></tr>'));
    expect(read(storage).meeting!.attendees.map((a) => a.name)).toContain('Grant Likely');
  });

  it('edits one table cell in place, keeping the cell tag and the row ids', () => {
    const edited = clone(exported);
    edited.tables[0]!.rows[1]!.Alternate = 'Ashok Bhat & Co, Arm';
    const { storage } = applyJsonEdits(page, exported, edited, 'm.json', read);
    expect(storage).toBe(page.replace('<td><p>Ashok Bhat, Arm</p></td>', '<td><p>Ashok Bhat &amp; Co, Arm</p></td>'));
  });

  it('fixes a misspelt attendee name inside its cell', () => {
    const edited = clone(exported);
    const kevin = edited.meeting!.attendees.find((a) => a.name === 'Kangkang Shen')!;
    kevin.name = 'Kangkang Shen-Li';
    const { storage } = applyJsonEdits(page, exported, edited, 'm.json', read);
    expect(storage).toBe(page.replace('Kangkang Shen, FutureWei', 'Kangkang Shen-Li, FutureWei'));
  });

  it('removes a table row for a removed guest', () => {
    const edited = clone(exported);
    edited.meeting!.attendees = edited.meeting!.attendees.filter((a) => a.name !== 'Gen Shimada');
    const { storage } = applyJsonEdits(page, exported, edited, 'm.json', read);
    expect(storage).toBe(page.replace('<tr><td><p>Gen Shimada, Linaro</p></td><td><p /></td></tr>', ''));
  });

  it('refuses edits of fields it does not write, naming them', () => {
    const edited = clone(exported);
    edited.outline[0]!.text = 'Who came';
    expect(() => applyJsonEdits(page, exported, edited, 'm.json', read)).toThrow(/m\.json: outline changed; push writes only meeting\.attendees/);
  });

  it('refuses a new attendee of a group no table lists', () => {
    const edited = clone(exported);
    edited.meeting!.attendees.push({ name: 'Ada Lovelace', organization: null, group: 'Observers', role: 'participant', alternateFor: null, present: null, accountId: null, userKey: null });
    expect(() => applyJsonEdits(page, exported, edited, 'm.json', read)).toThrow(/meeting\.attendees\[9\]: no table of the page lists the group "Observers"/);
  });
});

describe('jsonEdit', () => {
  it('gives zod\'s path-precise message for an invalid file', () => {
    const doc = JSON.parse(convert(page, { from: 'storage', to: 'json', meta }).output) as Record<string, unknown>;
    (doc.meeting as { attendees: Array<Record<string, unknown>> }).attendees[2]!.present = 'yes';
    expect(() => jsonEdit('Minutes/m.json', JSON.stringify(doc), manifestPage, page, {})).toThrow(/Minutes\/m\.json: meeting\.attendees\[2\]\.present: expected boolean/);
  });

  it('takes an edit of the page body ("hub") the Markdown way: only the edited block changes', () => {
    const doc = JSON.parse(convert(page, { from: 'storage', to: 'json', meta }).output) as { hub: string };
    expect(doc.hub).toContain('Recording: shared on the list after the call.');
    doc.hub = doc.hub.replace('Recording: shared on the list after the call.', 'Recording: on the drive.');
    const edit = jsonEdit('m.json', JSON.stringify(doc), manifestPage, page, {});
    expect(edit.storage).toBe(page.replace('<p>Recording: shared on the list after the call.</p>', '<p>Recording: on the drive.</p>'));
  });

  it('refuses an edit of both the body and the records read from it', () => {
    const doc = JSON.parse(convert(page, { from: 'storage', to: 'json', meta }).output) as { hub: string; tables: Array<{ rows: Array<Record<string, unknown>> }> };
    doc.hub = doc.hub.replace('Recording: shared', 'Recording: posted');
    doc.tables[1]!.rows[0]!.Name = 'Kevin Zhao, Arm';
    expect(() => jsonEdit('m.json', JSON.stringify(doc), manifestPage, page, {})).toThrow(/both "hub" \(the page body\) and the records/);
  });

  it('takes title and labels from the file', () => {
    const doc = JSON.parse(convert(page, { from: 'storage', to: 'json', meta }).output) as Record<string, unknown>;
    doc.title = 'LDCG SC 2024-01-25 (final)';
    doc.labels = ['minutes', 'ldcg'];
    const edit = jsonEdit('m.json', JSON.stringify(doc), manifestPage, page, {});
    expect(edit).toMatchObject({ storage: page, title: 'LDCG SC 2024-01-25 (final)', labels: ['minutes', 'ldcg'] });
  });
});

describe('actionItemPatches', () => {
  const items = [
    { text: 'Publish the QEMU realm demo notes', assignee: null, due: null, done: false },
    { text: 'Share the CCA attestation library link', assignee: null, due: null, done: false },
  ];

  it('closes an item by setting its task status, and appends a new task after the last', () => {
    const after = [{ ...items[0]!, done: true }, items[1]!, { text: 'Book the February room', assignee: null, due: null, done: false }];
    const storage = applyPatches(page, actionItemPatches(page, items, after, 'm.json'));
    expect(storage).toBe(
      page
        .replace('<ac:task-uuid>3f1c</ac:task-uuid><ac:task-status>incomplete</ac:task-status>', '<ac:task-uuid>3f1c</ac:task-uuid><ac:task-status>complete</ac:task-status>')
        .replace(
          'library link</span></ac:task-body></ac:task>',
          'library link</span></ac:task-body></ac:task><ac:task><ac:task-id>13</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Book the February room</ac:task-body></ac:task>',
        ),
    );
  });

  it('refuses an assignee change and an item that is not a task', () => {
    expect(() => actionItemPatches(page, items, [{ ...items[0]!, assignee: 'Kevin' }, items[1]!], 'm.json')).toThrow(/actionItems\[0\]: changing the assignee/);
    expect(() => actionItemPatches(page, [{ text: 'Not a task', assignee: null, due: null, done: false }], [], 'm.json')).toThrow(/actionItems\[0\] \("Not a task"\) is not a task/);
  });
});

/**
 * Deep mode of json-edits-sweep (s-guild-panels-emoji-speakers): an action written as a paragraph
 * right after the page's task list, closed in JSON, was written as `- [x] …` after a blank line,
 * which Markdown reads as one more item of that list, turned loose: push re-converted the list
 * and blocks around it. The new task now stays a task list of its own.
 */
describe('closing an action written as a paragraph after a task list', () => {
  const minutes =
    '<h2>Attendees</h2><ul><li>Ana Ruiz</li><li>Bo Chen</li></ul><h2>Action items</h2>' +
    '<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Bo to order the chairs</ac:task-body></ac:task>' +
    '<ac:task><ac:task-id>2</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>Ana to send the agenda</ac:task-body></ac:task></ac:task-list>' +
    '<p>Action: Ana to book the hall.</p>';

  it('keeps the task list byte for byte and writes a new task list whose task id is not taken', () => {
    const doc = read(minutes);
    const item = doc.meeting!.actionItems.find((a) => a.text.includes('book the hall'))!;
    expect(item.done).toBe(false);
    item.done = true;
    const edit = jsonEdit('m.json', JSON.stringify(doc), manifestPage, minutes, {});
    expect(edit.storage).toBe(
      minutes.replace(
        '<p>Action: Ana to book the hall.</p>',
        '<ac:task-list><ac:task><ac:task-id>3</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>Ana to book the hall.</ac:task-body></ac:task></ac:task-list>',
      ),
    );
    expect(read(edit.storage).meeting!.actionItems.find((a) => a.text.includes('book the hall'))?.done).toBe(true);
  });
});
