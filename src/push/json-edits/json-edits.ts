// push/json-edits/: JSON page edits (meeting attendees, action items, table rows, title, labels) patched into the exported storage. Imports push/storage-edits/ and formats/json/.
import { convert } from '../../convert.js';
import { WikiportError, isWikiportError } from '../../errors.js';
import { splitFrontMatter } from '../blocks/blocks-markdown.js';
import { rebuildStorageFromMarkdown } from '../blocks/blocks-lossless.js';
import { meetingEditsThroughMarkdown, readsAsEdited } from './meeting-markdown-edits.js';
import { readPageJson } from '../../formats/json/read-page-json.js';
import type { PageDocument } from '../../model/page-document.js';
import type { TableRecord } from '../../model/table-record.js';
import { tablesWithAttendeeEdits } from './json-edits-attendees.js';
import { decisionListEdits } from './json-edits-decisions.js';
import { storageTables } from '../storage-edits/storage-tables.js';
import { applyPatches, tableRowPatches, type StoragePatch } from '../storage-edits/table-rows.js';
import { actionItemPatches } from '../storage-edits/tasks.js';
import type { ManifestPage } from '../../manifest/manifest.js';
import { hubBlockConverters, type RenderOptions } from '../push-converters.js';
import { markdownEdit, type LocalEdit } from '../push-edit.js';

/** Storage body -> page document, as export wrote it. */
export type ReadDocument = (storage: string) => PageDocument;

/** Fields push writes from JSON; a change anywhere else is refused so that no edit is silently lost. */
const WRITABLE = 'meeting.attendees, meeting.actionItems, meeting.decisions, tables[].rows, hub (the body, on its own), title and labels';

export interface JsonEditOptions {
  /**
   * Whether a page without decisions may get a Confluence decision list for its first ones
   * (Cloud; default). Data Center has none: there a decision goes under a Decisions heading.
   */
  decisionLists?: boolean;
}

/** An edited page JSON file against the storage it was exported from (see applyJsonEdits). */
export function jsonEdit(file: string, text: string, page: ManifestPage, exportedStorage: string, render: RenderOptions, options: JsonEditOptions = {}): LocalEdit {
  const asEdited = readPageJson(text, file, { unknownFields: 'refuse' });
  if (asEdited.id && asEdited.id !== page.id) {
    throw new WikiportError(`${file}: "id" says page ${asEdited.id}, the manifest says ${page.id}; fix the id (nothing was sent)`);
  }
  const meta = { id: page.id, title: page.title, spaceKey: page.spaceKey, version: page.version, parentId: page.parentId, labels: page.labels, sourceUrl: page.sourceUrl };
  const read: ReadDocument = (storage) => readPageJson(convert(storage, { ...render, from: 'storage', to: 'json', meta }).output, `${file} (re-read)`);
  const asExported = read(exportedStorage);
  if (asEdited.hub !== asExported.hub) return hubEdit(file, text, asEdited, asExported, page, exportedStorage, render);

  // Decisions the page keeps in decision lists are patched there first (in the list's own
  // spelling); what is left (decisions written in the text, the other fields) goes on from there.
  let baseStorage = exportedStorage;
  let exported = asExported;
  let edited = asEdited;
  const decisionsEdited = meetingEdited(asExported, asEdited, ['decisions']);
  const notes: string[] = [];
  if (decisionsEdited) {
    refuseOtherChanges(asExported, asEdited, file, ['decisions']);
    const lists = decisionListEdits(exportedStorage, asExported.meeting!.decisions, asEdited.meeting!.decisions, { newList: options.decisionLists !== false, seed: page.id });
    if (lists) {
      baseStorage = lists.storage;
      exported = read(baseStorage);
      // What the file may change is taken from it; what is derived from the body, from the patched body.
      edited = { ...exported, title: asEdited.title, labels: asEdited.labels, tables: asEdited.tables, meeting: { ...exported.meeting!, attendees: asEdited.meeting!.attendees, actionItems: asEdited.meeting!.actionItems, decisions: asEdited.meeting!.decisions } };
      for (const note of lists.notes) notes.push(note);
    }
  }
  const result = editFrom(file, baseStorage, exported, edited, render, meta, read);
  if (decisionsEdited) {
    const texts = (list: readonly { text: string }[] | undefined) => JSON.stringify((list ?? []).map((d) => d.text.replace(/\s+/g, ' ').trim()));
    if (texts(read(result.storage).meeting?.decisions) !== texts(asEdited.meeting!.decisions)) {
      throw new WikiportError(`${file}: meeting.decisions: the edit could not be written into the page so that it reads back the same; make it in the Markdown file instead (nothing was sent)`);
    }
  }
  return { ...result, notes: [...notes, ...result.notes], title: asEdited.title ?? page.title, labels: asEdited.labels };
}

