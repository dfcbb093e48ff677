/**
 * Action items read by meaning: what a line says of its status (`status.ts`) and whom it names as owners (`owners.ts`).
 * May import `../vocabulary.ts` only (pure, no I/O).
 */
import { wordsOf } from '../vocabulary.js';
import { lazyRegExp } from '../lazy-pattern.js';

/**
 * Whether an action is done, as its line says: a status mark before it ("[DONE]", "(done)", "✅"),
 * a status after it ("– done", "(in progress)", "Status: open", "– not done, carried over"), or a
 * scribe's "DONE" in capitals. `null` when the line says nothing of its status.
 */

/** Words that say an action is still open, in the languages of the vocabulary ("offen", "en cours"). */
const OPEN_WORDS = [
  'open', 'opened', 'reopened', 'ongoing', 'on-going', 'in progress', 'in-progress', 'pending', 'outstanding', 'not started', 'not done',
  'not completed', 'carried over', 'carried forward', 'carry over', 'continuing', 'continued', 'continues', 'blocked', 'on hold', 'todo', 'to do', 'new', 'wip',
  'offen', 'in arbeit', 'laufend', 'nicht erledigt', 'en cours', 'pas fait', 'non fait', 'à faire', 'reporté', 'reportée',
  'abierto', 'abierta', 'en curso', 'pendiente', 'en progreso', 'lopend', 'in uitvoering', 'openstaand', 'aberto', 'aberta',
  'em andamento', 'pendente', 'aperto', 'aperta', 'in corso',
];

const alternatives = (words: readonly string[]): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const DONE = alternatives(wordsOf('done'));
const OPEN = alternatives(OPEN_WORDS);
/** "not", "nicht", "pas", "no": a word that turns a done word round ("not done", "nicht erledigt"). */
const NEGATION = /(?:^|\s)(?:not|nicht|noch\s+nicht|pas|non|no|niet|não|nao|yet\s+to\s+be)\s*$/i;

/** The status word ends the text or a part of it ("ongoing, carried over", "done (12 May)", "erledigt am 3.4."). */
const WORD_END = '(?![\\p{L}])(?=\\s*$|\\s*[,;/(:]|\\s+\\d|\\s+(?:on|am|le|el|since|seit|and|und|et|y)\\b)';
const OPEN_START = lazyRegExp(() => new RegExp(`^(?:${OPEN})${WORD_END}`, 'iu'));
const DONE_START = lazyRegExp(() => new RegExp(`^(?:${DONE})${WORD_END}`, 'iu'));

/** A status word on its own: the whole of what stands after the action (its first word decides: "ongoing, carried over"). */
function statusWord(text: string): boolean | null {
  const t = text.trim().replace(/^status\s*:?\s*/i, '').replace(/[.!]+$/, '').trim();
  if (t === '') return null;
  const open = OPEN_START.exec(t);
  const done = DONE_START.exec(t);
  // The longer word wins: "not done" is open, "done" is done.
  if (open !== null && (done === null || open[0].length >= done[0].length)) return false;
  if (done !== null) return true;
  return null;
}

/** Marks that open the line: "[DONE]", "(done)", "✅" (or a chat's ":white_check_mark:"), "☑", "☒", "[x]"; "[ ]", "☐", "[OPEN]", "[NEW]" keep it open. */
const LEADING_MARK = lazyRegExp(() => new RegExp(`^\\s*(?:\\[\\s*(${DONE}|${OPEN}|x|\\s?)\\s*\\]|\\(\\s*(${DONE}|${OPEN})\\s*\\)|([✅✔☑☒✓]|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):)\\uFE0F?|[☐⬜🔲□]\\uFE0F?)\\s*`, 'iu'));

/** The line without the status mark that opens it ("[DONE] Ana to …" → "Ana to …"). */
export function withoutLeadingStatus(text: string): string {
  return text.replace(LEADING_MARK, '');
}

/** A "Status: …" label anywhere in the line ("… — Status: open"). */
const STATUS_LABEL = /(?:^|[\s(;,.–—|-])(?:status|state|stand|statut|état|estado|stato)\s*:\s*([^;,.)|–—]+)/iu;
/** What follows the last dash or comma of the line, or its last bracket. */
const TAIL = /(?:\s[–—-]\s*|,\s*|\s\(\s*)([^–—(),]{2,40}?)\)?\s*\.?\s*$/u;

const BRACKETED_DONE = lazyRegExp(() => new RegExp(`[([](?:${DONE})[)\\]]`, 'iu'));

export function actionStatus(line: string): boolean | null {
  const text = line.replace(/\s+/g, ' ').trim();
  const lead = LEADING_MARK.exec(text);
  if (lead !== null && lead[0].trim() !== '') {
    if (lead[3] !== undefined) return true;
    if (lead[1] === undefined && lead[2] === undefined) return false;
    const word = (lead[1] ?? lead[2] ?? '').trim();
    return word === '' ? false : /^x$/i.test(word) ? true : statusWord(word);
  }
  const labelled = STATUS_LABEL.exec(text);
  if (labelled !== null) {
    const said = statusWord(labelled[1]!);
    if (said !== null) return said;
  }
  // "– done", "-- done", "(in progress)", "– not done, carried over": the first part after the action says it.
  // A double hyphen ("-- done") is a dash typed on a keyboard without one.
  const afterDash = /\s(?:--|[–—-])\s+([^–—]{2,60})$/u.exec(text);
  if (afterDash !== null) {
    const said = statusWord(afterDash[1]!);
    if (said !== null) return said;
  }
  const tail = TAIL.exec(text);
  if (tail !== null) {
    const before = text.slice(0, tail.index);
    const said = statusWord(tail[1]!);
    if (said !== null) return said && NEGATION.test(before) ? false : said;
  }
  // A scribe's "DONE" in capitals anywhere, a done word in brackets ("[erledigt]"), or a tick after the action.
  // A chat's tick written as its shortcode (":white_check_mark: done", Slack and GitHub) is the tick.
  if (/(?<![\p{L}])DONE(?![\p{L}])|[✅☑✔✓]|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):/u.test(text) || BRACKETED_DONE.test(text)) return true;
  return null;
}
