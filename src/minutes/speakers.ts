import type { Attendee, Note } from '../model/meeting.js';
import { withoutTitles } from './person-cell.js';
import { lazyRegExp } from './lazy-pattern.js';
import { markedTail } from './lines.js';
import { PARTICLES_BEFORE_NAME } from './attendance/name-particles.js';

/**
 * "Name: text" or "Name - text" ("Name said: text" too: a colon quotes the words): a name of one to three capitalized words (or of one or two words of a
 * script without capitals: "鈴木：…", "佐々木：…" with its repetition mark, full-width colon and all), then what they said.
 */
const SPEAKER_PREFIX = lazyRegExp(() => new RegExp(String.raw`^@?([\p{Lu}][\p{L}\p{M}'’.-]*(?: ${PARTICLES_BEFORE_NAME}[\p{Lu}][\p{L}\p{M}'’.-]*){0,2}|\p{Lo}[\p{Lo}\p{Lm}]{0,5}(?: \p{Lo}[\p{Lo}\p{Lm}]{0,5})?)(?:\s*\(([^()]{1,60})\))?(?:\s+(?:said|says|asked|asks|added|adds|noted|notes|replied|answered|commented|explained|responded|sagte|fragte|ergänzte|a dit|a demandé|a ajouté|dijo|preguntó|añadió|zei|vroeg|disse|perguntou|ha detto|ha chiesto)(?=\s*[:：]))?\s*(?:[:：]|\s[-–—])\s*(.*)$`, 'su'));

/**
 * What a chat or IRC line says to the channel's tools rather than to the meeting: queue and roll commands
 * ("q+", "present+", "ack ana"), the scribe's set-up ("scribe: elsa", "topic: …"), a bare vote ("+1"),
 * corrections ("s/old/new/") and bot commands ("zakim, …").
 */