/** The JSON edits other than those of decision lists, from `baseStorage` (the exported body, or it with the decision lists patched). */
function editFrom(
  file: string,
  baseStorage: string,
  exported: PageDocument,
  edited: PageDocument,
  render: RenderOptions,
  meta: Parameters<typeof convert>[1]['meta'],
  read: ReadDocument,
): { storage: string; notes: string[] } {
  const throughMarkdown = () => meetingEditThroughMarkdown(file, baseStorage, exported, edited, render, meta, read);
  // Decisions in the text have no storage patch of their own: they are written the Markdown way.
  if (meetingEdited(exported, edited, ['decisions']) && tablesSame(exported, edited)) return throughMarkdown();
  try {
    const patched = applyJsonEdits(baseStorage, exported, edited, file, read);
    const meeting = patched.storage === baseStorage ? null : read(patched.storage).meeting;
    // The storage patches check names; the meeting must read back whole (group, presence, …),
    // unless table rows were edited too (they change the attendees read from them).
    const strict = exported.meeting && edited.meeting && tablesSame(exported, edited) && meetingEdited(exported, edited, ['attendees', 'actionItems']);
    if (meeting && strict && !readsAsEdited(meeting, exported.meeting!, edited.meeting!)) {
      throw new WikiportError(`${file}: meeting: the table or task list patch does not read back as the edit (nothing was sent)`);
    }
    return patched;
  } catch (error) {
    // A shape the storage patches do not know (attendees in lists or mentions, tasks with dates
    // and mentions): the edit is written into the exported Markdown instead, and proven the same way.
    if (!isWikiportError(error) || !meetingEdited(exported, edited, ['attendees', 'actionItems']) || !tablesSame(exported, edited)) throw error;
    try {
      return throughMarkdown();
    } catch (second) {
      if (isWikiportError(second)) throw new WikiportError(`${error.message}; written into the Markdown instead: ${second.message.replace(`${file}: `, '')}`);
      throw second;
    }
  }
}

function meetingEdited(exported: PageDocument, edited: PageDocument, fields: readonly ('attendees' | 'actionItems' | 'decisions')[]): boolean {
  if (!exported.meeting || !edited.meeting) return false;
  return fields.some((field) => JSON.stringify(exported.meeting![field]) !== JSON.stringify(edited.meeting![field]));
}

function tablesSame(exported: PageDocument, edited: PageDocument): boolean {
  return JSON.stringify(exported.tables) === JSON.stringify(edited.tables);
}

/** Meeting edits written into the exported Markdown, which then goes the lossless way (see meetingEditsThroughMarkdown). */
function meetingEditThroughMarkdown(
  file: string,
  baseStorage: string,
  exported: PageDocument,
  edited: PageDocument,
  render: RenderOptions,
  meta: Parameters<typeof convert>[1]['meta'],
  read: ReadDocument,
): { storage: string; notes: string[] } {
  refuseOtherChanges(exported, edited, file, ['decisions']);
  const converters = hubBlockConverters(render);
  const markdown = splitFrontMatter(convert(baseStorage, { ...render, from: 'storage', to: 'md', meta }).output).body;
  const built = new Map<string, string>();
  const storageOf = (md: string) => {
    let storage = built.get(md);
    if (storage === undefined) built.set(md, (storage = rebuildStorageFromMarkdown(baseStorage, md, converters).storage));
    return storage;
  };
  const result = meetingEditsThroughMarkdown({
    markdown,
    before: exported.meeting!,
    after: edited.meeting!,
    file,
    readMeeting: (md) => {
      try {
        return read(storageOf(md)).meeting;
      } catch {
        return null;
      }
    },
  });
  return { storage: storageOf(result.markdown), notes: result.notes };
}

