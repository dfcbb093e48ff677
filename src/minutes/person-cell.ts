import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { cleanLine, nodesText } from '../hub/table-cell-text.js';
import { asciiPunctuation } from './lexicon/punctuation.js';
import { elementsWhere, isMention, mentionIds, textContent, viewWith } from '../hub/hub-walk.js';
import { looksLikeOrganization } from './organizations.js';
import { nameOfOrganization } from './attendance/name-of-organization.js';
import { withAffiliationLines, withEmphasizedAffiliation } from './attendance/affiliation-lines.js';
import { isAwayText, splitTrailingPresence } from './presence.js';
import { CASELESS_HONORIFICS, HONORIFICS, JOB_NOUNS } from './vocabulary.js';
import { lazyRegExp } from './lazy-pattern.js';
import { NAME_PARTICLE, PARTICLES_BEFORE_NAME } from './attendance/name-particles.js';

/** One person (or a seat with nobody named: name null, organization set) read from a cell or list item. */
export interface PersonEntry {
  name: string | null;
  organization: string | null;
  present: boolean | null;
  accountId: string | null;
  userKey: string | null;
  /** Written as a guest ("Name (guest, Company)"); absent otherwise. */
  guest?: true;
  /** Written as standing in for someone ("Name (alternate for X)"); absent otherwise. */
  alternateFor?: string;
}

export interface PersonContext {
  /** Organizations the page already names as someone's organization (lower case). */
  knownOrganizations: ReadonlySet<string>;
  /** The cell sits in a column whose other cells pair names with organizations: a lone word is a company. */
  organizationsExpected?: boolean;
  /** First names of people the page names in full ("Jane Roe" gives "jane"), lower case. */
  firstNames?: ReadonlySet<string>;
  /** The cell sits in a column of "First Last, Organization" entries: a lone "Word, Word" there is "Last, First". */
  fullNamesExpected?: boolean;
}

/** What stands where a person's name would, naming nobody: a dash, "TBD", an open or vacant seat, everyone at once ("All", 全員, 全体成员, 전원). */
const EMPTY_MARKERS = /^(?:-+|—|–|n\/?a|tbd|tba|tbc|none|nobody|no one|vacant|vacancy|open|unfilled|all|everyone|everybody|all staff|\?+|…|\.\.\.|全員|全员|全體|全体|(?:全体|全體)(?:成员|成員|メンバー|人员|人員)|所有人|大家|전원|모두|참석자 전원|alle|tous|tout le monde|todos|todas|tutti|iedereen|wszyscy|все|alla|alle sammen|(?:the\s+)?(?:whole|entire|full|rest of the)\s+(?:team|group|staff|department))$/i;

/**
 * A room where people met, named by the word for a room and its number or letter ("Room C", "Salle 3",
 * "Raum 2.14", "第2会議室", "3号会议室", "회의실 A"): a place on the attendee list (a video room's
 * seat), never a person.
 */
const MEETING_ROOM = lazyRegExp(() => /^(?:zoom|teams|webex|skype|huddle|video|conference|meeting)\s+room$|^(?:(?:meeting|conference|board|video|class)\s*)?(?:room|salle|raum|sala|zaal|besprechungsraum|konferenzraum|sitzungszimmer|sitzungssaal)\s+[\p{N}\p{Lu}][\p{L}\p{N}.-]{0,5}$|^(?:第?[\p{N}A-Za-z]{1,4}(?:号|號)?)?(?:大|小)?(?:会議室|会议室|會議室|회의실)(?:\s*[\p{N}A-Za-z]{1,4}(?:号|號)?)?$/iu);

/** A room named where a person would be ("Room C", "第2会議室"). */
export function isMeetingRoom(text: string): boolean {
  return MEETING_ROOM.test(text.trim());
}

/** A cell or line that holds the place of a person and names nobody ("Open", "TBD", "—"). */
export function namesNobody(text: string): boolean {
  return EMPTY_MARKERS.test(text.trim());
}

/**
 * A school class or grade a parent or teacher stands for ("1a", "4 b", "Y6", "CM2", "CE1-CE2",
 * "Klasse 3c", "Year 5"): a number and a small letter, or one to three capitals and a number; never
 * an organization. Case matters: "3M" is a company.
 */
const CLASS_CODE = /^(?:(?:klasse|klas|class|classe|grade|year|form|jahrgang)\s+)?(?:\d{1,2}\s?\p{Ll}|\p{Lu}{1,3}\d{1,2}(?:\s*[-–/]\s*\p{Lu}{0,3}\d{1,2})?|\d{1,2})$/u;

/** Roles and functions people hold at a meeting or in their organization: written after a name, they are not an organization. */
const ROLE_WORDS =
  '(?:(?:co-?|vice[- ]?|deputy |acting |interim |tsc |board |committee |project |tech(?:nical)? |team |program |product |engineering |release |community )?(?:chair(?:man|woman|person)?|lead|leader|manager|director|secretary|treasurer|president|coordinator|owner)|host|co-?host|facilitator|moderator|scribe|note[- ]?taker|minute[- ]?taker|minutes|presenter|speaker|convener|organi[sz]er|maintainer|committer|pm|tpm|po|sm|em|sre|cto|ceo|cfo|coo|cio|ciso|vp|pi|principal investigator|postdoc|phd student|student|intern|contractor|consultant|qa|ux|scrum master|product owner|executive director|managing director|(?:foundation |project )?staff|pmc(?: member)?|tsc(?: member)?|marketing|finance|legal|hr|sales|design|engineering|ops|liaison|ex[- ]officio|emeritus|(?:non-?)?voting(?: member)?|member|alternate|observer|guest|proxy)';

/**
 * What a meeting client adds after a name in its participant list: Teams' "(External)" or
 * "(Unverified)", a device Zoom shows as the original name ("(Ana's iPad)"). None is an organization.
 */
const CLIENT_REMARK = "external|external user|unverified|(?:[^()]+['’]s\\s+)?(?:iphone|ipad|android(?: phone)?|phone|mobile|laptop|macbook(?: pro| air)?|pc|computer|tablet)";

/** "she/her", "he/they": the pronouns a person goes by, written after the name. */
const PRONOUNS = '(?:she|he|they|ze|xe|ey)\\s*/\\s*(?:her|hers|him|his|them|they|theirs|she|he|zir|hir|xem|em)(?:\\s*/\\s*\\p{L}+)?';
/** "UTC+2", "GMT-5", "PST", "CET": the time zone a person joins from (two letters, "PT", may name a country or a company). */
const TIME_ZONE = '(?:utc|gmt)\\s*(?:[+−-]\\s*\\d{1,2}(?::?\\d{2})?)?|pst|pdt|est|edt|cst|cdt|mst|mdt|cet|cest|bst|wet|eet|eest|jst|kst|sgt|hkt|aest|aedt|nzst|nzdt';

/**
 * A numbered place ("Flat 4", "Apt. 12B", "Room 3", "Table 2"): the dwelling, seat or table a person
 * stands for (a co-op's flats, a banquet's tables), never the organization they come from.
 */
