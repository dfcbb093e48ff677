/** Presence marks as people write them in attendance tables and lists. */
import { wordsOf } from './vocabulary.js';

const PRESENT_MARKS = ['✓', '✔', '✔️', '☑', '☑️', '✅', '(/)', 'x', 'X', 'yes', 'y', 'present', 'attended', 'attending', 'here', '+', 'in the room', 'in person', 'in-person', 'on site', 'onsite', 'remote', 'remotely', 'online', 'virtual', 'dial-in', 'phone', 'video', 'via phone', 'by phone', 'via video', 'by video', 'video call', 'via zoom', 'via teams', 'teleconference', 'late', 'joined late', 'partial', 'partially', 'attended part', 'attended partially', 'part', 'part of the meeting', 'left early', ':white_check_mark:', ':heavy_check_mark:', ':check_mark:', 'tick'];
/** Reasons for being away: the person was not at the meeting, whatever column says so. */
const AWAY_MARKS = ['absent', 'apologies', 'regrets', 'excused', 'not present', 'did not attend', 'on leave', 'sick', 'ill', 'holiday', 'vacation', 'ooo', 'out of office', 'out sick', 'off sick', 'sick leave', 'pto', 'away', 'off today', 'not in', 'declined', 'no show', 'no-show', 'did not join', "didn't join", "didn't attend", 'not joined', 'could not attend', "couldn't attend", 'unable to attend', 'sent apologies', 'sent regrets', 'apologised', 'apologized', 'on pto', 'on holiday', 'on vacation', 'on annual leave', 'annual leave', 'on parental leave', 'parental leave', 'on sick leave', 'excused absence', 'absent with notice', 'absent without notice', 'absent with apologies', 'excused absence', 'unexcused', 'unexcused absence', 'not excused', 'regrets sent', 'apologies sent', "couldn't make it", 'could not make it', "can't make it", 'cannot make it', 'not attending', 'unavailable', 'not available'];
const ABSENT_MARKS = ['✗', '✘', '❌', '✖', '✖️', '❎', '⛔', '🚫', '🔴', '(x)', '(!)', 'no', 'n', '-', '–', '—', ':x:', ':cross_mark:', 'cross', ...AWAY_MARKS];

const PRESENT_EMOTICONS = new Set(['tick', 'check', 'check_mark', 'white_check_mark', 'heavy_check_mark', 'yes', 'thumbs-up']);
const ABSENT_EMOTICONS = new Set(['cross', 'error', 'cross_mark', 'x', 'no', 'thumbs-down', 'minus']);

function normalize(text: string): string {
  return text.trim().replace(/\uFE0F/g, '').toLowerCase();
}

const present = new Set([...PRESENT_MARKS, ...wordsOf('presentMark')].map(normalize));
const away = new Set([...AWAY_MARKS, ...wordsOf('away')].map(normalize));

/** A cell or remark that gives a reason for being away ("Off sick", "OOO", "on leave"), in or out of brackets. */
export function isAwayText(text: string): boolean {
  return away.has(normalize(text.replace(/^\s*[([]\s*|\s*[)\]]\s*$/g, '')));
}
const absent = new Set([...ABSENT_MARKS, ...wordsOf('absentMark')].map(normalize));

/** The longest mark; a longer text (a name, a sentence) is none, unless brackets or variation selectors make it longer. */
const LONGEST_MARK = Math.max(...[...present, ...absent].map((mark) => mark.length));

/** A whole cell or word read as a presence mark: true, false, or null when it is none. */
export function presenceFromText(text: string): boolean | null {
  const trimmed = text.trim();
  const bracketed = trimmed.startsWith('(') || trimmed.startsWith('[');
  if (trimmed.length > LONGEST_MARK && !bracketed && !trimmed.includes('\uFE0F')) return null;
  const key = normalize(trimmed);
  if (present.has(key)) return true;
  if (absent.has(key)) return false;
  // "(yes)", "[ absent ]": the mark inside brackets (a text without them reads the same both ways).
  if (!bracketed) return null;
  const inner = normalize(trimmed.replace(/^[([]\s*(.*?)\s*[)\]]$/u, '$1'));
  if (present.has(inner)) return true;
  if (absent.has(inner)) return false;
  return null;
}

