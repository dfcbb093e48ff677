import type { AnyNode, Element } from 'domhandler';
import type { ActionItem } from '../model/meeting.js';
import type { NormalizedTable } from '../hub/table-normalize.js';
import { elementsWhere, isMention, textContent } from '../hub/hub-walk.js';
import { dueDateIn, findDateInYear, type DateOrder } from './dates.js';
import { ACTION_LINE_MARKERS, JOB_NOUNS, labelPattern } from './vocabulary.js';
import { isTemplateActionText } from './action-items.js';
import { cellNodes } from './cell-nodes.js';
import { linesOf } from './lines.js';
import { leadingCaselessName } from './lexicon/punctuation.js';
import { presenceFromEmoticon, presenceFromText } from './presence.js';
import { actionStatus, withoutLeadingStatus } from './actions/status.js';
import { labelledOwner, opensWithOwnerAndTask, ownerAndTask, ownersAsWritten, severalOwners } from './actions/owners.js';
import { abbreviatedTaskFields } from './actions/task-fields.js';
import { lazyRegExp } from './lazy-pattern.js';
import { PARTICLES_BEFORE_NAME } from './attendance/name-particles.js';

const MARKER_WORDS = `(?:${ACTION_LINE_MARKERS.join('|')})(?![\\p{L}\\p{N}])`;
/**
 * "AI:", "Action:", "ACTION -", "AP –", "Action/ @Name", "Action / Name", "Action@Name", "TODO:",
 * "#action nick …" (an IRC meeting bot), "→ Name — task" (not "→ we go with …": a lower-case word after the
 * arrow is the outcome of what came before, nobody's task), "[NEW] ACTION: …" (a scribe's summary, its
 * status in brackets): a line that says it is an action item,
 * wherever it stands.
 */
const ACTION_MARKER = lazyRegExp(() => new RegExp(
  `^\\s*(?:\\[\\s*\\]\\s*|\\[(?:new|pending|continued|continues|continuing|open|done|completed|closed|dropped)\\]\\s*)?(?:#${MARKER_WORDS}\\s+|${MARKER_WORDS}\\s*(?:[:/\\\\–—-]+\\s*|\\s+(?=@)|(?=@))|[→⇒➔➜]\\s*)(.*)$`,
  'isu',
));

/** "→ we go with the cheaper quote": an arrow before a lower-case word gives the outcome of what came before, nobody's task. */
const ARROW_BEFORE_LOWER_CASE = lazyRegExp(() => /^\s*[→⇒➔➜]\s*\p{Ll}/u);

const OPEN_BOX = /^\s*\[\s?\]\s*/;
/**
 * "☐ Ana – send the letter", "☑ Ben to book the hall": a ballot box written as a character (a checklist
 * pasted from a word processor, OneNote or Google Docs) is a task's checkbox, open or ticked.
 */
export const TEXT_BOX = /^\s*[☐☑☒]\uFE0F?\s*(?=\S)/u;
/** "(jdoe, 09:41:07)": who recorded the line and when, as a meeting bot appends it; not part of the action. */
const RECORDED_BY = /\s*\([^()]*\b\d{1,2}:\d{2}(?::\d{2})?[^()]*\)\s*$/;

/** Words that start a sentence, not a name ("We to…" never, but "We will…" is prose). */
/**
 * People named by their group or office rather than by name ("Staff to …", "Chairs: …"), or a party
 * outside the meeting named by its part in the matter ("Sponsor to …", "The client will …", "Landlord:
 * …"): no person is the assignee.
 */
export const GROUP_SUBJECT = /^(?:the\s+)?(?:staff|chairs?|co-?chairs|editors?|authors|secretariat|secretary|clerk|officers|management|board|committee|council|admins?|maintainers|organi[sz]ers|everyone|everybody|all|team|wg|tsc|pmc|sponsors?|clients?|customers?|vendors?|suppliers?|contractors?|landlords?|insurers?|applicants?)$/i;

const NOT_A_NAME = /^(?:we|i|you|they|he|she|it|all|everyone|everybody|team|the|a|an|this|that|these|those|someone|somebody|nobody|tbd|tba|n\/a|none|owner|who|action|actions|ai|todo|decision|agreed|resolved|note|notes|next|please|follow|done)$/i;

export interface ActionContext {
  /** A first or full name as written to one attendee's full name. */
  resolve: (written: string) => string | null;
  /** Names the mentions of this line show ("Jane Roe", or an id when no name is known), in order. */
  mentions: string[];
  /** The meeting's year, for due dates written without one ("by Aug 5"). */
  year: number | null;
  /** How the page writes its slash dates (see pageDateOrder). */
  order?: DateOrder | null;
  /** The page lists its people (an attendee list): a name it does not list is then nobody's. */
  knowsPeople?: boolean;
}