/**
 * The page body itself (`hub`) was edited: it goes the Markdown way (hub to Markdown, then the
 * lossless block mapping), so untouched blocks keep their bytes. The records derived from the body
 * (tables, meeting) must then be left as exported: two versions of one change cannot both win.
 */
function hubEdit(file: string, text: string, edited: PageDocument, exported: PageDocument, page: ManifestPage, baseStorage: string, render: RenderOptions): LocalEdit {
  if (JSON.stringify([edited.tables, edited.meeting]) !== JSON.stringify([exported.tables, exported.meeting])) {
    throw new WikiportError(
      `${file}: both "hub" (the page body) and the records read from it (tables, meeting) were edited; make the change in one of them (nothing was sent)`,
    );
  }
  const markdown = convert(text, { ...render, from: 'json', to: 'md' }).output;
  const edit = markdownEdit(file, markdown, page, baseStorage, hubBlockConverters(render));
  return { ...edit, title: edited.title ?? page.title, labels: edited.labels, notes: [...edit.notes, 'page body taken from "hub"'] };
}

/**
 * The exported storage with exactly the JSON edits applied: table rows, attendees (through the
 * tables they come from) and action items (through their task list), by patching the original
 * bytes in place. The result is read back and must say what the edited JSON says, or the push is
 * refused naming the field, so a heuristic can never write something other than what was asked.
 */
export function applyJsonEdits(
  baseStorage: string,
  exported: PageDocument,
  edited: PageDocument,
  file: string,
  read: ReadDocument,
): { storage: string; notes: string[] } {
  refuseOtherChanges(exported, edited, file);
  const notes: string[] = [];
  let wantedTables: TableRecord[] = edited.tables;
  if (exported.tables.length !== edited.tables.length) {
    throw new WikiportError(`${file}: tables: the export has ${exported.tables.length} tables and the file ${edited.tables.length}; adding or removing whole tables is not pushed from JSON (nothing was sent)`);
  }
  edited.tables.forEach((table, t) => {
    const before = exported.tables[t]!;
    if (JSON.stringify(table.columns) !== JSON.stringify(before.columns) || table.orientation !== before.orientation) {
      throw new WikiportError(`${file}: tables[${t}].columns: columns cannot be renamed, added or removed from JSON; edit the Markdown file instead (nothing was sent)`);
    }
  });
  const meetingBefore = exported.meeting;
  const meetingAfter = edited.meeting;
  if ((meetingBefore === null) !== (meetingAfter === null)) {
    throw new WikiportError(`${file}: meeting: it cannot be added or removed from JSON (nothing was sent)`);
  }
  if (meetingBefore && meetingAfter && JSON.stringify(meetingBefore.attendees) !== JSON.stringify(meetingAfter.attendees)) {
    wantedTables = tablesWithAttendeeEdits(wantedTables, meetingBefore.attendees, meetingAfter.attendees, file);
    notes.push('attendees written into their table');
  }

  const patches: StoragePatch[] = [];
  const located = locateTables(baseStorage, exported.tables, read);
  wantedTables.forEach((table, t) => {
    const before = exported.tables[t]!;
    if (JSON.stringify(table.rows) === JSON.stringify(before.rows)) return;
    if (before.orientation !== 'rows') {
      throw new WikiportError(`${file}: tables[${t}]: a key/value table (one record per column) cannot be edited from JSON; edit the Markdown file instead (nothing was sent)`);
    }
    const where = located[t];
    if (!where) throw new WikiportError(`${file}: tables[${t}] could not be found in the exported page; edit the Markdown file instead (nothing was sent)`);
    for (const patch of tableRowPatches(baseStorage, where, before.columns, before.rows, table.rows, `${file}: tables[${t}]`)) patches.push(patch);
    notes.push(`table ${t + 1}${before.heading ? ` ("${before.heading}")` : ''}: rows updated`);
  });
  if (meetingBefore && meetingAfter && JSON.stringify(meetingBefore.actionItems) !== JSON.stringify(meetingAfter.actionItems)) {
    for (const patch of actionItemPatches(baseStorage, meetingBefore.actionItems, meetingAfter.actionItems, file)) patches.push(patch);
    notes.push('action items written into their task list');
  }
  const storage = applyPatches(baseStorage, patches);
  if (storage !== baseStorage) verify(read(storage), wantedTables, exported, edited, file);
  return { storage, notes };
}

