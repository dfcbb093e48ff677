import { leadingCaselessName } from './lexicon/punctuation.js';
import { ownerBeforeColon } from './anylang/owner-before-colon.js';
import type { Element } from 'domhandler';
import { elementsWhere, firstElementWhere, isMention, ownContent, viewWith } from '../hub/hub-walk.js';
import type { ActionItem } from '../model/meeting.js';
import { nodesText } from '../hub/table-cell-text.js';
import { dueDateIn, findDate, type DateOrder } from './dates.js';
import { NONE_WORDS, wordsOf } from './vocabulary.js';
import { mentionLabel } from './mention-names.js';
import { lazyRegExp } from './lazy-pattern.js';
import { severalOwners } from './actions/owners.js';

export interface ActionPeople {
  /** A mention's name, from the page when the mention shows only an id. */
  mentionName: (a: Element) => string | null;
  /** A first or full name as written to one attendee's full name. */
  resolve: (written: string) => string | null;
  /** How the page writes its slash dates (see pageDateOrder). */
  order?: DateOrder | null;
  /** The meeting's year, for due dates written without one ("by April 23"). */
  year?: number | null;
}

/**
 * "Sam to rotate…", "Lee: close…": the leading word names the assignee when it is one
 * attendee's first name; "@lpetrov add…" (a mention written as text) names them as written.
 */
