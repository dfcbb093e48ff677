import type { Attendee } from '../model/meeting.js';
import type { NormalizedTable } from '../hub/table-normalize.js';
import { cellNodes } from './cell-nodes.js';
import { isJobTitle, parsePersonNodes, type PersonEntry } from './person-cell.js';
import { looksLikeOrganization } from './organizations.js';
import { toAttendee } from './attendees-from-table.js';
import { classifyHeading, type SectionKind } from './sections.js';
import { lazyRegExp } from './lazy-pattern.js';

/**
 * Roll calls written in forms other than a list under a label: sentences ("Present were A, B and
 * C; D sent apologies.") and tables whose label rows part the people ("Present:", then one person
 * a row, then "In attendance:", then "Apologies:").
 */

const PEOPLE_KINDS: readonly SectionKind[] = ['attendance', 'absent', 'guests'];

export interface PeopleClause {
  kind: SectionKind;
  label: string;
  people: string;
}

/** "Present were …", "Also in attendance was …", "Members present included …": a label of people, a verb, the people. */
const LABEL_FIRST = lazyRegExp(() => /^\s*((?:[\p{L}'’-]+\s+){0,3}?(?:present|absent|attending|in attendance|excused|apologies|regrets))\s+(?:were|was|included|:)\s+(.+?)\s*$/iu);
/** "A and B sent apologies", "A gave regrets". */
const SENT_APOLOGIES = /^\s*(.+?)\s+(?:sent|gave|offered|tendered|sends|send|have sent|has sent)\s+(?:(?:their|his|her)\s+)?(apologies|regrets)\s*$/iu;
/** "A and B were absent", "C was also present". */
const PEOPLE_FIRST = /^\s*(.+?)\s+(?:were|was)\s+((?:also\s+)?(?:present|absent|in attendance|excused))\s*$/iu;

/**
 * The verb first, then the word of presence, then the people, as Romance and Germanic languages
 * write a roll call: "Estiveram presentes A, B e C", "Estuvieron presentes …", "Étaient présents : …",
 * "Waren aanwezig: …", "Erano presenti …"; and the word first: "Anwesend waren …", "Presentes estavam …".
 */
const VERB_FIRST = /^\s*(?:estiveram|estavam|estuvieron|estaban|étaient|furent|waren|erano|furono|were)\s+((?:(?:também|aussi|ebenfalls|ook|anche|also|igualmente)\s+)?\p{L}+)\s*:?\s+(.+?)\s*$/iu;
const WORD_THEN_VERB = /^\s*(\p{L}+)\s+(?:waren|estavam|estaban|étaient|erano)\s*:?\s+(.+?)\s*$/iu;
/** "Justificou a ausência Eva Holm", "Eva Holm justificou a sua ausência", "Justificaron su ausencia …": apologies in Portuguese and Spanish. */
const JUSTIFIED_ABSENCE = /^\s*(?:justific(?:ou|aram|ó|aron)\s+(?:a\s+|su\s+)?(?:sua\s+)?(?:ausência|ausencia)\s*:?\s+(.+?)|(.+?)\s+justific(?:ou|aram|ó|aron)\s+(?:a\s+|su\s+)?(?:sua\s+)?(?:ausência|ausencia))\s*$/iu;

/** "present+ Ana_Roe", "<bo> present+", "regrets+ cy": the roll-call commands of a chat meeting's bot. */
const CHAT_ROLL = /^\s*(?:<([^<>\s]+)>\s*)?(present|regrets?)\+\s*(.*)$/iu;

/**
 * The people a sentence of a narrative roll call names, clause by clause (a semicolon or a full
 * stop ends a clause): each with the kind of its label. Empty for any other text.
 */
export function narrativeRollCall(text: string): PeopleClause[] {
  // One space for a run of them: the patterns below try "\s+" at each word, which a long run of spaces would make quadratic.
  const clauses = text.replace(/[^\S\n]+/g, ' ').split(/\s*;\s*|(?<=[\p{Ll})])\.\s+(?=\p{Lu})|\.\s*$/u).filter((c) => c.trim() !== '');
  const found: PeopleClause[] = [];
  for (const clause of clauses) {
    // "present+ Ana_Roe, bo" or "<bo> present+" (a chat meeting's roll call; "regrets+" for those away).
    const chat = CHAT_ROLL.exec(clause);
    if (chat !== null) {
      const people = chat[3]!.trim() !== '' ? chat[3]! : (chat[1] ?? '');
      const absent = /^regrets?$/i.test(chat[2]!);
      if (people !== '') found.push({ kind: absent ? 'absent' : 'attendance', label: absent ? 'Regrets' : 'Present', people });
      continue;
    }
    const verbFirst = VERB_FIRST.exec(clause) ?? WORD_THEN_VERB.exec(clause);
    if (verbFirst !== null) {
      const label = verbFirst[1]!.trim();
      const kind = classifyHeading(label);
      if (PEOPLE_KINDS.includes(kind)) {
        found.push({ kind, label: label.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), people: verbFirst[2]! });
        continue;
      }
    }
    const justified = JUSTIFIED_ABSENCE.exec(clause);
    if (justified !== null) {
      found.push({ kind: 'absent', label: 'Ausência', people: (justified[1] ?? justified[2])! });
      continue;
    }
    const first = LABEL_FIRST.exec(clause);
    if (first !== null) {
      const kind = classifyHeading(first[1]!);
      if (PEOPLE_KINDS.includes(kind)) found.push({ kind, label: first[1]!.trim(), people: first[2]! });
      continue;
    }
    const sent = SENT_APOLOGIES.exec(clause);
    if (sent !== null) {
      found.push({ kind: 'absent', label: sent[2]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), people: sent[1]! });
      continue;
    }
    const after = PEOPLE_FIRST.exec(clause);
    if (after !== null) {
      const kind = classifyHeading(after[2]!);
      if (PEOPLE_KINDS.includes(kind)) found.push({ kind, label: after[2]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), people: after[1]! });
    }
  }
  return found;
}