/** Exported table index -> the storage table it was read from (matched by content, in order). */
function locateTables(storage: string, tables: readonly TableRecord[], read: ReadDocument): ReturnType<typeof storageTables> {
  const candidates = storageTables(storage);
  const located: ReturnType<typeof storageTables> = [];
  let from = 0;
  tables.forEach((table, t) => {
    for (let s = from; s < candidates.length; s++) {
      const alone = read(storage.slice(candidates[s]!.start, candidates[s]!.end)).tables[0];
      if (alone && JSON.stringify([alone.columns, alone.rows]) === JSON.stringify([table.columns, table.rows])) {
        located[t] = candidates[s]!;
        from = s + 1;
        return;
      }
    }
  });
  return located;
}

function refuseOtherChanges(exported: PageDocument, edited: PageDocument, file: string, writable: readonly string[] = []): void {
  const fields: Array<[string, unknown, unknown]> = [
    ['outline', exported.outline, edited.outline],
    ['links', exported.links, edited.links],
    ['mentions', exported.mentions, edited.mentions],
    ['attachments', exported.attachments, edited.attachments],
    ['hub', exported.hub, edited.hub],
    ['space', exported.space, edited.space],
    ['parentId', exported.parentId, edited.parentId],
  ];
  if (exported.meeting && edited.meeting) {
    for (const field of ['title', 'date', 'agenda', 'decisions', 'topics', 'links'] as const) {
      if (!writable.includes(field)) fields.push([`meeting.${field}`, exported.meeting[field], edited.meeting[field]]);
    }
  }
  const changed = fields.filter(([, a, b]) => JSON.stringify(a) !== JSON.stringify(b)).map(([name]) => name);
  if (changed.length > 0) {
    throw new WikiportError(
      `${file}: ${changed.join(', ')} changed; push writes only ${WRITABLE} from JSON. Make the other changes in the Markdown file (nothing was sent)`,
    );
  }
}

function verify(after: PageDocument, wantedTables: readonly TableRecord[], exported: PageDocument, edited: PageDocument, file: string): void {
  const problems: string[] = [];
  wantedTables.forEach((table, t) => {
    if (JSON.stringify(after.tables[t]?.rows) !== JSON.stringify(table.rows)) problems.push(`tables[${t}].rows`);
  });
  // Attendees and action items are checked when they were edited (a table edit may change them too).
  if (edited.meeting && exported.meeting) {
    const names = (list: readonly { name: string | null }[] | undefined) => JSON.stringify((list ?? []).map((a) => a.name).sort());
    if (names(edited.meeting.attendees) !== names(exported.meeting.attendees) && names(after.meeting?.attendees) !== names(edited.meeting.attendees)) {
      problems.push('meeting.attendees');
    }
    const items = (list: readonly { text: string; done: boolean }[] | undefined) => JSON.stringify((list ?? []).map((a) => [a.text, a.done]));
    if (items(edited.meeting.actionItems) !== items(exported.meeting.actionItems) && items(after.meeting?.actionItems) !== items(edited.meeting.actionItems)) {
      problems.push('meeting.actionItems');
    }
  }
  if (problems.length > 0) {
    throw new WikiportError(
      `${file}: ${problems.join(', ')}: the edit could not be written into the page so that it reads back the same; make it in the Markdown file instead (nothing was sent)`,
    );
  }
}