function ownerOf(text: string, resolve: (written: string) => string | null): string | null {
  // "@Ana Roe + @Ben Lu — order …", "Ana and Ben: …": several people of the meeting share the task.
  const shared = SHARED_OWNERS.exec(text.trim());
  // Each written as a mention ("@Ana Roe + @Ben Lu") is a person by its form, listed on the page or not.
  const allMentions = shared !== null && shared[1]!.split(/\s*(?:&|\/|\+|,|;)\s*|\s+and\s+/u).every((part) => part.trim().startsWith('@'));
  const sharers = shared !== null ? severalOwners(shared[1]!, allMentions ? (w) => resolve(w) ?? (/\s/.test(w) ? w : null) : resolve) : null;
  if (sharers !== null) return sharers;
  // "@Kenji Mori — fix …": a mention written as text with a full name.
  const full = /^@(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})(?=\s+(?:[–—:-]|to\s|\p{Ll}))/u.exec(text.trim());
  if (full !== null) return resolve(full[1]!) ?? full[1]!;
  const written = /^@([\p{L}][\p{L}\p{N}._'’-]*)/u.exec(text.trim());
  if (written !== null) return resolve(written[1]!) ?? written[1]!;
  const first = /^([\p{Lu}][\p{L}'’-]+)\b/u.exec(text.trim());
  const known = first !== null ? resolve(first[1]!) : null;
  if (known !== null) return known;
  const listed = ownerBeforeColon(text, resolve);
  if (listed !== null) return listed;
  const caseless = leadingCaselessName(text);
  if (caseless !== null && resolve(caseless.name) !== null) return resolve(caseless.name);
  // "Book the hall – Ana 2031-10-14", "… — Ana Roe, 14/10/2031": a person of the meeting after a dash where the task ends, before its date.
  const after = TRAILING_OWNER.exec(text.trim());
  const trailing = after !== null ? resolve(after[1]!) : null;
  if (trailing !== null) return trailing;
  // "Yuki to align…", "Aurélie: export…": a name the task gives its owner, known to the page or not.
  const named = /^([\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+)?)(?:\s*:\s+|\s+(?:to|will)\s+\p{Ll})/u.exec(text.trim());
  return named !== null && !NOT_AN_OWNER.test(named[1]!) ? (resolve(named[1]!) ?? named[1]!) : null;
}

/** A name after a dash at the end of a task, with the task's due date (digits) after it or not. */
const TRAILING_OWNER = /\s[–—-]\s+@?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s*,?\s*(?:\d[\d./-]*\d)?\s*$/u;

/** The owners written before the task: up to a colon or a dash, or before "to" / "will" and a verb. */
const SHARED_OWNERS = lazyRegExp(() => /^(@?\p{Lu}[^:–—]{2,60}?)\s*(?:[:–—]\s+|\s+(?:to|will)\s+(?=\p{Ll}))/u);
/** What joins a second mention to the first: "and", "&", "+", ",", "/". */
const JOINED = /^\s*(?:and|&|\+|,|\/)\s*/iu;

/** "@Ana Roe and @Ben Lu plan …": mentions joined at the start of the task, each an owner; null for one. */
function leadingMentions(text: string, labels: readonly string[]): string | null {
  const owners: string[] = [];
  let rest = text.trim();
  for (;;) {
    const label = labels.find((l) => rest.startsWith(`@${l}`));
    if (label === undefined) break;
    owners.push(label);
    rest = rest.slice(label.length + 1);
    const joined = JOINED.exec(rest);
    if (joined === null) break;
    rest = rest.slice(joined[0].length);
  }
  return owners.length >= 2 ? [...new Set(owners)].join(', ') : null;
}

/** Words that start a task's sentence but name nobody ("Note: …", "Remember to …"). */
const NOT_AN_OWNER = /^(?:note|notes|remember|need|needs|please|todo|action|task|follow|decision|question|idea|reminder|we|i|you|they|everyone|all|team|ask|try|plan|want|going|how|why|what|who|when|where)$/i;

/** "Keine", "Aucune", "なし": the whole line says there is nothing, in any language of the vocabulary. */
const NOTHING_TO_DO = lazyRegExp(() => new RegExp(`^(?:${NONE_WORDS.join('|')})\\s*[.!]?$`, 'iu'));

/** Editor template lines and placeholders that name no action ("@ name action item here //dd-mm-yyyy"). */
export function isTemplateActionText(text: string): boolean {
  const t = text.trim();
  if (t === '' || t === '@') return true;
  // "none this week", "No actions.": a line that says there is nothing to do.
  if (/^(?:none|nothing|no (?:new )?(?:actions?|action items?|tasks?)|n\/a)\b/i.test(t)) return true;
  if (NOTHING_TO_DO.test(t)) return true;
  // "[Name] to [action] by [date]": a form's blanks in brackets, with nothing of a task left around them.
  if (/\[[^\]]{1,30}\]/.test(t) && !/\p{L}{3,}(?:\s+\p{L}{3,})/u.test(t.replace(/\[[^\]]*\]/g, ' ').replace(/\b(?:to|by|and|the|for|of|on|with|due|owner|action|todo|will)\b/gi, ' '))) return true;
  return /action item here|type your task here|\bdd[-/.]mm[-/.]yyyy\b|^@\s*name\b|^\[?\s*(action|task|todo)\s*\]?$|^(who|what|owner)\s*[:-]?\s*$/i.test(t);
}

/** One task of a task list (`li[data-task]`): body text, assignee mention, due date, done. */
export function actionItemFromTask(li: Element, people: ActionPeople): ActionItem | null {
  const body = ownContent(li);
  // Mentions that show only an id read as the name the page gives them elsewhere.
  const named = viewWith(body, (el) => {
    if (!isMention(el)) return null;
    const name = people.mentionName(el);
    return name !== null ? `@${name}` : null;
  });
  const text = nodesText(named).replace(/\n/g, ' ');
  if (isTemplateActionText(text)) return null;
  const assigneeId = li.attribs['data-assignee-account-id'];
  const mentions = elementsWhere(body, isMention);
  const assigned = mentions.find((a) => assigneeId !== undefined && a.attribs['data-account-id'] === assigneeId) ?? mentions[0];
  const time = firstElementWhere(body, (el) => el.name === 'time' && el.attribs['datetime'] !== undefined)?.attribs['datetime'];
  const due = li.attribs['data-due'] ?? (time !== undefined ? findDate(time) : dueDateIn(text, people.year ?? null, people.order ?? null));
  // Mentions that open the task joined by "and", "+", "&" share it (the hub's data-assignee is only the first mention).
  const labels = mentions.length >= 2 ? mentions.map((a) => mentionLabel(a, people.mentionName)).filter((l): l is string => l !== null) : [];
  const several = labels.length >= 2 ? leadingMentions(text, labels) : null;
  return {
    text,
    assignee: several ?? (assigned !== undefined ? mentionLabel(assigned, people.mentionName) : ownerOf(text, people.resolve)),
    due: due ?? null,
    done: li.attribs['data-task'] === 'complete',
  };
}

/** A plain list item in an action-items section: "Name: do X by 2024-02-01" or "@Name do X //01-02-2024". */
export function actionItemFromText(text: string, mention: string | null, resolve: (written: string) => string | null): ActionItem | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (isTemplateActionText(clean)) return null;
  const owner = /^([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?)\s*[:–-]\s+(.+)$/u.exec(clean);
  const slashDate = /\/\/\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/.exec(clean);
  const due = slashDate !== null ? findDate(`${slashDate[1]}.${slashDate[2]}.${slashDate[3]}`) : findDate(clean);
  return { text: clean, assignee: mention ?? (owner !== null ? (resolve(owner[1]!) ?? owner[1]!) : ownerOf(clean, resolve)), due, done: false };
}

function actionKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The words of a due date after a task ("by 27 Feb", "bis 2025-03-21"): a cue word, then a number. */
const DUE_TAIL = lazyRegExp(() => new RegExp(`^(?:${wordsOf('due').map((w) => actionKey(w)).filter((w) => w !== '').join('|')}) .*\\d`, 'u'));

/**
 * A status said after the task ("-- still open", "(carried over)", "– done"): last meeting's action
 * reviewed and the same action carried into this meeting's list are one action.
 */
const STATUS_TAIL = lazyRegExp(() => new RegExp(`(?: (?:still |not yet |not )?(?:open|ongoing|in progress|pending|carried (?:over|forward)|rolled over|outstanding|${wordsOf('done').map((w) => actionKey(w)).filter((w) => w !== '').join('|')}))+$`, 'u'));

/**
 * Each action once: minutes often list their actions again at the end ("Recap of actions"),
 * in the same words. A repeat adds what the first mention lacked (assignee, due date, done); two
 * items with the same text for different people stay two.
 */
export function withoutRepeatedActions(items: readonly ActionItem[]): ActionItem[] {
  const kept: ActionItem[] = [];
  // Two actions are the same in other words only by a status said after one of them (then at least three
  // words alike) or a due date one of them adds at the end. The kept actions by those keys (the key
  // without its status; the key before a due date it ends with): each item meets only the few it may repeat.
  const byStripped = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const byDuePrefix = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [index]);
    else list.push(index);
  };
  for (const item of items) {
    const key = actionKey(item.text);
    const stripped = key.replace(STATUS_TAIL, '');
    const candidates = new Set<number>();
    for (const i of byStripped.get(stripped) ?? []) if (actionKey(kept[i]!.text) === key || stripped.split(' ').length >= 3) candidates.add(i);
    for (const i of byDuePrefix.get(key) ?? []) candidates.add(i);
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
      const prefix = byKey.get(key.slice(0, at));
      if (prefix !== undefined && DUE_TAIL.test(key.slice(at + 1))) for (const i of prefix) candidates.add(i);
    }
    const firstIndex = [...candidates].sort((a, b) => a - b).find((i) => kept[i]!.assignee === null || item.assignee === null || kept[i]!.assignee === item.assignee);
    if (firstIndex === undefined) {
      const index = kept.push(item) - 1;
      add(byStripped, stripped, index);
      add(byKey, key, index);
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) if (DUE_TAIL.test(key.slice(at + 1))) add(byDuePrefix, key.slice(0, at), index);
      continue;
    }
    const first = kept[firstIndex]!;
    first.assignee ??= item.assignee;
    first.due ??= item.due;
    first.done ||= item.done;
  }
  return kept;
}
