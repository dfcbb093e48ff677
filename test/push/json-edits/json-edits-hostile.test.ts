import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepPages, type SweepPage } from '../../../scripts/json-edits-sweep/sweep.js';
import { convert } from '../../../src/convert.js';
import { isWikiportError } from '../../../src/errors.js';
import { ManifestPageSchema } from '../../../src/manifest/manifest.js';
import type { PageDocument } from '../../../src/model/page-document.js';
import { jsonEdit } from '../../../src/push/json-edits/json-edits.js';

/**
 * JSON edits a hostile (or careless) user makes: broken files, fields that do not exist, several
 * edits at once, reordered attendees, names in other scripts or holding markup. Each is either
 * refused in one line naming the file, or written so that the page reads back as the file says,
 * never with the name's markup taken as markup.
 */
const pages = sweepPages(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'minutes-eval'));
const page = (name: string): SweepPage => pages.find((p) => p.name === `${name}.storage.xhtml`)!;

type Outcome = { refused: string } | { storage: string; again: PageDocument; unchanged: boolean };

function push(of: SweepPage, edit: (doc: PageDocument) => PageDocument | string | void): Outcome {
  const meta = { id: '1', title: of.title, spaceKey: 'EVAL', version: 1, parentId: null, labels: [], sourceUrl: null };
  const manifestPage = ManifestPageSchema.parse({ id: '1', title: of.title, spaceKey: 'EVAL', parentId: null, version: 1, files: { storage: { path: '.wikiport/storage/1.xhtml', sha256: '0'.repeat(64) } }, exportedAt: '2026-01-01T00:00:00.000Z' });
  const doc = JSON.parse(convert(of.storage, { ...of.render, from: 'storage', to: 'json', meta }).output) as PageDocument;
  const edited = edit(doc);
  const text = typeof edited === 'string' ? edited : JSON.stringify(edited ?? doc);
  try {
    const { storage } = jsonEdit('Minutes/page.json', text, manifestPage, of.storage, of.render);
    const again = JSON.parse(convert(storage, { ...of.render, from: 'storage', to: 'json', meta }).output) as PageDocument;
    return { storage, again, unchanged: storage === of.storage };
  } catch (error) {
    if (!isWikiportError(error)) throw error;
    return { refused: error.message };
  }
}

