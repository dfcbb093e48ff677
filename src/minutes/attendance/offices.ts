import { lazyRegExp } from '../lazy-pattern.js';
/**
 * What a Role column says about a person's place at the meeting. Offices of a body (chair,
 * vice-chair, secretary, treasurer, president, officer) sit on it: in a register whose other rows
 * say "Member", they are members too. A liaison or the body's staff attends without a seat.
 */

/** "Member", "Board member", "Voting member": the row's person sits on the body. */
const MEMBER_CELL = /^\s*(?:(?:full|voting|board|committee|council|elected|appointed|regular|ordinary)\s+)?members?\s*$/i;
/** Offices held within a body ("Vice-chair", "Secretary", "Treasurer"), alone in the cell. */
const OFFICE_CELL = /^\s*(?:(?:co|vice|deputy|acting|interim)[- ]?)?(?:chair(?:man|woman|person)?|secretary|treasurer|president|officer|convenor|convener)\s*$/i;
/** "Council liaison", "Staff", "Staff support": people who serve the body without sitting on it. */
const SERVES_CELL = lazyRegExp(() => /^\s*(?:(?:[\p{L}-]+\s+){0,2}liaison|staff(?:\s+(?:liaison|support|member))?|(?:support|city|county|council|board|committee)\s+staff|secretariat)\s*$/iu);

/** The role a Role cell's office gives within a register of members; null when the cell says nothing of it. */
export function officeRole(text: string, registerOfMembers: boolean): 'member' | 'guest' | null {
  if (SERVES_CELL.test(text)) return 'guest';
  if (registerOfMembers && (MEMBER_CELL.test(text) || OFFICE_CELL.test(text))) return 'member';
  return null;
}

/** A Role column some of whose cells say "Member": the table is a register of the body's members. */
export function isRegisterOfMembers(roleCells: readonly string[]): boolean {
  return roleCells.some((text) => MEMBER_CELL.test(text));
}

/** "Chair:", "Vice-chair:", "Treasurer:": a label naming who holds an office of the body. */
const OFFICE_LABEL = /^\s*(?:(?:co|vice|deputy|acting|interim)[- ]?)?(?:chair(?:man|woman|person)?|chaired by|secretary|treasurer|president|convenor|convener)s?\s*:?\s*$/i;

/**
 * On the page of a body with members (a board, committee or council) that lists people as its
 * members, the people named by its offices ("Chair: Ana Roe", "Treasurer: Bo Li") sit on it:
 * members. On a team's page, or beside a plain list of attendees, they stay participants.
 */
export function officersSit(attendees: { role: 'member' | 'alternate' | 'guest' | 'participant'; group: string | null }[], bodysPage: boolean): void {
  // Only where the page records its members as such: beside a plain list of attendees, the chair is one of them.
  if (!bodysPage || !attendees.some((a) => a.role === 'member')) return;
  for (const a of attendees) if (a.role === 'participant' && OFFICE_LABEL.test(a.group ?? '')) a.role = 'member';
}