/** "ACTION Sam Roe: book the room": the marker, the owner's name and a colon, then the task. */
const ACTION_OWNER_MARKER = lazyRegExp(() => /^\s*(?:AI|ACTION|Action|TODO|To-?do)\s+([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,2})\s*:\s*(\S.*)$/su);
/** Any label word ("Action Items:", "Action Points:"): a label, not an owner. Its pattern is built on first use, not when the converter loads. */
let anyLabel: RegExp | null = null;
const isAnyLabel = (text: string): boolean => (anyLabel ??= labelPattern(['actions', 'decisions', 'minutes', 'agenda', 'attendees', 'absent', 'guests', 'owner', 'due', 'status', 'date'])).test(text);

/**
 * "ACTION(Omar): task", "Action [Lena Roe]: task", "TODO(lena) task": the owner in brackets right after the marker,
 * or after the action's number ("AI-12-3 (Roe): task", "Action #7 (Lena): …").
 */
const BRACKETED_OWNER_MARKER = lazyRegExp(() => new RegExp(`^\\s*${MARKER_WORDS}(?:\\s*[-#]?\\s*\\p{N}[\\p{L}\\p{N}.-]*)?\\s*[(\\[]\\s*(@?[\\p{L}][\\p{L}\\p{M}\\p{N}'’._-]*(?:\\s*(?:\\s|&|/|,|\\band\\b)\\s*@?[\\p{L}][\\p{L}\\p{M}\\p{N}'’._-]*){0,4})\\s*[)\\]]\\s*[:：/–—-]?\\s*(\\S.*)$`, 'isu'));

/** The owner as written and the task of an "ACTION(Name): task" line; null for another line. */
export function bracketedOwner(line: string): { owner: string; task: string } | null {
  const m = BRACKETED_OWNER_MARKER.exec(line);
  if (m === null || isAnyLabel(m[1]!) || /^(?:items?|done|open|new|x)$/i.test(m[1]!)) return null;
  return { owner: m[1]!.trim(), task: m[2]!.trim() };
}

/** The task and owner of an "ACTION Name: task" line, written "Name: task"; null for another line. */
function ownerMarked(line: string): string | null {
  const m = ACTION_OWNER_MARKER.exec(line);
  if (m === null || isAnyLabel(m[1]!) || /^items?$/i.test(m[1]!)) return null;
  return `${m[1]!}: ${m[2]!}`;
}

export function isMarkedAction(line: string): boolean {
  // A deadline and an owner given as fields after it ("… – T: 8. 4., Z: Král"): a task.
  return abbreviatedTaskFields(line) !== null || opensWithActionMarker(line);
}

/**
 * isMarkedAction without the fields, which stand anywhere in the line: for the parts of a line the
 * whole of which was found to hold none (markedTail tries every part, and would read them all again).
 */
export function opensWithActionMarker(line: string): boolean {
  // A box before it: a task.
  if (TEXT_BOX.test(line)) return true;
  if (bracketedOwner(line) !== null || opensWithOwnerAndTask(line)) return true;
  const m = ARROW_BEFORE_LOWER_CASE.test(line) ? null : ACTION_MARKER.exec(line);
  if (m !== null && m[1]!.trim() !== '' && !/^items?\s*:?$/i.test(m[1]!.trim())) return true;
  return ownerMarked(line) !== null;
}

/** What joins a second owner to the first: "and", "&", "+", ",", "/". */
const JOINED_OWNER = /^\s*(?:and|&|\+|,|\/)\s*/iu;

/** What follows "to" when it is a preposition: an article, a pronoun, a capitalised name. */
const TO_AS_PREPOSITION = lazyRegExp(() => /^(?:(?:the|a|an|our|their|his|her|its|my|your|all|each|every|them|him|us|me|it|this|that|these|those)\b|\p{Lu})/u);

/** A capitalised group of up to four words, a person in brackets after it, then "to" / "will" / a colon or dash and the task. */
const GROUP_WITH_PERSON = /^(?:the\s+)?[\p{Lu}][\p{L}&'’-]*(?:\s+[\p{Lu}&][\p{L}&'’-]*){0,3}\s*\(\s*([^()]{2,40}?)\s*\)\s*(?:(?:to|will|should|shall)\s+(?=\p{Ll})|[:–—-]\s+)(.+)$/su;