export const NUMBERED_UNIT = '\\p{L}{2,12}\\.?\\s*(?:no\\.?\\s*)?\\d{1,4}[a-z]?';
/** What people write in parentheses after a name that is not an organization: how or as what they attend. */
const NOT_AN_ORGANIZATION = lazyRegExp(() => new RegExp(
  `^(?:visiting|visitor|remote|remotely|online|virtual|in[- ]person|on[- ]?site|dial[- ]?in|phone|video|zoom|late|left early|joined late|arrived late|partial|optional|required|tentative|tbc|tbd|independent|individual|self|invited|n\\/?a|none|first time|new|${NUMBERED_UNIT}|${PRONOUNS}|${TIME_ZONE}|${CLIENT_REMARK}|${ROLE_WORDS}(?:\\s*(?:&|and|/)\\s*${ROLE_WORDS})*)$`,
  'iu',
));

/** A role with no name ("Guest (unknown)", "Scribe"): a seat someone took, naming nobody. */
const ROLE_ALONE = lazyRegExp(() => new RegExp(`^${ROLE_WORDS}s?$`, 'i'));

/** A role written after a name without a separator ("Jane Roe Co-Chair", from "Jane Roe *Co-Chair*"). */
const TRAILING_ROLE = lazyRegExp(() => new RegExp(`\\s*[-–—,]?\\s*\\(?\\b${ROLE_WORDS}\\)?$`, 'i'));

/** Academic degrees and post-nominals: never a name, never an organization. */
const DEGREE = /^(?:s\.(?:e|h|t|kom|si|pd|ked|sos|ip|ak|psi)|m\.(?:m|si|kom|t|h|pd|ak)|md|m\.d\.|phd|ph\.d\.|dphil|msc|m\.sc\.|ms|ma|mba|mph|bsc|ba|bs|rn|np|pa-?c|do|dds|dmd|pharmd|jd|esq|cpa|pe|ceng|frcp|frcs|facp|faan|msn|bsn|dnp|aprn|fnp|crna|lcsw|mbbs|mbchb|mrcp|mrcs|fracp|fracs|mpharm|bpharm|edd|ed\.d\.|dsc|mphil|llm|llb|meng|beng|jr|sr|ii|iii|iv)\.?$/i;
/**
 * What people write before a name: honorifics (in the languages of the vocabulary) and offices
 * held ("Mayor", "Deputy Mayor", "Councillor", "Chair"), singular or plural ("Cllrs", "Trustees"
 * shared by a list). Neither is part of the name.
 */
const OFFICE_BEFORE_NAME = '(?:(?:Deputy|Vice|Acting|Interim)[- ])?(?:Mayor|Councill?or|Alderman|Alderwoman|Alderperson|Chair|Chairman|Chairwoman|Chairperson|President|Senator|Commissioner|Trustee|Governor|Director|Judge|Justice|Warden|Provost|Dean|Rector|Reeve|Registrar|Superintendent|Member|Secretary|Treasurer)(?:[- ](?:Elect|Designate|Emerit(?:us|a)))?';
/**
 * Vietnamese forms of address (Ông, Bà, Anh, Chị, Cô, Chú, Em): also given names, so one is taken as
 * a form of address only before a name of two words or more ("Anh Lê Minh Tuấn", not "Anh Nguyen").
 */
const VIETNAMESE_ADDRESS = '(?:ông|bà|anh|chị|cô|chú|em)\\s+(?=\\p{Lu}\\S*\\s+\\p{Lu})';
const CASELESS_ADDRESS = (): string => `(?:${[...CASELESS_HONORIFICS].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})\\s+(?=[\\p{Lo}\\p{Script=Georgian}][\\p{L}\\p{M}]*\\s+\\S)`;
const TITLE_PREFIX = lazyRegExp(() => new RegExp(
  `^(?:(?:(?:${HONORIFICS.map((h) => h.replace(/ /g, '\\s+')).join('|')})\\.?|M\\.|${OFFICE_BEFORE_NAME}s?\\.?)\\s+(?=\\p{Lu})|${VIETNAMESE_ADDRESS}|${CASELESS_ADDRESS()})`,
  'iu',
));
// A job noun, also with a hyphenated qualifier before it ("Vice-Chair", "Co-Secretary").
const JOB_WORD = lazyRegExp(() => new RegExp(`^(?:\\p{L}+-)?(?:${JOB_NOUNS.join('|')})s?(?:-(?:elect|designate))?$`, 'iu'));
/**
 * A title abbreviated with a period before a name of two words or more, in any language ("Br.",
 * "Capt.", "Hj.", and in scripts without capitals, where a name has no initials, "د." or "م."): a
 * capital and one to four small letters, or one or two letters of a caseless script. A capital
 * alone is an initial, part of the name; abbreviations that are names themselves stay.
 */
const ABBREVIATED_TITLE = lazyRegExp(() => /^(?:\p{Lu}\p{Ll}{1,4}|[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]{1,2})\.\s+(?=[^\s.]+\.?\s+\S)/u);
const NAME_ABBREVIATIONS = new Set(['st', 'sta', 'ste', 'ma', 'mª', 'wm', 'chas', 'thos', 'jas', 'geo', 'jos', 'jno', 'benj', 'edw', 'robt', 'saml']);