const CHAT_COMMAND = lazyRegExp(() => /^(?:(?:q|queue|present|regrets?)\s*[+\-?](?!\p{L})|ack\b|(?:scribe|scribenick|chair|chairs|agenda|topic|subtopic|meeting|date|present|regrets|previous meeting|next meeting)\s*:|[+-][01](?!\d)|[sSi]\/|(?:zakim|rrsagent|trackbot|agendabot|github-bot|meetbot)\b|#(?:topic|action|agreed|info|link|startmeeting|endmeeting)\b)/iu);

/** An IRC nick or chat handle, in lower case as people type it ("elsa", "ian_j", "m.roe"). */
const NICK = '[\\p{Ll}][\\p{L}\\p{N}_.\\-]{1,30}';
/** "<chen> I can live with dates": a line as an IRC log shows it. */
const CHAT_LINE = lazyRegExp(() => new RegExp(`^<@?([\\p{L}][\\p{L}\\p{N}_.\\-]{0,30})>\\s*(.*)$`, 'su'));
/** "ana: we need a decision": a scribe's line under a nick in lower case. */
const NICK_PREFIX = lazyRegExp(() => new RegExp(`^(${NICK})\\s*:\\s+(\\S.*)$`, 'su'));

/**
 * A line of chat minutes: "<nick> text" (null when it is a command, not speech) or "nick: text" in
 * lower case when the nick names an attendee; `undefined` when the line is neither.
 */
function chatNote(text: string, resolve: (written: string) => string | null): Note | null | undefined {
  const logged = CHAT_LINE.exec(text);
  const written = logged ?? NICK_PREFIX.exec(text);
  if (written === null) return undefined;
  const said = written[2]!.replace(/\s*\n\s*/g, ' ').trim();
  const speaker = resolve(written[1]!);
  if (speaker === null) return logged !== null ? null : undefined;
  // "<ana> scribe: elsa", "<boris> q+": the channel's tools, not the meeting, are spoken to.
  if (said === '' || CHAT_COMMAND.test(said)) return null;
  return { speaker, text: said };
}

/** "Q: Are we still hiring? (Yara)", "A: Two roles are open. (Ulrich)": a question or an answer, its speaker named after it. */
const QUESTION_OR_ANSWER = /^(?:q|a|question|answer|frage|antwort|réponse|pregunta|respuesta|vraag|antwoord|domanda|risposta|pergunta|resposta)\s*[:.]\s*(\S.*?)\s*\(([^()]{2,40})\)\s*[.!?]?$/isu;

function questionOrAnswer(text: string, resolve: (written: string) => string | null): Note | null | undefined {
  const m = QUESTION_OR_ANSWER.exec(text);
  if (m === null) return undefined;
  const speaker = resolve(m[2]!);
  return speaker === null ? undefined : { speaker, text: m[1]!.replace(/\s*\n\s*/g, ' ').trim() };
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[._]+/g, ' ').replace(/[^\p{L}\p{N}' -]+/gu, '').replace(/\s+/g, ' ').trim();
}

/**
 * Resolves a name as written ("Leonardo", "Jon Masters", "Dr. Roe", "jane.roe",
 * "h.nishimura", "Kai Wen") to one attendee's full name, or null when none or several fit.
 */
export function speakerResolver(attendees: Attendee[]): (written: string) => string | null {
  const names = [...new Set(attendees.map((a) => a.name).filter((n): n is string => n !== null))];
  const folded = names.map((n) => ({ name: n, words: fold(n).split(' ') }));
  const one = (found: string[]): string | null => (found.length === 1 ? found[0]! : null);
  return (written) => {
    const w = fold(withoutTitles(written.replace(/^@/, '')).replace(/^(?:dr|prof|mr|mrs|ms)\.?\s+/i, ''));
    if (w === '') return null;
    const parts = w.split(' ');
    const full = folded.filter((n) => n.words.join(' ') === w).map((n) => n.name);
    if (full.length > 0) return one(full);
    // "AB" for Ana Beltran: initials in capitals.
    if (/^[A-Z]{2,4}$/.test(written.trim())) {
      const byInitials = one(folded.filter((n) => n.words.map((x) => x[0]).join('') === w).map((n) => n.name));
      if (byInitials !== null) return byInitials;
    }
    if (parts.length === 1) {
      return one(folded.filter((n) => n.words[0] === w).map((n) => n.name)) ?? one(folded.filter((n) => n.words.length > 1 && n.words[n.words.length - 1] === w).map((n) => n.name));
    }
    // "Le Roux" of "Anne Le Roux", "van Dijk" of "Piet van Dijk": a surname of several words, the last words of one name.
    const tail = one(folded.filter((n) => n.words.length > parts.length && parts.every((p, i) => n.words[n.words.length - parts.length + i] === p)).map((n) => n.name));
    if (tail !== null) return tail;
    // "Mei Lin" of "Mei Lin Tan"; "j roe" of "Jane Roe".
    const prefix = one(folded.filter((n) => parts.every((p, i) => n.words[i] === p)).map((n) => n.name));
    if (prefix !== null) return prefix;
    // "Ana R." for Ana Roe: the first name, then the initial of the last.
    const initial = parts[parts.length - 1]!;
    if (initial.length === 1) {
      const byInitial = one(folded.filter((n) => n.words.length > parts.length - 1 && parts.slice(0, -1).every((p, i) => n.words[i] === p) && n.words[n.words.length - 1]!.startsWith(initial)).map((n) => n.name));
      if (byInitial !== null) return byInitial;
    }
    const last = parts[parts.length - 1]!;
    return one(
      folded
        .filter((n) => n.words[n.words.length - 1] === last && parts.slice(0, -1).every((p, i) => n.words[i] !== undefined && n.words[i]!.startsWith(p)))
        .map((n) => n.name),
    );
  };
}

/** An emoji opening a line (":speech_balloon:", "💬", "🗣️"): a chat canvas's decoration before who speaks. */
const LEADING_EMOJI = lazyRegExp(() => /^(?::[a-z0-9_+-]{2,30}:|\p{Extended_Pictographic}\uFE0F?)\s*/u);

/** "* Ana: …", "• Ana: …", "- Ana: …": a bullet typed as text (a migration escapes a list's marks) is no part of who speaks. */
const TEXT_BULLET = /^[*•·▪◦-][ \t]+(?=@?\p{L})/u;
/** "Leonardo: we will…" as a note of the attendee it names; null when the prefix names nobody known. */
export function speakerNote(written: string, resolve: (written: string) => string | null): Note | null {
  const text = written.trim().replace(LEADING_EMOJI, '').replace(TEXT_BULLET, '');
  const chat = chatNote(text.trim(), resolve) ?? questionOrAnswer(text.trim(), resolve);
  if (chat !== undefined) return chat;
  const m = SPEAKER_PREFIX.exec(text.trim());
  if (m === null) return null;
  // "Name (Org): …" names the speaker before the bracket; "Chair (Name): …" in it.
  // "@Zora Kim: …": a mention (or a name written as one) says who speaks, on the attendee list or not.
  const mentioned = text.trim().startsWith('@') && m[1]!.includes(' ') ? m[1]!.trim() : null;
  const speaker = resolve(m[1]!) ?? (m[2] !== undefined ? resolve(m[2]) : null) ?? mentioned;
  if (speaker === null) return null;
  return { speaker, text: m[3]!.replace(/\s*\n\s*/g, ' ').trim() };
}

/** "Budget review – Ana: we are on track": a topic title, a dash, then a speaker's note; null otherwise. */
export function noteAfterTitle(text: string, resolve: (written: string) => string | null): { title: string; note: Note } | null {
  const m = /^(.{2,80}?)\s+[–—-]\s+(.+)$/su.exec(text.trim());
  if (m === null) return null;
  const note = speakerNote(m[2]!, resolve);
  return note === null ? null : { title: m[1]!.trim(), note };
}

/** A speaker's note at the start of the text, or after a topic title and a dash. */
export function speakerNoteIn(text: string, resolve: (written: string) => string | null): Note | null {
  return speakerNote(text, resolve) ?? noteAfterTitle(text, resolve)?.note ?? null;
}

/**
 * The lines of a text whose soft line breaks (a Markdown paragraph of "Name: …" lines, one a line)
 * part speakers: a line that starts a speaker's note starts a line, any other continues the one before.
 */
export function speakerLines(text: string, resolve: (written: string) => string | null): string[] {
  const lines: string[] = [];
  for (const piece of text.split('\n')) {
    const line = piece.trim();
    if (line === '') continue;
    if (lines.length === 0 || speakerNote(line, resolve) !== null) lines.push(line);
    else lines[lines.length - 1] += ` ${line}`;
  }
  return lines;
}

/**
 * A speaker's note in a table cell's line: at its start, or after a sentence that reports something
 * first ("Two quotes came in. Ana: the old kiln cracks."). A cell holds the discussion of its row in
 * few lines, so who speaks often follows a remark in the same line; only a name of the attendee list
 * makes speech of it.
 */
export function speakerNoteInCell(text: string, resolve: (written: string) => string | null): Note | null {
  const note = speakerNote(text, resolve);
  if (note !== null) return note;
  const tail = markedTail(text, (rest) => speakerNote(rest, resolve) !== null);
  return tail === null ? null : speakerNote(tail, resolve);
}