const refusedLine = (outcome: Outcome) => {
  expect('refused' in outcome, JSON.stringify(outcome).slice(0, 300)).toBe(true);
  const message = (outcome as { refused: string }).refused;
  expect(message.startsWith('Minutes/page.json: ')).toBe(true);
  expect(message).not.toMatch(/\n|at \w+ \(/);
  return message;
};

describe('hostile JSON edits of meeting minutes', () => {
  if (pages.length === 0) {
    it.skip('fixtures/minutes-eval is absent', () => {});
    return;
  }
  const text = page('a-wg-semicolon-attendees');
  const table = page('c-fr-compte-rendu');

  it('a broken file, an array, null, an empty file or a wrong type: refused naming the file (and the field)', () => {
    expect(refusedLine(push(text, (d) => JSON.stringify(d).slice(0, 400)))).toMatch(/not valid JSON/);
    expect(refusedLine(push(text, () => '[1, 2]'))).toMatch(/expected object/);
    expect(refusedLine(push(text, () => 'null'))).toMatch(/expected object/);
    expect(refusedLine(push(text, () => ''))).toMatch(/not valid JSON/);
    expect(refusedLine(push(text, (d) => void ((d.meeting!.attendees[0] as unknown as Record<string, unknown>).present = 'yes')))).toMatch(/meeting\.attendees\[0\]\.present: expected boolean/);
    expect(refusedLine(push(text, (d) => void (d.meeting!.actionItems[0]!.due = '31/02/2024')))).toMatch(/meeting\.actionItems\[0\]\.due: expected a date/);
  });

  it('a day that does not exist is refused by the schema, naming the field, not rolled over or blamed on the page', () => {
    expect(refusedLine(push(text, (d) => void (d.meeting!.actionItems[0]!.due = '2024-02-31')))).toMatch(/meeting\.actionItems\[0\]\.due: expected a real calendar day/);
    expect(refusedLine(push(text, (d) => void (d.meeting!.actionItems[0]!.due = '2023-13-01')))).toMatch(/meeting\.actionItems\[0\]\.due: expected a real calendar day/);
    // A leap day exists.
    expect(push(text, (d) => void (d.meeting!.actionItems[0]!.due = '2024-02-29'))).not.toMatchObject({ refused: expect.stringMatching(/day that exists/) });
  });

  it('a field the page document does not have is refused, naming every such path, instead of being dropped as "no change"', () => {
    const message = refusedLine(
      push(text, (d) => {
        (d.meeting!.attendees[0] as unknown as Record<string, unknown>).shoeSize = 44;
        (d.meeting as unknown as Record<string, unknown>).mood = 'tense';
        (d as unknown as Record<string, unknown>).extra = true;
      }),
    );
    expect(message).toMatch(/meeting\.attendees\[0\]\.shoeSize/);
    expect(message).toMatch(/meeting\.mood/);
    expect(message).toMatch(/\bextra\b/);
    expect(message).toMatch(/no such field/);
    // The file as exported, untouched, is no change at all.
    expect(push(text, () => undefined)).toMatchObject({ unchanged: true });
  });

  it('fields the page does not have or push does not write: refused naming them', () => {
    expect(refusedLine(push(text, (d) => void (d.meeting!.date = '2030-01-01')))).toMatch(/meeting\.date changed/);
    expect(refusedLine(push(text, (d) => void (d.meeting = null)))).toMatch(/meeting: it cannot be added or removed/);
    expect(refusedLine(push(table, (d) => void d.tables.pop()))).toMatch(/tables: the export has 1 tables/);
    expect(refusedLine(push(text, (d) => void ((d.meeting!.attendees[0] as unknown as Record<string, unknown>).shoeSize = 44)))).toMatch(/meeting\.attendees\[0\]\.shoeSize: no such field/);
  });

  it('two edits at once on an actions table (closed and re-dated): both read back, in the table\'s own spelling', () => {
    const outcome = push(table, (d) => {
      d.meeting!.actionItems[0]!.done = true;
      d.meeting!.actionItems[0]!.due = '2031-12-01';
    });
    expect('again' in outcome && outcome.again.meeting!.actionItems[0]).toMatchObject({ done: true, due: '2031-12-01' });
    expect('storage' in outcome && outcome.storage).toContain('01/12/2031');
  });

  it('a written action in a nested list, closed and re-dated at once: a ticked task inside its parent item', () => {
    const outcome = push(page('a-ol-rollcall-quorum'), (d) => {
      d.meeting!.actionItems[1]!.done = true;
      d.meeting!.actionItems[1]!.due = '2031-01-01';
    });
    const item = 'again' in outcome ? outcome.again.meeting!.actionItems.find((a) => a.text.startsWith('Tamsin')) : null;
    expect(item).toMatchObject({ done: true, due: '2031-01-01', assignee: 'Tamsin Holloway' });
    expect('storage' in outcome && outcome.storage).toMatch(/<li>[\s\S]*<ac:task-list><ac:task><ac:task-id>\d+<\/ac:task-id><ac:task-status>complete<\/ac:task-status><ac:task-body>Tamsin to ask/);
  });

  it('attendees reordered, or several changed at once in ways the page cannot say: refused, naming the attendee', () => {
    expect(refusedLine(push(text, (d) => void d.meeting!.attendees.reverse()))).toMatch(/meeting\.attendees\[\d+\]/);
  });

  it('presence said by the list a person is in: a flip alone is refused naming the list; with the group set too, the person moves there', () => {
    const lists = page('a-board-br-lines-votes');
    const alone = refusedLine(push(lists, (d) => void (d.meeting!.attendees[0]!.present = false)));
    expect(alone).toMatch(/meeting\.attendees\[0\]\.present: on this page presence goes with the list a person is in \(the people under "Regrets" read as absent\)/);
    const moved = push(lists, (d) => Object.assign(d.meeting!.attendees[0]!, { present: false, group: 'Regrets' }) && d);
    expect('again' in moved && moved.again.meeting!.attendees.find((a) => a.name === 'Eleanor Whitcombe')).toMatchObject({ present: false, group: 'Regrets' });
  });

  it('names in other scripts are written and read back; names holding markup never reach the page as markup', () => {
    for (const name of ['山田 太郎', 'محمد الأحمد', 'Zoë Ångström-Núñez']) {
      const outcome = push(table, (d) => void d.meeting!.attendees.push({ ...d.meeting!.attendees[0]!, name, organization: null, accountId: null, userKey: null }));
      expect('again' in outcome && outcome.again.meeting!.attendees.filter((a) => a.name === name), name).toHaveLength(1);
    }
    for (const name of ['A <b>bold</b> & Co', 'x ]]> y', '<ac:structured-macro ac:name="html">evil</ac:structured-macro>', '*Kim* [link](http://evil.example)', 'Pipe | Person', 'Kim\nEvil', '&amp; Already']) {
      for (const of of [text, table]) {
        const outcome = push(of, (d) => void (d.meeting!.attendees[0]!.name = name));
        if ('refused' in outcome) {
          expect(refusedLine(outcome)).toMatch(/meeting\.attendees\[0\]/);
          continue;
        }
        expect(outcome.again.meeting!.attendees.some((a) => a.name === name), name).toBe(true);
        expect(outcome.storage).not.toMatch(/<b>bold|ac:name="html">evil|href="http:\/\/evil/);
      }
    }
  });
});