type Cell = NormalizedTable['rows'][number][number];

/** The label of people a row starts with ("Present:", "In attendance", "Apologies"), or null. */
function peopleLabel(text: string): { kind: SectionKind; label: string } | null {
  const label = text.replace(/\s*:\s*$/, '').trim();
  if (label === '' || label.length > 40) return null;
  const kind = classifyHeading(label);
  return PEOPLE_KINDS.includes(kind) ? { kind, label } : null;
}

/** A cell that holds a job or office ("Medical Director (MD)", "Head of Patient Safety"): neither the person nor where the person comes from. */
function holdsJob(cell: Cell): boolean {
  const text = cell.text.replace(/\s*\([^()]*\)/g, '').trim();
  return text !== '' && isJobTitle(text);
}

/** The person of a row: the first cell that names someone (not a job), with an organization from another cell. */
function rowPerson(cells: Cell[], context: { knownOrganizations: ReadonlySet<string>; firstNames?: ReadonlySet<string> }): PersonEntry[] {
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i]!;
    if (holdsJob(cell)) continue;
    const people = parsePersonNodes(cellNodes(cell), context).filter((p) => p.name !== null);
    if (people.length === 0) continue;
    const organization = cells.find((other, j) => j !== i && !holdsJob(other) && looksLikeOrganization(other.text.trim(), context.knownOrganizations))?.text.trim() ?? null;
    return people.map((p) => ({ ...p, organization: p.organization ?? organization }));
  }
  return [];
}

/**
 * A table whose rows are parted by labels of people: a row that is only "Present:" (or
 * "Apologies", "In attendance"; its other cells empty), or a label in the first cell with the
 * first person beside it and the next people in rows whose first cell is empty. The people under
 * each label take its kind; a cell of jobs is neither name nor organization. Null when the table
 * is not such (a row of data comes before any label, or every row is "Label | people", which
 * attendeesFromLabelledRows reads).
 */
export function attendeesFromSectionedRows(
  table: NormalizedTable,
  defaultsOf: (kind: SectionKind, label: string) => { role: Attendee['role']; present: boolean | null },
  context: { knownOrganizations: ReadonlySet<string>; firstNames?: ReadonlySet<string> },
): Attendee[] | null {
  if (table.headerColumn && table.header === null) return null;
  // A header row counts only as a label alone ("Present:" over the rows); "Present | Name | Affiliation" labels columns.
  const header = table.headerCells;
  const labelOnlyHeader = header !== null && peopleLabel(header[0]?.text ?? '') !== null && header.slice(1).every((cell) => cell.spanCopy || cell.text.trim() === '' || cell.text === header[0]!.text);
  const rows = [...(labelOnlyHeader ? [header] : []), ...table.rows];
  let current = table.caption !== null ? peopleLabel(table.caption) : null;
  let parted = false;
  const found: Attendee[] = [];
  for (const row of rows) {
    const first = row[0];
    if (first === undefined) continue;
    const rest = row.slice(1).filter((cell) => !cell.spanCopy && cell.text.trim() !== '' && cell.text !== first.text);
    const label = peopleLabel(first.text);
    let data: Cell[];
    if (label !== null) {
      current = label;
      if (rest.length === 0) {
        parted = true;
        continue;
      }
      data = rest;
    } else if (current === null) return null;
    else {
      if (first.text.trim() === '') parted = true;
      data = row.filter((cell) => !cell.spanCopy && cell.text.trim() !== '');
    }
    if (data.length === 0) continue;
    const defaults = defaultsOf(current.kind, current.label);
    for (const person of rowPerson(data, context)) {
      found.push(toAttendee(person, { role: defaults.role, group: current.label, organization: null, present: defaults.present, alternateFor: null }));
    }
  }
  return parted && found.length > 0 ? found : null;
}