function withoutAbbreviatedTitle(text: string): string {
  const m = text.includes('.') ? ABBREVIATED_TITLE.exec(text) : null;
  if (m === null || NAME_ABBREVIATIONS.has(m[0].trim().slice(0, -1).toLowerCase())) return text;
  return text.slice(m[0].length);
}
const CAPITALIZED = lazyRegExp(() => /^\p{Lu}[\p{L}.'’-]*$/u);

/** A job written before a full name ("County Engineer Ana Ruiz", "Assistant Librarian Bo Li"): capitalized words ending in a job noun, then two or more words of a name. */
function withoutJobBeforeName(text: string): string {
  const words = text.split(/\s+/);
  for (let k = Math.min(3, words.length - 3); k >= 0; k -= 1) {
    if (!JOB_WORD.test(words[k]!) || !words.slice(0, k + 1).every((w) => CAPITALIZED.test(w))) continue;
    const rest = words.slice(k + 1).join(' ');
    if (CAPITALIZED.test(words[k + 1]!) && looksLikePersonName(rest.replace(/\s*[,(].*$/, ''))) return rest;
  }
  return text;
}

/** The name without the honorifics and offices written before it ("Vice Chair Ana Ruiz" → "Ana Ruiz"). */
export function withoutTitles(text: string): string {
  let out = text;
  for (let i = 0; i < 4; i += 1) {
    const next = withoutJobBeforeName(withoutAbbreviatedTitle(out.replace(TITLE_PREFIX, '')));
    if (next === out || next.trim() === '') break;
    out = next;
  }
  return out;
}

/** Nouns that head a job or office ("Town Clerk", "Director of Parks and Recreation", "volunteer coordinator"). */
const JOB_NOUN = JOB_NOUNS.join('|');
const JOB_TITLE = lazyRegExp(() => new RegExp(`^(?:[\\p{L}\\p{N}&.'’-]+\\s+){0,4}(?:${JOB_NOUN})$`, 'iu'));
/** "Director of Parks and Recreation", "Head of Finance", "secretario técnico": the job comes first, whatever follows. */
const JOB_OF = lazyRegExp(() => new RegExp(`^(?:(?:deputy|assistant|associate|vice|acting|interim|executive|senior)[- ])?(?:${JOB_NOUN})(?:\\s+(?:of|for|de|del|da|do|di|della|van|voor|du|des)\\s+\\S.*|)$`, 'iu'));
/** "coordinatrice tecnica", "vocal suplente": a job noun first and lower-case words after it. */
const JOB_FIRST = lazyRegExp(() => new RegExp(`^(?:${JOB_NOUN})(?:\\s+\\p{Ll}[\\p{Ll}-]*){1,2}$`, 'u'));

/** A job or office written after a name ("Dana Roe, Finance Officer"): a role, never an organization. */
export function isJobTitle(text: string, knownOrganizations: ReadonlySet<string> = new Set()): boolean {
  // "Chair Emeritus", "President-elect": an office held before or after the term is the office still.
  const t = text.trim().replace(/(?:\s+|-)(?:emerit(?:us|a)|elect|designate)$/i, '');
  if (t.split(/\s+/).length > 6) return false;
  // "Clerk & Treasurer", "Secretary / Registrar": two offices held together.
  const both = /^(.+?)\s+(?:&|and|\/)\s+(.+)$/iu.exec(t);
  if (both !== null && (isJobTitle(both[1]!, knownOrganizations) || isJobTitle(both[2]!, knownOrganizations)) && !looksLikeOrganization(t, knownOrganizations)) return true;
  return JOB_OF.test(t) || JOB_FIRST.test(t) || (JOB_TITLE.test(t) && !looksLikeOrganization(t, knownOrganizations));
}

/** Countries people write after their organization; a country is never a person or an organization. */
const COUNTRIES = new Set(
  [
    'usa', 'us', 'u.s.', 'u.s.a.', 'united states', 'united states of america', 'uk', 'u.k.', 'united kingdom', 'england', 'scotland', 'wales', 'ireland',
    'canada', 'mexico', 'brazil', 'argentina', 'chile', 'colombia', 'peru', 'germany', 'france', 'spain', 'portugal', 'italy', 'netherlands', 'the netherlands',
    'belgium', 'luxembourg', 'switzerland', 'austria', 'denmark', 'sweden', 'norway', 'finland', 'iceland', 'poland', 'czech republic', 'czechia', 'slovakia',
    'hungary', 'romania', 'bulgaria', 'greece', 'turkey', 'israel', 'egypt', 'south africa', 'nigeria', 'kenya', 'ghana', 'ethiopia', 'morocco', 'india',
    'pakistan', 'bangladesh', 'sri lanka', 'nepal', 'china', 'prc', 'hong kong', 'taiwan', 'japan', 'korea', 'south korea', 'singapore', 'malaysia',
    'indonesia', 'thailand', 'vietnam', 'philippines', 'australia', 'new zealand', 'russia', 'ukraine', 'estonia', 'latvia', 'lithuania', 'croatia',
    'serbia', 'slovenia', 'saudi arabia', 'uae', 'united arab emirates', 'qatar', 'iran', 'iraq', 'jordan', 'lebanon', 'uganda', 'tanzania', 'rwanda',
    // In their own languages (the vocabulary's and the lexicon's).
    'deutschland', 'österreich', 'schweiz', 'suisse', 'svizzera', 'frankreich', 'españa', 'italia', 'nederland', 'belgië', 'belgique', 'brasil', 'méxico',
    'polska', 'sverige', 'norge', 'danmark', 'suomi', 'россия', 'україна', '日本', '中国', '中國', '台湾', '臺灣', '韓国', '韩国', '한국', '대한민국',
  ],
);

export function isCountry(text: string): boolean {
  return COUNTRIES.has(text.trim().toLowerCase());
}

/** "MD", "RN", "PhD (Physics)": a degree after a name's comma, with the bracket that follows the degrees; no one of its own. */
export function isDegreePart(part: string): boolean {
  const m = /^(\S+)\s*(?:\(.*\))?$/u.exec(part.trim());
  return m !== null && DEGREE.test(m[1]!);
}

/** "Dr. Jane Roe MD, PhD, Example Labs, Spain": the name, and the affiliations left once degrees and countries are gone. */
export function withoutTitlesAndDegrees(text: string): string {
  const parts = withoutTitles(text).split(/\s*,\s*/);
  const kept: string[] = [];
  parts.forEach((part, i) => {
    // "Ana Roe, RN, MSN (Nursing)": the bracket after the last degree belongs to the name before the degrees.
    const bracketed = i > 0 ? /^(\S+)\s*(\(.*\))$/u.exec(part) : null;
    if (bracketed !== null && DEGREE.test(bracketed[1]!)) kept[kept.length - 1] += ` ${bracketed[2]!}`;
    else if (i === 0 || (!DEGREE.test(part) && !isCountry(part))) kept.push(part);
  });
  kept[0] = kept[0]!.split(/\s+/).filter((w, i) => i === 0 || !DEGREE.test(w)).join(' ');
  return kept.join(', ');
}

/** "Jane Roe Co-Chair" -> "Jane Roe": a role word after a name is not part of it. */
export function withoutTrailingRole(text: string): string {
  const stripped = text.replace(TRAILING_ROLE, '').trim();
  return stripped.split(/\s+/).length >= 1 && stripped !== '' && looksLikePersonName(stripped) ? stripped : text;
}

/** The organization in "(guest, Vendor QA)": the parts that are not attendance words; null when none is left. */
function organizationOrNull(text: string): string | null {
  // "ttx (45)": a count in brackets (lines said in a chat log) is no organization.
  const parts = text.split(/\s*[,;]\s*/).map((p) => p.trim()).filter((p) => p !== '' && !/^\d+$/.test(p) && !CLASS_CODE.test(p) && !isCountry(p) && !NOT_AN_ORGANIZATION.test(p) && !REMARK.test(p) && !isJobTitle(p) && !isMeetingRoom(p));
  // "(Example Mutual, cyber insurer)": beside a capitalised name, words in lower case say what the organization is.
  const named = parts.some((p) => /^[\p{Lu}\p{N}]/u.test(p)) ? parts.filter((p) => /\p{Lu}|\p{N}/u.test(p)) : parts;
  return named.length === 0 ? null : named.join(', ');
}

/** "(guest)", "(observer, Acme)": the person attends as a guest. */
function marksGuest(text: string): boolean {
  return text.split(/\s*[,;]\s*/).some((p) => /^(guest|observer|visitor|visiting)$/i.test(p.trim()));
}

const HAS_SPACE = /[\s\u00A0\u2007\u202F]/;
/** Characters one of splitNameAndOrganization's separators needs. */
const NAME_ORGANIZATION_SEPARATOR = /[([,\-–—|/@]/;

/** Splits "Name, Company", "Name (Company)", "Name - Company" into parts; null when there is no separator. */
export function splitNameAndOrganization(text: string): { name: string; organization: string } | null {
  const paren = /^(.+?)\s*[([]([^()[\]]+)[)\]]$/.exec(text);
  if (paren !== null) return { name: paren[1]!.trim(), organization: paren[2]!.trim() };
  const comma = /^([^,]+?)\s*,\s*(.+)$/.exec(text);
  if (comma !== null) return { name: comma[1]!.trim(), organization: comma[2]!.trim() };
  const dash = /^(.+?)\s+[-–—|/@]\s+(.+)$/.exec(text);
  if (dash !== null) return { name: dash[1]!.trim(), organization: dash[2]!.trim() };
  // "Ana Roe/Example Labs": a slash without spaces before an organization.
  const slash = /^([^/]+?)\/([^/]+)$/.exec(text);
  if (slash !== null && looksLikeOrganization(slash[2]!.trim())) return { name: slash[1]!.trim(), organization: slash[2]!.trim() };
  return null;
}

/**
 * A plausible personal name: letters (any script), spaces, dots, apostrophes and hyphens, at most
 * six words, starting with a capital; only name particles ("de", "van", "bin") may start lower case.
 */
export function looksLikePersonName(text: string): boolean {
  // A middle dot joins the parts of a transliterated name ("ジョン・スミス", "约翰·史密斯").
  // "bob_k": a login in lower case may join its parts with underscores.
  if (/^\p{Ll}[\p{Ll}\d.-]*_[\p{Ll}\d._-]*$/u.test(text)) return true;
  if (!/^[\p{L}][\p{L}\p{M}.'’ ・･·-]*$/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 6) return false;
  if (LOWER_CASE_START.test(words[0]!) && !/^[a-z0-9._-]+$/.test(text)) return false;
  // "Zoë d'Arcy", "Gianni dell'Orto": a particle elided before the capitalised name is part of it.
  return words.every((w, i) => i === 0 || !LOWER_CASE_START.test(w) || NAME_PARTICLE.test(w) || /^\p{Ll}{1,4}['’]\p{Lu}/u.test(w));
}

/**
 * A link to write to someone (`mailto:`) that shows a person's name of two to five words: the person
 * chip of Google Docs, Gmail or Outlook pasted into a page. It names a person as a mention does.
 * "Contact us", "support@example.org" or "Sales Team" shown on such a link are no one's name.
 */
export function isPersonChip(el: Element): boolean {
  if (el.name !== 'a' || !/^mailto:/i.test(el.attribs['href'] ?? '')) return false;
  const shown = textContent([el]).replace(/\s+/g, ' ').trim();
  return CHIP_NAME.test(shown) && looksLikePersonName(shown) && !looksLikeOrganization(shown) && !isJobTitle(shown);
}
const CHIP_NAME = lazyRegExp(() => /^[\p{L}][\p{L}\p{M}'’.-]*(?: [\p{L}][\p{L}\p{M}'’.-]*){1,4}$/u);

/** A user mention or a person chip: an element that names one person. */
export function namesSomeone(el: Element): boolean {
  return isMention(el) || isPersonChip(el);
}

/**
 * A word that starts in lower case, in a script whose running text uses capitals. Georgian letters
 * are lower case to Unicode (Mtavruli capitals exist since Unicode 11) but names are written
 * without capitals, as in the caseless scripts: a Georgian word is never "lower case" here.
 */
export const LOWER_CASE_START = lazyRegExp(() => /^(?!\p{Script=Georgian})\p{Ll}/u);


/**
 * Full-width punctuation of Japanese and Chinese text as the rules read it: "出席者：A（X）、B"
 * is "出席者: A (X), B" (the ideographic comma and the full-width comma part people like a comma).
 */
export function withWesternPunctuation(text: string): string {
  if (!/[：（）、，；،؛]/u.test(text)) return text;
  return text.replace(/：/gu, ': ').replace(/\s*（/gu, ' (').replace(/）/gu, ')').replace(/[、，،]\s*/gu, ', ').replace(/[；؛]\s*/gu, '; ').replace(/ {2,}/g, ' ');
}

/** Reads one line of text as a person; null when the line names nobody and no organization. */
/**
 * An e-mail address, bracketed or after a dash ("Ana Roe <ana@example.org>"): how to reach the person, neither name nor organization.
 * A match starts only where a run of spaces or of address characters starts, and no two runs of spaces touch: a line of
 * thousands of spaces or letters is read once, not once from each of its characters.
 */
const EMAIL = /(?<!\s)\s*(?:[-–—,]\s*)?(?:[<([]\s*)?(?:mailto:)?(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>)\]]?/g;
/** "… via phone", "… on Zoom", "… by video": how the person joined, after the name and its affiliation. */
const JOINED_BY = /\s+(?:via|by|on|over|per)\s+(?:the\s+)?(?:phone|telephone|zoom|teams|ms teams|webex|video(?:\s*call)?|skype|google meet|meet|dial-?in|conference call|call)\s*[.)]?$/i;

/** "Remote: Ana Roe", "In the room: Bo Li", "Zoom: Cy Dee": how the people after it joined, a label and not a name. */
const JOINED_LABEL = /^\s*(?:remote(?:ly)?|online|virtual|in[- ]person|in the room|on[- ]?site|dial[- ]?in|phone|video|zoom|teams|ms teams|webex|skype|google meet)\s*:\s*/i;

/** The line without a how-they-joined label before its people. */
export function withoutJoinedLabel(text: string): string {
  return text.replace(JOINED_LABEL, '');
}

export function parsePersonText(written: string, context: PersonContext): PersonEntry | null {
  // A run of spaces says no more than one space does: read as one, no pattern below looks at a long run once from each of its spaces.
  const line = withOrganizationAfterWord(withoutJobAfterBrackets(withoutJoinedLabel(written.replace(/[^\S\n]{2,}/g, ' ')).replace(EMAIL, '').replace(JOINED_BY, '')));
  // "Ana Roe (Example Org) / Treasurer, Scribe": after the affiliation, a slash leads to the seat or portfolio, not to more names.
  // "Lionel_Wolberger": a chat handle joins the words of a name with underscores.
  const cleaned = cleanLine(withWesternPunctuation(asciiPunctuation(line)));
  const { rest, present: marked } = splitTrailingPresence((cleaned.includes('_') && !LOWER_CASE_HANDLE.test(cleaned) ? cleaned.replace(/(\p{L})_+(?=\p{L})/gu, '$1 ') : cleaned).replace(/(\))\s+\/\s+[^()/]+$/u, '$1'));
  const { text: remarked, alternateFor, away } = withoutRemarks(rest.replace(/^@\s*/, '').replace(/\*+|(?<![\p{L}\d])_+|_+(?![\p{L}\d])/gu, ' ').replace(/\s+/g, ' ').trim());
  // "Name, Office — present (by phone)": the mark before the remark, once the remark is gone.
  // "Ana Roe (Example Labs) (guest)": brackets side by side say one thing each, as one bracket with commas would.
  const again = splitTrailingPresence(remarked.replace(/\)\s*\(/g, ', '));
  const present = marked ?? again.present ?? (away ? false : null);
  const untitled = withoutTitlesAndDegrees(withoutTrailingCode(again.rest));
  const text = withoutTrailingRole(untitled);
  // "Club Secretary", "Events Officer": an office with the word of what it serves before it, one word left once
  // the office goes, names nobody (unless that word is someone's first name on the page: "Ana Lead").
  if (text !== untitled && !text.includes(' ') && isJobTitle(untitled) && context.firstNames?.has(text.toLowerCase()) !== true) return null;
  if (text === '' || EMPTY_MARKERS.test(text) || isCountry(text) || DEGREE.test(text) || isMeetingRoom(text) || ROLE_ALONE.test(text)) return null;
  const entry = parsePersonParts(withoutInitials(text), present, context);
  if (entry !== null && alternateFor !== null) entry.alternateFor = alternateFor;
  // "Ana Roe (Finance)": a department in brackets is where the person comes from ("Ana Roe - Finance" is her job).
  const department = DEPARTMENT_IN_BRACKETS.exec(rest)?.[1];
  if (entry !== null && entry.organization === null && department !== undefined) entry.organization = department;
  // "(guest)" may have gone with the roles; it still says how the person attends.
  if (entry !== null && /[(,]\s*(?:guest|observer|visitor|visiting)\b/i.test(rest)) entry.guest = true;
  // "(staff)", "(LF staff)", "(liaison)", "(non-voting)": there to serve or observe the body, without a seat.
  if (entry !== null && SERVES_WITHOUT_SEAT.test(rest)) entry.guest = true;
  return entry;
}

const GUEST_WORD = /^(?:guest|observer|visitor)$/i;

/** "bob_k", "@ana_lima": a login in lower case whose underscores are part of it (a "Lionel_Wolberger" handle joins a name's words). */
const LOWER_CASE_HANDLE = lazyRegExp(() => /^@?\p{Ll}[\p{Ll}\d._-]*$/u);

/**
 * "Liam Burke from Example Ltd", "Ana Roe of Example Council": a full name, then "from" or "of" and a
 * capitalised name is where the person comes from, written as "Liam Burke (Example Ltd)" would be.
 * A remark in brackets after it stays after it; a time the person came or went at the end is dropped.
 */
function withOrganizationAfterWord(written: string): string {
  // "Dana Fox from 10:30", "Bo Li left at 11.15am": when the person came or went, a remark and no part of the name.
  const text = written.replace(/\s+(?:from|until|till|after|before|(?:joined|left|arrived)(?:\s+at)?)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*$/i, '');
  const m = /^([^(),]+?)\s+(?:from|of)\s+(\p{Lu}[^(),]*?)(\s*\(.*\))?$/u.exec(text.trim());
  if (m === null) return text;
  const name = m[1]!.trim();
  if (name.split(/\s+/).length < 2 || !looksLikePersonName(name) || isJobTitle(name)) return text;
  return `${name} (${m[2]!.trim()})${m[3] ?? ''}`;
}

/**
 * Jobs written beside an employer, reduced to the employer: "Ana Roe (Example Networks) – Treasurer"
 * (after the bracketed organization, a dash leads to the office), "Ana Roe – Data Officer, Example
 * Council" (the office between the name and the employer), "(Head of Analytics at Example Water)".
 */
function withoutJobAfterBrackets(text: string): string {
  // "Ana Roe (Example Labs) - joined at 10:15", "Ana Roe, Example Labs – Secretary": after the affiliation, a job or a remark.
  const dashes = [...text.matchAll(/\s[-–—]\s/gu)];
  const last = dashes[dashes.length - 1];
  if (last !== undefined) {
    const head = text.slice(0, last.index).trimEnd();
    const tail = text.slice(last.index + last[0].length).trim();
    if (/[),]/.test(head) && !/[()]/.test(tail) && (isJobTitle(tail) || REMARK.test(tail))) return head;
    // "Ana Roe (Example Labs) - guest", "Bo Li - observer": after a dash, how the person attends, said as "(guest)" would say it.
    if (GUEST_WORD.test(tail)) return head.endsWith(')') ? `${head.slice(0, -1)}, ${tail})` : `${head} (${tail})`;
  }
  // Both patterns below need what most names lack: a spaced dash (found above), " at ".
  const between = last !== undefined ? /^([^,–—()]+?)\s+[-–—]\s+([^,()]+?),\s*([^()]+)$/u.exec(text) : null;
  if (between !== null && isJobTitle(between[2]!) && !isJobTitle(between[3]!)) return `${between[1]!}, ${between[3]!}`;
  if (!/\sat\s/.test(text)) return text;
  return text.replace(/([(,]\s*)([^(),]+?)\s+at\s+(\p{Lu}[^(),]*)/gu, (whole, open: string, job: string, employer: string) => (isJobTitle(job) ? `${open}${employer}` : whole));
}

const SERVES_WITHOUT_SEAT = lazyRegExp(() => /\(\s*(?:[\p{L}-]+\s+)?(?:staff|secretariat|liaison|non-?voting)\s*\)/iu);

const DEPARTMENT_IN_BRACKETS = /\(\s*(marketing|finance|legal|hr|sales|design|engineering|ops|operations|procurement|support)\s*\)\s*$/i;

/** "(m.k.)", "(a.w.)": letters in lower case with dots, a note's shorthand (an organization's initials are capitals). */
const LOWER_ABBREVIATION = lazyRegExp(() => /^\p{Ll}{1,3}(?:\.\p{Ll}{1,3})*\.$/u);

/** "(jdoe)", "(@m.ito)": a login in brackets, one lower-case word with digits or dots, says who the person is on a system, not where they come from. */
const USER_HANDLE = lazyRegExp(() => /^@?\p{Ll}[\p{Ll}\d._-]{2,30}$/u);

/**
 * "represented by Bo Li", "était représentée par", "vertreten durch", "vertegenwoordigd door",
 * "representado por", "rappresentato da": the person did not come; someone else came in their place.
 */
const REPRESENTED_BY = /^(?:(?:was|is|être|était|a été|est|wurde|ist|werd|is|fue|foi|era|è stat[oa])\s+)?(?:represented|représenté(?:e)?s?|vertreten|vertegenwoordigd|representad[oa]|rappresentat[oa])\s+(?:by|par|durch|door|por|da)\s+\S/iu;
const STANDS_IN = /^(?:alternate|alt\.?|deputy|proxy|substitute|sub|standing in|stand-?in|delegate|replacing|on behalf of|seated|sitting(?: in)?|covering|in place of|in (?:vertretung|stellvertretung)|vertretung|vertritt|en remplacement de|remplaçant(?:e)? de|suppléant(?:e)? de|ter vervanging van|vervangt|vervanger van|en (?:sustitución|representación) de|in sostituzione di)\s*(?:for|of|für|von)?\s+(.+)$/i;
/**
 * "(for Jyotsna Kapur)": in brackets after a name, "for" and another person's full name says whom
 * the person sat in for ("(for item 4)", "(for Finance)" name nobody).
 */
function sittingFor(part: string): RegExpExecArray | null {
  const m = /^for\s+(\p{Lu}.+)$/u.exec(part.trim());
  if (m === null) return null;
  const name = withoutTitles(m[1]!);
  return name.split(/\s+/).length >= 2 && looksLikePersonName(name) && !isJobTitle(name) && !looksLikeOrganization(name) ? m : null;
}

/** What people write in brackets after a name that says why or how, not who ("left after item 2", "at a conference"). */
const REMARK = lazyRegExp(() => /^(?:(?:em|en|in|na|no|ao|al|nel|nella|bij|op|auf|im|à|a la)\s+\p{Ll}|excus|justific|giustific|entschuldigt|(?:left|joined|arrived|from|until|at|on|via|by|dialled|dialed|travel+ing|sick|ill|conference|holiday|vacation|parental leave|part[- ]time|first meeting|new(?=\s*$)|returning|items?\b|agenda item|for (?:items?|agenda items?|part|the (?:first|last|\w+ item))\b)(?![\p{L}]))/iu);

/**
 * Brackets after a name that hold a role, a remark or whom the person stands in for, and comma
 * parts that are a role: taken out ("Sam (chair), Example Org" → "Sam, Example Org").
 */
function withoutRemarks(text: string): { text: string; alternateFor: string | null; away: boolean } {
  let alternateFor: string | null = null;
  let visitingFrom: string | null = null;
  let away = false;
  const out = text
    .replace(/\s*[([]([^()[\]]*)[)\]]/g, (whole, inner: string) => {
      // "(Example Labs / Chair)": a slash between spaces parts what the brackets say, as a comma does.
      const parts = inner.split(/\s*[,;]\s*|\s+\/\s+/);
      // "(secretary, minutes)": beside a role, a word in lower case is what the person does, not where they come from.
      const besideRole = parts.some((part) => isJobTitle(part));
      const kept = parts.filter((part) => {
        // "(sent apologies)", "(invited, absent)", "(sick)": a reason for not being there, before a lower-case word is taken for a handle.
        if (isAwayText(part)) {
          away = true;
          return false;
        }
        if (LOWER_ABBREVIATION.test(part) || USER_HANDLE.test(part) || (besideRole && !/\p{Lu}/u.test(part))) return false;
        // "(visiting from Example University)": the person comes from that organization.
        const visiting = /^(?:visiting|visitor|guest)\s+from\s+(\S.*)$/i.exec(part);
        if (visiting !== null) {
          visitingFrom = visiting[1]!.trim();
          return false;
        }
        const stands = STANDS_IN.exec(part) ?? sittingFor(part);
        if (stands !== null) {
          alternateFor = stands[1]!.trim();
          return false;
        }
        // "(represented by Bo Li)", "(vertreten durch Bo Li)": someone else came in the person's place.
        if (REPRESENTED_BY.test(part)) {
          away = true;
          return false;
        }
        return !(NOT_AN_ORGANIZATION.test(part) || CLASS_CODE.test(part) || REMARK.test(part) || isJobTitle(part) || /^(?:guest|observer|visitor|visiting)$/i.test(part));
      });
      if (kept.length === parts.length) return whole;
      const guest = parts.some((part) => /^(?:guest|observer|visitor|visiting)$/i.test(part)) ? ['guest'] : [];
      const left = [...guest, ...kept, ...(visitingFrom !== null ? [visitingFrom] : [])];
      visitingFrom = null;
      return left.length === 0 ? '' : ` (${left.join(', ')})`;
    })
    .trim();
  const parts = out.split(/\s*,\s*/).filter((part, i) => {
    // "Cy Dee, était représenté par Bo Li": after the name's comma, someone came in the person's place.
    if (i > 0 && REPRESENTED_BY.test(part)) {
      away = true;
      return false;
    }
    // "Eva Holm, in place of Finn Lowe": after the name's comma, whom the person sits in for.
    const stands = i > 0 && alternateFor === null ? STANDS_IN.exec(part) : null;
    if (stands !== null && /^\p{Lu}/u.test(stands[1]!.trim())) {
      alternateFor = stands[1]!.trim();
      return false;
    }
    return true;
  });
  const kept = parts.filter((part, i) => i === 0 || !((NOT_AN_ORGANIZATION.test(part) || isJobTitle(part)) && !/^(?:guest|observer|visitor|visiting)$/i.test(part)));
  // "Member Quill", "Dr Finn Lowe": whom the person sits in for, without the office or title written before the name.
  const seatOf = alternateFor as string | null;
  return { text: kept.join(', '), alternateFor: seatOf === null ? null : withoutTitles(seatOf) || seatOf, away };
}

/** "Jo Smith (JS)": the person's initials in brackets are no organization. */
/**
 * A code written after a name: capitals and digits together ("G4XVK", "2E0YLM", "EMP0042"), a
 * callsign, staff number or badge: it identifies the person and is no part of the name.
 */
const TRAILING_CODE = /^(\S+(?:\s+\S+)+?)\s+(?=[A-Z\d]*\d)(?=[A-Z\d]*[A-Z])[A-Z\d]{3,10}$/;

function withoutTrailingCode(text: string): string {
  if (!/\d/.test(text)) return text;
  return TRAILING_CODE.exec(text)?.[1] ?? text;
}

function withoutInitials(text: string): string {
  const m = /^(.+?)\s*\(([A-Z]{2,4})\)$/.exec(text);
  if (m === null) return text;
  const initials = m[1]!.split(/[\s-]+/).map((w) => w[0] ?? '').join('').toUpperCase();
  return initials === m[2] || initials.startsWith(m[2]!) ? m[1]! : text;
}

function parsePersonParts(text: string, present: boolean | null, context: PersonContext): PersonEntry | null {
  let parts = splitNameAndOrganization(text) ?? nameOfOrganization(text, isJobTitle, context.knownOrganizations);
  // "Geology – Ana Ruiz": the page writes its seats organization first; "Theology – vacant" seats nobody.
  if (parts !== null && context.knownOrganizations.has(parts.name.toLowerCase()) && !looksLikeOrganization(parts.organization)) {
    if (EMPTY_MARKERS.test(parts.organization)) return null;
    if (looksLikePersonName(parts.organization)) parts = { name: parts.organization, organization: parts.name };
  }
  // "Treasurer – Ana Roe", "VP Finance - Bo Li": an office written first, the person after the dash; the office is no organization.
  if (parts !== null && isOfficeBeforePerson(text, parts, context.knownOrganizations)) {
    return { name: parts.organization, organization: null, present, accountId: null, userKey: null };
  }
  // "Treasurer – Ana Roe (Example Labs)": the same before the person's organization in brackets.
  const officeFirst = parts !== null ? /^(.+?)\s+[-–—]\s+(.+)$/u.exec(parts.name) : null;
  if (parts !== null && officeFirst !== null && isOfficeBeforePerson(parts.name, { name: officeFirst[1]!, organization: officeFirst[2]! }, context.knownOrganizations)) {
    return { name: officeFirst[2]!, organization: organizationOrNull(parts.organization), present, accountId: null, userKey: null };
  }
  // "Müller, Hans (Siemens)": with the organization in brackets, a comma before one first name parts it from the surname.
  const surnameFirst = parts !== null && /[([]/.test(text) ? new RegExp(String.raw`^(${PARTICLES_BEFORE_NAME}\p{Lu}[\p{L}\p{M}'’-]*),\s*(\p{Lu}[\p{L}\p{M}'’-]*)$`, 'u').exec(parts.name) : null;
  if (surnameFirst !== null && looksLikePersonName(`${surnameFirst[2]} ${surnameFirst[1]}`) && !looksLikeOrganization(surnameFirst[1]!, context.knownOrganizations) && !isJobTitle(surnameFirst[1]!, context.knownOrganizations) && !looksLikeOrganization(surnameFirst[2]!, context.knownOrganizations)) {
    return { name: `${surnameFirst[2]} ${surnameFirst[1]}`, organization: organizationOrNull(parts!.organization), present, accountId: null, userKey: null };
  }
  // "Ana Roe, Acme (guest)": the bracket says only that she is a guest; the person and organization are before it.
  if (parts !== null && /^(?:guest|observer|visitor|visiting)$/i.test(parts.organization.trim()) && /,/.test(parts.name)) {
    const before = parsePersonParts(parts.name, present, context);
    if (before !== null && before.name !== null) return { ...before, guest: true };
  }
  if (parts !== null && isLastCommaFirst(text, parts, context)) {
    return { name: `${parts.organization} ${parts.name}`, organization: null, present, accountId: null, userKey: null };
  }
  if (parts !== null && looksLikePersonName(parts.name)) {
    const entry: PersonEntry = { name: parts.name, organization: organizationOrNull(parts.organization), present, accountId: null, userKey: null };
    if (marksGuest(parts.organization)) entry.guest = true;
    return entry;
  }
  const lone = looksLikeOrganization(text, context.knownOrganizations) || (context.organizationsExpected === true && !text.includes(' '));
  if (lone) return { name: null, organization: text, present, accountId: null, userKey: null };
  if (!looksLikePersonName(text)) return null;
  return { name: text, organization: null, present, accountId: null, userKey: null };
}

/** "VP Finance", "SVP Sales": an abbreviated office of vice president, then the field it heads. */
const VP_OFFICE = lazyRegExp(() => /^(?:[SEA]?VP|V\.P\.)\s+(?:of\s+)?\p{Lu}/u);

/**
 * "Treasurer – Ana Roe", "Head of Outreach — Mia Sato": a dash between an office (a job title, no
 * name of a person) and a full name (no office, no organization) writes the office first.
 */
function isOfficeBeforePerson(text: string, parts: { name: string; organization: string }, known: ReadonlySet<string>): boolean {
  if (!/\s[-–—]\s/u.test(text) || /[(),]/.test(parts.name)) return false;
  const office = parts.name;
  if (!(isJobTitle(office, known) || VP_OFFICE.test(office))) return false;
  const person = withoutTitles(parts.organization);
  return person.split(/\s+/).length >= 2 && looksLikePersonName(person) && !isJobTitle(person, known) && !looksLikeOrganization(person, known);
}

const SINGLE_NAME_WORD = lazyRegExp(() => /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}$/u);

/** "Muller, Ana": two single capitalized words around a comma, the shape that "Last, First" and "Name, Company" share. */
function isSingleWordPair(text: string, parts: { name: string; organization: string }): boolean {
  return /^[^,]+,[^,]+$/.test(text) && SINGLE_NAME_WORD.test(parts.name) && SINGLE_NAME_WORD.test(parts.organization);
}

/**
 * "Muller, Ana" is a surname and a first name, not a name and a company, when the second word is
 * no organization the page knows and either it is someone's first name elsewhere on the page or
 * the column's other entries are "First Last, Organization".
 */
function isLastCommaFirst(text: string, parts: { name: string; organization: string }, context: PersonContext): boolean {
  if (!isSingleWordPair(text, parts) || looksLikeOrganization(parts.organization, context.knownOrganizations)) return false;
  return context.firstNames?.has(parts.organization.toLowerCase()) === true || context.fullNamesExpected === true;
}

/** The first names of people written in full ("Jane Roe", "Jane Roe, Example Labs", "@Jane Roe"), lower case. */
export function collectFirstNames(texts: string[]): Set<string> {
  const found = new Set<string>();
  for (const line of distinctLines(texts)) {
    // A full name has two words: a line without white space (a number, one word) names no one in full.
    if (!HAS_SPACE.test(line)) continue;
    const clean = splitTrailingPresence(cleanLine(line)).rest.replace(/^@\s*/, '');
    const name = (NAME_ORGANIZATION_SEPARATOR.test(clean) ? splitNameAndOrganization(clean)?.name : undefined) ?? clean;
    // Cheapest tests first: a person's name has two to six words (looksLikePersonName), the first a capitalized one.
    const words = name.split(/\s+/);
    // "Club Secretary" is an office: its first word is no one's first name.
    if (words.length >= 2 && words.length <= 6 && SINGLE_NAME_WORD.test(words[0]!) && looksLikePersonName(name) && !isJobTitle(name)) found.add(words[0]!.toLowerCase());
  }
  return found;
}

/** Most entries of the column are "First Last, Organization" (at least two). */
export function columnOfFullNamesWithOrganizations(texts: string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  const full = filled.filter((t) => {
    const parts = splitNameAndOrganization(splitTrailingPresence(cleanLine(t)).rest);
    return parts !== null && looksLikePersonName(parts.name) && parts.name.split(/\s+/).length >= 2;
  });
  return full.length >= 2 && full.length * 2 >= filled.length;
}

function mentionName(text: string, accountId: string | null, userKey: string | null): string | null {
  const name = cleanLine(text).replace(/^@/, '').trim();
  if (name === '' || name === accountId || name === userKey) return null;
  return name;
}

/**
 * Reads a cell (or list item) of hub HTML as people: each user mention is a person (text around
 * it may name the organization), otherwise each line is read as text.
 */
export function parsePersonCell(html: string, context: PersonContext): PersonEntry[] {
  if (!/[<&]/.test(html)) {
    // Plain text: no markup to read, one line (two people when a slash parts two full names).
    return sharedSeat(html).map((line) => parsePersonText(line, context)).filter((p): p is PersonEntry => p !== null);
  }
  return parsePersonNodes(parseDocument(html).children, context);
}

/** parsePersonCell on nodes already parsed (a table cell or list item of the page). */
export function parsePersonNodes(nodes: readonly AnyNode[], context: PersonContext): PersonEntry[] {
  const mentions = elementsWhere(nodes, namesSomeone);
  if (mentions.length > 0) {
    const rest = viewWith(nodes, (el) => (namesSomeone(el) ? 'drop' : null));
    const restText = splitTrailingPresence(nodesText(rest).replace(/\n/g, ' '));
    const organization = restText.rest.replace(/^[\s,;:()[\]–—-]+|[\s,;:()[\]–—-]+$/g, '').trim();
    // "@Ana Roe – on holiday", "@Bo Li (off sick)": a reason for being away is all the text beside one mention.
    if (mentions.length === 1 && restText.present === null && organization !== '' && isAwayText(organization)) {
      const ids = mentionIds(mentions[0]!);
      return [{ name: mentionName(textContent([mentions[0]!]), ids.accountId ?? null, ids.userKey ?? null), organization: null, present: false, accountId: ids.accountId ?? null, userKey: ids.userKey ?? null }];
    }
    return mentions.map((a) => {
      const ids = mentionIds(a);
      const accountId = ids.accountId ?? null;
      const userKey = ids.userKey ?? null;
      return {
        name: mentionName(textContent([a]), accountId, userKey),
        organization: mentions.length === 1 ? (looksLikeOrganizationText(organization) ? organizationOrNull(organization) : null) : bracketAfter(a),
        present: restText.present,
        accountId,
        userKey,
      };
    });
  }
  const lines = nodesText(nodes as AnyNode[]).split('\n').flatMap(sharedSeat);
  const emphasized = elementsWhere(nodes, (el) => el.name === 'em' || el.name === 'i').map((el) => textContent([el]));
  const read = (line: string): PersonEntry | null => {
    const entry = parsePersonText(line, context);
    // "Ana Roe <em>Example Energy</em>": the emphasis parts the person from the organization.
    if (entry === null || (entry.name !== null && entry.organization !== null) || emphasized.length === 0) return entry;
    const parted = withEmphasizedAffiliation(line, emphasized);
    const again = parted === line ? null : parsePersonText(parted, context);
    return again !== null && again.name !== null && again.name.includes(' ') && again.organization !== null ? again : entry;
  };
  return withAffiliationLines(lines.map(read).filter((p): p is PersonEntry => p !== null));
}

/** "@ana (Example Labs) @bo (Other Co)": the organization in the brackets right after one of several mentions; null without one. */
function bracketAfter(mention: Element): string | null {
  const after = mention.next;
  const bracket = after !== null && after.type === 'text' ? /^\s*\(([^()]{1,60})\)/.exec((after as unknown as { data: string }).data) : null;
  return bracket !== null && looksLikeOrganizationText(bracket[1]!) ? organizationOrNull(bracket[1]!) : null;
}

/**
 * "Kym Adebayo / Jodi Harrow": two people who share one seat or cell, a slash between full names.
 * A slash before an office or a unit ("Ana Roe / Treasurer") leaves the line whole.
 */
export function sharedSeat(line: string): string[] {
  if (!line.includes('/')) return [line];
  const parts = line.split(/\s*\/\s*/).map((p) => p.trim());
  const fullName = (part: string): boolean => {
    const name = withoutTitles(part);
    return name.split(/\s+/).length >= 2 && looksLikePersonName(name) && !isJobTitle(name) && !looksLikeOrganization(name);
  };
  return parts.length >= 2 && parts.every(fullName) ? parts : [line];
}

/** A surname ("Vasquez-Laine", "McAllister", "O'Neill") or given names ("Ana Sofía") as a "Surname, Given" entry writes them. */
const SURNAME = lazyRegExp(() => /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}$/u);
const GIVEN_NAMES = lazyRegExp(() => /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}(?:\s+(?:\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}|\p{Lu}\.))?$/u);

/**
 * "Abraham, Philippe; Cruz, José; Dai, Aiguo": a list whose every entry is "Surname, Given names"
 * (one word before the comma, one or two given names after it, no organization among them) writes
 * each person surname first. The entries as "Given Surname", or null when the list is not such.
 */
export function surnameFirstList(parts: readonly string[], knownOrganizations: ReadonlySet<string>): string[] | null {
  if (parts.length < 2) return null;
  const people: string[] = [];
  for (const part of parts) {
    const m = /^([^,\s]+)\s*,\s*([^,]+?)\.?$/u.exec(part.trim());
    if (m === null || !SURNAME.test(m[1]!) || !GIVEN_NAMES.test(m[2]!)) return null;
    if (looksLikeOrganization(m[2]!, knownOrganizations) || isCountry(m[2]!) || isJobTitle(m[2]!) || DEGREE.test(m[2]!)) return null;
    people.push(`${m[2]!} ${m[1]!}`);
  }
  return people;
}

function looksLikeOrganizationText(text: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}&.,' -]*$/u.test(text) && text.split(/\s+/).length <= 6;
}

/**
 * The organizations named after people in these texts ("Name, Org" and the like), lower case.
 * "Muller, Ana" teaches nothing: it may be "Last, First".
 */
export function collectOrganizations(texts: string[]): Set<string> {
  const found = new Set<string>();
  for (const line of distinctLines(texts)) {
    // An organization follows a name after a bracket, a comma or a dash-like separator; without one there is none.
    if (!NAME_ORGANIZATION_SEPARATOR.test(line)) continue;
    const clean = splitTrailingPresence(cleanLine(line)).rest;
    // "Kai Moor / Lena Park" is two people, not a person and a company.
    if (sharedSeat(clean).length > 1) continue;
    const parts = splitNameAndOrganization(clean);
    if (parts !== null && isSingleWordPair(clean, parts)) continue;
    // "Treasurer – Ana Roe": the person comes after the office; she is no organization.
    if (parts !== null && isOfficeBeforePerson(clean, parts, found)) continue;
    const organization = parts !== null && looksLikePersonName(parts.name) ? organizationOrNull(parts.organization) : null;
    if (organization !== null) found.add(organization.toLowerCase());
  }
  return found;
}

const ORGANIZATION_FIRST = /^([^,;()–—-]+?)\s+[–—-]\s+(.+)$/u;

/**
 * "Geology – Ana Ruiz", "Law – Bo Li": when several lines of the page name a one-word unit
 * first and a full name after the dash (and none of those words is someone's first name on the
 * page), the units are organizations, lower case. Empty when the page writes "Name – Org".
 */
export function collectOrganizationsWrittenFirst(texts: string[], firstNames: ReadonlySet<string>): { organizations: Set<string>; people: Set<string> } {
  const lefts: string[] = [];
  const rights: string[] = [];
  let lines = 0;
  for (const line of distinctLines(texts.flatMap((t) => t.split(/\s*;\s*/)))) {
    const m = ORGANIZATION_FIRST.exec(cleanLine(line).trim());
    if (m === null) continue;
    const left = m[1]!.trim();
    const right = m[2]!.replace(/\s*\(.*\)\s*$/, '').trim();
    const person = right.split(/\s+/).length >= 2 && looksLikePersonName(right) && !looksLikeOrganization(right);
    if (!(person || EMPTY_MARKERS.test(right)) || left.split(/\s+/).length > 3 || !/^\p{Lu}/u.test(left)) continue;
    lines += 1;
    lefts.push(left);
    rights.push(right);
  }
  const single = lefts.filter((l) => !l.includes(' '));
  if (lines < 3 || single.length * 2 < lefts.length || single.some((l) => firstNames.has(l.toLowerCase()))) return { organizations: new Set(), people: new Set() };
  return { organizations: new Set(lefts.map((l) => l.toLowerCase())), people: new Set(rights.map((r) => r.toLowerCase())) };
}

/** Each line of the texts once: tables repeat values down their columns, and a line read once has given all it can. */
function* distinctLines(texts: readonly string[]): Generator<string> {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (seen.has(line)) continue;
      seen.add(line);
      yield line;
    }
  }
}