/** "✅ / ❌", "Yes/No", "Y | N": both marks offered, a template's choice still to make, which says nothing of anyone. */
export function isChoiceOfMarks(text: string): boolean {
  const m = /^\s*([^\s/|]{1,12})\s*(?:\/|\||\bor\b)\s*([^\s/|]{1,12})\s*$/iu.exec(text);
  if (m === null) return false;
  const first = presenceFromText(m[1]!);
  const second = presenceFromText(m[2]!);
  return first !== null && second !== null && first !== second;
}

/** A mark followed by a remark ("yes (joined 16:20)", "X - remote"): the mark; null when the text does not start with one. */
export function presenceFromMarkedText(text: string): boolean | null {
  const whole = presenceFromText(text);
  if (whole !== null) return whole;
  if (isChoiceOfMarks(text)) return null;
  const m = /^\s*([^\s(,;:–—-]+)\s*(?:[(,;:–—-]|$)/u.exec(text);
  if (m !== null && m[1]!.length < text.trim().length) return presenceFromText(m[1]!);
  // "Present for item 5 only", "Absent today": a mark word of three letters or more, then words about it.
  const word = /^\s*(\p{L}{3,})\s+\S/u.exec(text);
  return word !== null ? presenceFromText(word[1]!) : null;
}

/** A Confluence emoticon name (`data-emoticon`) read as a presence mark. */
export function presenceFromEmoticon(name: string): boolean | null {
  const n = name.toLowerCase();
  if (PRESENT_EMOTICONS.has(n)) return true;
  if (ABSENT_EMOTICONS.has(n)) return false;
  return null;
}

const TRAILING_MARK =
  /(?:\s*[-–—:,]\s*|\s+|\s*[([]\s*)(✓|✔️?|☑️?|✅|✗|✘|❌|✖️?|❎|⛔|🚫|yes|no|present|absent(?: with(?:out)? notice)?|(?:sent |with )?apologies|(?:sent )?regrets|(?:un)?excused(?: absence)?|not present|attended|remote(?:ly)?|in[- ]person|on[- ]site|online|via (?:phone|video|zoom|teams))\s*[)\]]?\s*$/iu;
const TRAILING_SYMBOL = /\s*(✓|✔️?|☑️?|✅|✗|✘|❌|✖️?|❎|⛔|🚫)\s*$/u;

/**
 * Splits a presence mark appended to a name ("Ada Lovelace ✓", "Ada Lovelace (absent)",
 * "Ada Lovelace - present"); `present` is null when there is none.
 */
export function splitTrailingPresence(text: string): { rest: string; present: boolean | null } {
  const leading = /^\s*(✓|✔️?|☑️?|✅|✗|✘|❌|✖️?|❎|⛔|🚫)\s*/u.exec(text);
  if (leading !== null && text.trim() !== leading[1]) {
    return { rest: text.slice(leading[0].length).trim(), present: presenceFromText(leading[1]!) };
  }
  // "Ben Ortiz - PTO", "Ana Roe – on leave": a reason for being away after a dash ends the line.
  const dash = /\s[-–—]\s+(?=[^-–—]+$)/u.exec(text);
  if (dash !== null && dash.index > 0 && isAwayText(text.slice(dash.index + dash[0].length))) return { rest: text.slice(0, dash.index).trim(), present: false };
  if (!mayEndWithMark(text)) return { rest: text.trim(), present: null };
  const match = TRAILING_SYMBOL.exec(text) ?? TRAILING_MARK.exec(text);
  if (match === null || match.index === 0) return { rest: text.trim(), present: null };
  return { rest: text.slice(0, match.index).trim(), present: presenceFromText(match[1]!) };
}

/** Last characters of the marks TRAILING_SYMBOL and TRAILING_MARK end with (any case; ſ folds to s). */
const MARK_ENDINGS = new Set(['e', 'E', 'n', 'N', 'm', 'M', 'y', 'Y', '✓', '✔', '\uFE0F', '☑', '✅', '✗', '✘', '❌', '✖', '❎', '⛔', '🚫'.slice(-1), 's', 'S', '\u017F', 'o', 'O', 't', 'T', 'd', 'D']);

/** The text may end with a presence mark (then a closing bracket and spaces): the end-anchored patterns are worth trying. */
function mayEndWithMark(text: string): boolean {
  let end = text.trimEnd();
  if (end.endsWith(')') || end.endsWith(']')) end = end.slice(0, -1).trimEnd();
  return MARK_ENDINGS.has(end.slice(-1));
}