/** The assignee written at the start of an action's text: "@Name", "Name:", "Name -", "Name to …", "Name verb…". */
function leadingAssignee(text: string, context: ActionContext): { assignee: string | null; rest: string } {
  const t = text.trim();
  for (const mention of context.mentions) {
    const shown = t.startsWith(`@${mention}`) ? `@${mention}` : t.startsWith(mention) ? mention : null;
    if (shown === null) continue;
    // "@Ana Roe and @Ben Lu plan …", "@Ana + @Ben —": mentions joined at the start of the line share the task.
    const owners = [mention];
    let rest = t.slice(shown.length);
    for (let joined = JOINED_OWNER.exec(rest); joined !== null; joined = JOINED_OWNER.exec(rest)) {
      const after = rest.slice(joined[0].length);
      const next = context.mentions.find((m) => after.startsWith(`@${m}`) || after.startsWith(m));
      if (next === undefined) break;
      owners.push(next);
      rest = after.slice(after.startsWith('@') ? next.length + 1 : next.length);
    }
    return { assignee: [...new Set(owners)].join(', '), rest: rest.replace(/^[\s:,–—-]+/, '') };
  }
  const arrowed = arrowOwner(t, context);
  if (arrowed !== null) return arrowed;
  // "Facilities (T. Roe) to book …", "Finance (Ana Roe): send …": a department or group, and in brackets the person of the meeting who does it for them.
  const forGroup = GROUP_WITH_PERSON.exec(t);
  const doer = forGroup !== null ? context.resolve(forGroup[1]!) : null;
  if (doer !== null) return { assignee: doer, rest: forGroup![2]! };
  const name = `([\\p{Lu}][\\p{L}\\p{M}'’.-]*(?:\\s+${PARTICLES_BEFORE_NAME}[\\p{Lu}][\\p{L}\\p{M}'’.-]*){0,2})`;
  // "[Ana Roe] book the hall — 3 May": the owner in brackets opens the line (a status in brackets was taken off before);
  // on a page that lists its people, only one of them ("[High Priority] fix …" is a tag).
  const bracketed = /^\[\s*(@?[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,2})\s*\]\s*[:–—-]?\s*(\S.+)$/su.exec(t);
  if (bracketed !== null && !isAnyLabel(bracketed[1]!) && !NOT_A_NAME.test(bracketed[1]!)) {
    const who = ownersAsWritten(bracketed[1]!, context.resolve);
    if (who !== null && (context.resolve(bracketed[1]!.replace(/^@/, '')) !== null || (context.knowsPeople !== true && /\s/.test(bracketed[1]!)))) return { assignee: who, rest: bracketed[2]! };
  }
  // "Alma/Bogdan to …", "Dev and Caro: …": several people of the meeting share the task.
  const shared = /^(@?[\p{Lu}][^:]{2,60}?)\s*(?:[:–—]\s+|\s+(?:to|will)\s+(?=\p{Ll}))(.+)$/su.exec(t);
  const sharers = shared !== null ? severalOwners(shared[1]!, ownerResolver(context)) : null;
  if (sharers !== null) return { assignee: sharers, rest: shared![2]! };
  const separated = new RegExp(`^@?${name}\\s*(?::|–|—|-|,)\\s+(.+)$`, 'su').exec(t);
  if (separated !== null && officeOrGroup(separated[1]!)) return { assignee: null, rest: separated[2]! };
  if (separated !== null && !NOT_A_NAME.test(separated[1]!)) {
    const known = context.resolve(separated[1]!);
    if (known !== null) return { assignee: known, rest: separated[2]! };
    // "Budget: Ben to send the figures": on a page that lists its people, one word none of them is called,
    // then a person of the meeting given the task: the word is the task's topic, the person its owner.
    if (context.knowsPeople === true && !/\s/.test(separated[1]!.trim())) {
      const inner = leadingAssignee(separated[2]!, { ...context, mentions: [] });
      if (inner.assignee !== null && context.resolve(inner.assignee) !== null) return { assignee: inner.assignee, rest: separated[2]! };
    }
    return { assignee: separated[1]!, rest: separated[2]! };
  }
  // "赵磊：修复…": a name in a script without capitals, a colon, the task; when the meeting knows the name.
  const caseless = leadingCaselessName(t);
  if (caseless !== null && context.resolve(caseless.name) !== null) return { assignee: context.resolve(caseless.name), rest: caseless.rest };
  // "山田: 資料を作成する": a Han or kana run before a colon, on a page that lists nobody. Without
  // capitals nothing marks it as a name; where the page lists its people, a word they do not
  // include ("系统: 升级…", a system or topic) is a label, not an owner.
  const cjk = context.knowsPeople === true ? null : /^([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}・]{1,8})\s*:\s+(.+)$/su.exec(t);
  if (cjk !== null) return { assignee: cjk[1]!, rest: cjk[2]! };
  const modal = new RegExp(`^@?${name}\\s+(?:to|will|should|must|shall|needs to|is to|agreed to|volunteered to)\\s+(.+)$`, 'su').exec(t);
  if (modal !== null && officeOrGroup(modal[1]!)) return { assignee: null, rest: modal[2]! };
  // "Write to the council", "Talk to them", "Reply to Eve": "to" before an article, a pronoun or a name is
  // a preposition, and the one word before it the task's verb, not its owner.
  if (modal !== null && !NOT_A_NAME.test(modal[1]!.split(/\s+/)[0]!) && !(/^to\s/.test(t.slice(modal[1]!.length).trim()) && !/\s/.test(modal[1]!.trim()) && TO_AS_PREPOSITION.test(modal[2]!) && context.resolve(modal[1]!) === null)) return { assignee: context.resolve(modal[1]!) ?? modal[1]!, rest: modal[2]! };
  // "Sam write…", "Jane Roe boost…": a name the meeting knows, then the task.
  const bare = /^([\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){0,2})\s+(\p{Ll}.+)$/su.exec(t);
  if (bare !== null && context.resolve(bare[1]!) !== null) return { assignee: context.resolve(bare[1]!), rest: bare[2]! };
  // "Olu Adeyemi Share the dashboard…" (a person chip, then the task in sentence case): a full name the meeting knows opens the line.
  const chip = /^([\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){1,2})\s+(\p{Lu}\p{Ll}.+)$/su.exec(t);
  if (chip !== null) {
    for (let words = chip[1]!.split(/\s+/); words.length >= 2; words = words.slice(0, -1)) {
      const known = context.resolve(words.join(' '));
      if (known !== null && known.split(/\s+/).length >= 2) return { assignee: known, rest: t.slice(words.join(' ').length).trim() };
    }
  }
  // "@Ana Roe and @Ben Lu plan …" typed as text: full names after "@" joined at the start of the task share it.
  const typed = typedMentionsSharing(t, context.resolve);
  if (typed !== null) return typed;
  // "@Kenji Mori fix …": a mention written as text with the person's full name (a pasted chat message), then the task in lower case.
  const named = /^@(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s+(?:to\s+)?(\p{Ll}.+)$/su.exec(t);
  if (named !== null) return { assignee: context.resolve(named[1]!) ?? named[1]!, rest: named[2]! };
  // "@jane.roe circulate…": a mention written as text.
  const handle = /^@([\p{L}][\p{L}\p{N}._'’-]*)\s+(?:to\s+)?(.+)$/su.exec(t);
  if (handle !== null) return { assignee: handleOwner(handle[1]!, context.resolve), rest: handle[2]! };
  // "jdoe to draft…": an attendee known by a lower-case nick (IRC, chat).
  const nick = /^([\p{Ll}][\p{L}\p{N}._-]{2,})\s+(?:to|will)\s+(.+)$/su.exec(t);
  if (nick !== null && context.resolve(nick[1]!) !== null) return { assignee: context.resolve(nick[1]!), rest: nick[2]! };
  const mentioned = context.mentions[0];
  return { assignee: mentioned ?? null, rest: t };
}

/** An arrow between a task and a person: "Ana → book the hall", "Dr Roe → …" (the owner first), "Book the hall → Ana, by 3 May" (the owner last). */
const ARROW = /^(.{1,80}?)\s*(?:[→⇒➔➜]|->)\s*(\S.*)$/su;
/** The person named first after the arrow, before a comma, a bracket, a dash or a lower-case word ("→ Sanne, by 6 May", "→ Ana (done)"). */
const NAME_AFTER_ARROW = lazyRegExp(() => new RegExp(String.raw`^@?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+${PARTICLES_BEFORE_NAME}\p{Lu}[\p{L}\p{M}'’.-]*){0,2})(?=\s*(?:[,;:(–—-]|$)|\s+\p{Ll})(.*)$`, 'su'));

function arrowOwner(text: string, context: ActionContext): { assignee: string; rest: string } | null {
  if (!/[→⇒➔➜]|->/.test(text)) return null;
  const m = ARROW.exec(text);
  if (m === null) return null;
  const before = m[1]!.trim();
  const owner = /^@?\p{Lu}/u.test(before) && before.split(/\s+/).length <= 4 ? context.resolve(before.replace(/^@/, '')) : null;
  if (owner !== null) return { assignee: owner, rest: m[2]! };
  const after = NAME_AFTER_ARROW.exec(m[2]!);
  const named = after !== null ? context.resolve(after[1]!.trim()) : null;
  return named !== null ? { assignee: named, rest: `${before}${after![2]!}` } : null;
}

/** "@Ana Roe and @Ben Lu plan …", "@Ana Roe, @Ben Lu: …": two or more full names typed after "@", joined, before the task; null for one. */
function typedMentionsSharing(text: string, resolve: (written: string) => string | null): { assignee: string; rest: string } | null {
  const owners: string[] = [];
  let rest = text;
  for (;;) {
    const typed = /^@(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})/u.exec(rest);
    if (typed === null) break;
    owners.push(resolve(typed[1]!) ?? typed[1]!);
    rest = rest.slice(typed[0].length);
    const joined = JOINED_OWNER.exec(rest);
    if (joined === null) break;
    rest = rest.slice(joined[0].length);
  }
  const task = /^\s*(?:[:–—-]\s*|to\s+)?(\p{Ll}.*)$/su.exec(rest);
  return owners.length >= 2 && task !== null ? { assignee: [...new Set(owners)].join(', '), rest: task[1]! } : null;
}

/**
 * Who each of several owners is: a person of the meeting; on a page that lists nobody, also a full name as
 * written ("Ravi Menon and Obinna Eze will …"), as one owner's name is kept as written there.
 */
function ownerResolver(context: ActionContext): (written: string) => string | null {
  if (context.knowsPeople === true) return context.resolve;
  return (written) => context.resolve(written) ?? (/^\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u.test(written) ? written : null);
}

/** "@lauri.h": the attendee whose first name the handle starts with, else the handle as written. */
function handleOwner(handle: string, resolve: (written: string) => string | null): string {
  const first = handle.split(/[._-]/)[0]!;
  const capitalised = first.charAt(0).toUpperCase() + first.slice(1);
  return resolve(handle) ?? (first.length >= 3 && first !== handle ? resolve(capitalised) : null) ?? handle;
}

/** "Order the new badges – Ana Roe – due 3 May": an attendee named on a part of the line of their own, after the task. */
function trailingAssignee(rest: string, context: ActionContext): string | null {
  const parts = rest.split(/\s+[–—-]\s+|\s*[;|]\s*|\s*\((?=[^()]*\)\s*$)|\)\s*$/).slice(1).map((p) => p.replace(/^(?:owner|assignee|assigned to|who)\s*:?\s*/i, '').trim());
  for (const part of parts) {
    if (part === '' || !/^[\p{Lu}@]/u.test(part) || part.split(/\s+/).length > 4) continue;
    const mention = context.mentions.find((m) => part.replace(/^@/, '') === m);
    if (mention !== undefined) return mention;
    const resolved = context.resolve(part);
    if (resolved !== null) return resolved;
  }
  // "(Chidi, by end of March)", "[Ana]": a person of the meeting in brackets anywhere in the task.
  for (const group of rest.matchAll(/[([]([^()[\]]{2,60})[)\]]/gu)) {
    // Only where the task ends, or before its due date: "(Eun-ji) is still open" reports on a task, it sets none.
    const after = rest.slice(group.index + group[0].length);
    if (!/^\s*(?:[.;,!]?\s*$|[-–—,;]?\s*(?:due|by|before|until|till|deadline|target|status|bis|fällig|avant|pour\s+le|échéance|antes|para\s+el|entro|uiterlijk|voor)\b)/iu.test(after)) continue;
    for (const piece of group[1]!.split(/\s*[,;]\s*/)) {
      const part = piece.replace(/^(?:owner|assignee|assigned to|who)\s*:?\s*/i, '').trim();
      if (!/^[\p{Lu}@]/u.test(part) || part.split(/\s+/).length > 4) continue;
      const who = context.resolve(part.replace(/^@/, '')) ?? severalOwners(part, context.resolve);
      if (who !== null) return who;
    }
  }
  // "Prepare the demo @ben": a handle written as text after the task (not an e-mail address).
  const handle = /(?:^|[\s(])@([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])/u.exec(rest);
  if (handle !== null) return handleOwner(handle[1]!, context.resolve);
  const assigned = /\b(?:assigned to|owner:?)\s+@?([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,2})/u.exec(rest);
  return assigned !== null ? (context.resolve(assigned[1]!) ?? assigned[1]!) : null;
}

/** An action item read from one line: with a marker ("AI: …") or, in an action-items section, without one. */
export function actionFromLine(line: string, context: ActionContext, marked: boolean): ActionItem | null {
  let text = line.replace(/\s+/g, ' ').trim().replace(RECORDED_BY, '');
  const done = actionStatus(text) === true;
  const boxed = TEXT_BOX.test(text);
  text = withoutLeadingStatus(text.replace(OPEN_BOX, '').replace(/^\s*\[x\]\s*/i, ''));
  const bracketed = marked ? bracketedOwner(text) : null;
  if (bracketed !== null) {
    if (isTemplateActionText(bracketed.task) || bracketed.task.length < 3) return null;
    const assignee = ownersAsWritten(bracketed.owner, context.resolve);
    return { text: bracketed.task, assignee: assignee !== null && GROUP_SUBJECT.test(assignee) ? null : assignee, due: dueDateIn(bracketed.task, context.year, context.order ?? null), done };
  }
  if (marked) {
    const owned = ownerMarked(text) ?? ownerAndTask(text);
    const m = owned === null ? ACTION_MARKER.exec(text) : null;
    if (owned === null && m === null && !boxed && abbreviatedTaskFields(text) === null) return null;
    if (owned !== null || m !== null) text = owned ?? m![1]!.trim();
  }
  if (isTemplateActionText(text) || text.length < 3) return null;
  const fields = abbreviatedTaskFields(text);
  if (fields !== null && fields.task.length >= 3) {
    const due = findDateInYear(fields.due, context.year, context.order ?? null);
    return { text: fields.task, assignee: ownersAsWritten(fields.owner, context.resolve), due, done };
  }
  const leading = leadingAssignee(text, context);
  const { rest } = leading;
  if (rest.trim() === '' || isTemplateActionText(rest)) return null;
  // "Priya Rao, Secretary" (who signs the minutes under "Respectfully submitted"): a person and an office, no task.
  if (leading.assignee !== null && OFFICE.test(rest.trim().replace(/[.;,]+$/, ''))) return null;
  const assignee = leading.assignee ?? labelledOwner(rest, context.resolve) ?? trailingAssignee(rest, context);
  const slashDate = /\/\/\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/.exec(text);
  const due = slashDate !== null ? findDateInYear(`${slashDate[1]}.${slashDate[2]}.${slashDate[3]}`, null) : dueDateIn(rest, context.year, context.order ?? null);
  // The text stays as written after the marker, owner and all: nothing the page says is lost.
  return { text, assignee, due, done };
}

/**
 * "Staff", "Treasurer", "Membership Secretary": a group or an office, every office of the vocabulary alike, not a person;
 * the task is the office's (office-holders.ts gives it to the attendee who holds it, when the page says who does).
 */
function officeOrGroup(subject: string): boolean {
  return GROUP_SUBJECT.test(subject) || OFFICE.test(subject.trim());
}

/** "Town Clerk", "the Secretary": an office, not a person's name (vocabulary.ts). */
const OFFICE = lazyRegExp(() => new RegExp(`^(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,3}(?:${JOB_NOUNS.join('|')})s?$`, 'iu'));
/** "Cllr Farrow-Beck to ask…", "City Manager Okereke to return…": capitalised words, "to", a verb. */
const SUBJECT_TO = lazyRegExp(() => /^((?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,4}[\p{L}][\p{L}\p{M}'’.-]*)\s+to\s+(\p{Ll}.+)$/su);

/**
 * A sentence that gives someone a task: "[title or office] Name to <verb> …" where the name is an
 * attendee's (the words before it are their title: "Cllr", "City Manager"), or an office or group
 * alone ("Clerk to advertise…", "Staff to report…": no one person is the assignee). Prose that only
 * mentions a person ("Ana proposed to…") is not.
 */
export function assignedSentence(sentence: string, context: ActionContext): ActionItem | null {
  const text = sentence.replace(/\s+/g, ' ').trim();
  // SHARED_SUBJECT, SUBJECT_TO and SUBJECT_WILL each need " to " or " will ": most sentences hold neither.
  if (!/\s(?:to|will)\s/.test(text)) return null;
  const shared = sharedTask(text, context);
  if (shared !== null) return shared;
  const m = SUBJECT_TO.exec(text);
  if (m === null) return willSentence(text, context);
  const words = m[1]!.replace(/^the\s+/i, '').split(/\s+/);
  let assignee: string | null | undefined;
  // A person's name is capitalised; a lower-case subject can only be a group or an office ("The committee").
  for (let n = Math.min(3, words.length); n >= 1 && assignee === undefined && /^\p{Lu}/u.test(words[words.length - 1]!); n -= 1) {
    const who = context.resolve(words.slice(-n).join(' ').replace(/\.$/, ''));
    if (who !== null) assignee = who;
  }
  if (assignee === undefined) {
    if (!GROUP_SUBJECT.test(m[1]!) && !OFFICE.test(m[1]!)) return null;
    assignee = null;
  }
  return { text, assignee, due: dueDateIn(m[2]!, context.year, context.order ?? null), done: actionStatus(text) === true };
}

/** "Alma/Bogdan to benchmark …", "Dev and Caro to estimate …", "@jonas to rotate …": people of the meeting (or a handle) given a task. */
const SHARED_SUBJECT = lazyRegExp(() => /^(@[\p{L}][\p{L}\p{N}._-]*|[\p{Lu}][^.:;!?]{2,60}?)\s+(?:to|will)\s+(\p{Ll}.+)$/su);

function sharedTask(text: string, context: ActionContext): ActionItem | null {
  const m = SHARED_SUBJECT.exec(text);
  if (m === null) return null;
  const subject = m[1]!;
  const assignee = subject.startsWith('@') && !/\s/.test(subject) ? handleOwner(subject.slice(1), context.resolve) : severalOwners(subject, ownerResolver(context));
  return assignee === null ? null : { text, assignee, due: dueDateIn(m[2]!, context.year, context.order ?? null), done: actionStatus(text) === true };
}

/** "Name will <verb> …": an attendee taking on a task; being somewhere, having something or not doing is no task ("Ana will be away"). */
const SUBJECT_WILL = lazyRegExp(() => /^((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’.-]*)\s+will\s+(?!(?:be|have|not|also|still|probably|likely|need|miss|attend|join|chair|present|return|continue|remain|stay)\b)(\p{Ll}.+)$/su);

/** An attendee named as the subject of "will <verb>" (never a group or an office: "The board will meet…" plans, it assigns nothing). */
function willSentence(text: string, context: ActionContext): ActionItem | null {
  const m = SUBJECT_WILL.exec(text);
  if (m === null) return null;
  const assignee = context.resolve(m[1]!.replace(/\.$/, ''));
  return assignee === null ? null : { text, assignee, due: dueDateIn(m[2]!, context.year, context.order ?? null), done: actionStatus(text) === true };
}

/** What every place sentencesOf parts a line at holds: an end mark before white space, or a text bullet between white space. */
const MAY_PART_SENTENCES = /[.!?]\s|\s[o•▪◦]\s/;

/** The sentences of a line ("… reported again. Cllr Faulkner to chase …"). */
export function sentencesOf(line: string): string[] {
  // Where no sentence can end (no ". " and no " o " bullet), the line is one sentence: no split with look-arounds at every character.
  // A text bullet that opens the line (" o Ana to …" as a plain-text paste leaves it) is no part of the first sentence.
  // "・佐藤花子：…": a bullet before a name in a script without capitals; "・" and the filled shapes need no space after them.
  // "* Ana – …", "- Ana to …": a list's mark a migration left as text (escaped) is no part of the sentence either.
  const unbulleted = line.replace(/^\s*(?:[o•▪◦*-]\s+(?=[\p{Lu}\p{Lo}@])|[•▪◦・●■◆]\s*(?=[\p{Lu}\p{Lo}@]))/u, '');
  if (!MAY_PART_SENTENCES.test(unbulleted)) return unbulleted.trim() === '' ? [] : [unbulleted];
  // "Dr. Lu will …": a title's full stop ends no sentence; the title stays with the name it comes before.
  return unbulleted.split(/(?<=[.!?])(?<!(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sr|Jr|St|Cllr|Hon)\.)\s+(?=[\p{Lu}@])|\s+[o•▪◦]\s+(?=[\p{Lu}@])/u).filter((s) => s.trim() !== '');
}

const ACTION_WORDS = lazyRegExp(() => labelPattern('actions', true));
const ACTION_COLUMN = { test: (label: string): boolean => namesActions(label.replace(/^#\s*/, '')) };
/** "Action / decision", "Actions & decisions", "Risk and action": a header that joins two labels names each. */
const JOINED_LABELS = /\s*(?:[/&+]|(?<![\p{L}])(?:and|und|et|en|y|e)(?![\p{L}]))\s*/iu;
/**
 * Whether a column header names the actions: an actions word ("Action", "To do"), one of the labels it
 * joins ("Action / decision"), or an action word qualified by a word or two ("Follow-up action",
 * "Agreed actions", "Action corrective"), but not an action's owner, due date or status ("Action owner").
 */
function namesActions(label: string): boolean {
  if (ACTION_WORDS.test(label)) return true;
  const parts = label.split(JOINED_LABELS).filter((p) => p.trim() !== '');
  if (parts.length > 1) return parts.some((p) => namesActions(p));
  const words = label.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || OWNER_COLUMN.test(label) || DUE_COLUMN.test(label) || STATUS_COLUMN.test(label)) return false;
  return ACTION_WORDS.test(words[words.length - 1]!) || ACTION_WORDS.test(words[0]!);
}
/** "Decision: …", "Action: …": a label that opens a cell of a column of decisions and actions, and says which the row is. */
const CELL_LABEL = /^\s*([^:：]{1,30})[:：]\s*/u;
const DECISION_WORDS = lazyRegExp(() => labelPattern('decisions', true));
/** Under an action-items heading, a table's item column holds actions too. */
const ITEM_WORDS = lazyRegExp(() => labelPattern('itemColumn', true));
const ITEM_COLUMN = { test: (label: string): boolean => /^(?:#\s*)?(?:what|items?|description)$/i.test(label) || ITEM_WORDS.test(label) };
const OWNER_COLUMN = lazyRegExp(() => labelPattern('owner'));
const DUE_COLUMN = lazyRegExp(() => labelPattern('due'));
const STATUS_COLUMN = lazyRegExp(() => labelPattern('status'));
/** A status that closes the action, in any language of the vocabulary ("Done", "Erledigt", "Fait"). */
const DONE_STATUS = lazyRegExp(() => labelPattern('done'));

/** A table of actions (Action | Owner | Due | Status): its columns, or null when the table is something else. */
export function actionTableColumns(table: NormalizedTable, inActions: boolean): { action: number; owner: number; due: number; status: number } | null {
  if (table.header === null) return null;
  const labels = table.header.map((l) => l.trim());
  let action = labels.findIndex((l) => ACTION_COLUMN.test(l));
  // What is to be done, by whom and by when ("What | Who | By") is a table of actions under any heading;
  // elsewhere a column of items is an agenda's or a list's.
  const item = labels.findIndex((l) => ITEM_COLUMN.test(l));
  const whoAndWhen = labels.some((l, c) => c !== item && OWNER_COLUMN.test(l)) && labels.some((l, c) => c !== item && !OWNER_COLUMN.test(l) && DUE_COLUMN.test(l));
  if (action < 0 && (inActions || whoAndWhen)) action = item;
  const owner = labels.findIndex((l, c) => c !== action && OWNER_COLUMN.test(l));
  if (action < 0 || owner < 0) return null;
  const due = labels.findIndex((l, c) => c !== action && c !== owner && DUE_COLUMN.test(l));
  const status = labels.findIndex((l, c) => c !== action && c !== owner && c !== due && STATUS_COLUMN.test(l));
  return { action, owner, due, status };
}

/** "Open – one of three sites visited", "In progress, half done", "Offen – teilweise erledigt": a status that opens with an open state is not done, whatever it adds. */
const OPENS_OPEN = /^\s*(?:open|opened|in\s+progress|ongoing|pending|not\s+(?:yet\s+)?(?:done|started|complete|completed)|to\s+do|started|offen|laufend|in\s+arbeit|en\s+cours|ouvert|ouverte|à\s+faire|pendiente|abierto|abierta|en\s+curso|lopend|aberto|aberta|em\s+andamento|in\s+corso|aperto|aperta)(?![\p{L}])/iu;

function cellDone(cell: { text: string; html: string }): boolean {
  if (OPENS_OPEN.test(cell.text)) return false;
  const emoticon = /data-emoticon="([^"]+)"/.exec(cell.html);
  if (emoticon !== null && presenceFromEmoticon(emoticon[1]!) !== null) return presenceFromEmoticon(emoticon[1]!)!;
  if (DONE_STATUS.test(cell.text) && !/\bnot\b|\bin\b/i.test(cell.text)) return true;
  return presenceFromText(cell.text) === true && !/^(?:open|in progress)$/i.test(cell.text.trim());
}

/** A column of actions in a table that names no owner column (a retrospective's "Actions" column), or -1. */
export function actionsOnlyColumn(table: NormalizedTable): number {
  return table.header?.findIndex((l) => ACTION_COLUMN.test(l.trim())) ?? -1;
}

/** A column of the actions' own references ("Ref", "No.", "#", "ID"): what a later action cites when it carries one over. */
const REFERENCE_COLUMN = /^(?:ref\.?|reference|refs?\s*no\.?|no\.?|nr\.?|#|id|action\s*(?:no\.?|#|id))$/i;

/** The rows of an actions table as action items; `refs` gets each item's reference, where the table has a column of them. */
export function actionsFromTable(
  table: NormalizedTable,
  columns: { action: number; owner: number; due: number; status: number },
  context: Omit<ActionContext, 'mentions'> & { mentionName: (a: Element) => string | null },
  refs?: Map<ActionItem, string>,
): ActionItem[] {
  const items: ActionItem[] = [];
  const refColumn = table.header?.findIndex((label, c) => c !== columns.action && REFERENCE_COLUMN.test(label.trim())) ?? -1;
  for (const row of table.rows) {
    let text = row[columns.action]!.text.replace(/\s+/g, ' ').trim();
    // In a column of decisions and actions, a row labelled a decision is one (read with the decisions); "Action: …" is the action after its label.
    const label = CELL_LABEL.exec(text);
    if (label !== null && DECISION_WORDS.test(label[1]!)) continue;
    if (label !== null && ACTION_WORDS.test(label[1]!) && text.length > label[0].length) text = text.slice(label[0].length);
    if (text === '' || isTemplateActionText(text)) continue;
    const ownerCell = row[columns.owner]!;
    const ownerNodes: readonly AnyNode[] = cellNodes(ownerCell);
    const mention = elementsWhere(ownerNodes, isMention)[0];
    const written = ownerCell.text.replace(/^@/, '').trim();
    const assignee = mention !== undefined ? context.mentionName(mention) : ownersAsWritten(written, context.resolve);
    const dueCell = columns.due >= 0 ? row[columns.due]! : null;
    const time = dueCell !== null ? /datetime="([^"]+)"/.exec(dueCell.html)?.[1] : undefined;
    const due = dueCell === null ? null : findDateInYear(time ?? dueCell.text, context.year, context.order ?? null);
    // A struck-through action is a closed one, whatever its status cell leaves blank.
    const struck = linesOf(cellNodes(row[columns.action]!)).every((line) => line.struck);
    const statusCell = columns.status >= 0 ? row[columns.status]! : null;
    const done = statusCell !== null && statusCell.text.trim() !== '' ? cellDone(statusCell) : struck || actionStatus(text) === true;
    const item = { text, assignee, due, done };
    items.push(item);
    const ref = refColumn >= 0 ? row[refColumn]!.text.trim() : '';
    // A reference is a code with a digit ("A-07", "MR25-04", "26/3"), not a bare row number.
    if (refs !== undefined && /\d/.test(ref) && /[^\d]/.test(ref) && ref.length <= 20) refs.set(item, ref);
  }
  return items;
}

/**
 * An action carried over from an earlier list cites that action's reference ("Finish painting the
 * fence (A-07)", "… (carried over, A-07)"): the two are one action, as it stands now, the later one.
 */
export function withoutCarriedOver(items: readonly ActionItem[], refs: ReadonlyMap<ActionItem, string>): ActionItem[] {
  if (refs.size === 0) return [...items];
  // The items by reference, and each line's words that may be one ("A-07", "MR25-04"): one pass, however long the page.
  const byRef = new Map<string, ActionItem[]>();
  for (const [item, ref] of refs) byRef.set(ref.toLowerCase(), [...(byRef.get(ref.toLowerCase()) ?? []), item]);
  const position = new Map(items.map((item, i) => [item, i]));
  const replaced = new Set<ActionItem>();
  items.forEach((item, i) => {
    for (const token of item.text.match(/[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*/gu) ?? []) {
      for (const earlier of byRef.get(token.toLowerCase()) ?? []) if ((position.get(earlier) ?? i) < i && refs.get(item) !== refs.get(earlier)) replaced.add(earlier);
    }
  });
  return items.filter((item) => !replaced.has(item));
}

/** The line's mentions, by the names the page knows for them. */
export function mentionNamesIn(nodes: readonly AnyNode[], mentionName: (a: Element) => string | null): string[] {
  return elementsWhere(nodes, isMention)
    .map((a) => mentionName(a) ?? textContent([a]).replace(/^@/, '').trim())
    .filter((n) => n !== '');
}
