/**
 * "Example Utilities: Ana Roe, Bo Li", "NWU: Cy Dee", "Example Labs (Ana Roe, Bo Li)": an
 * organization, a colon or brackets, and the people who came from it, on one line of a list of people. The line's label must name an
 * organization (see organizationOfGroup), not a kind of attendee ("Present:", "Guests:"), an
 * office ("Wardens:") or a team; the people after it must all be full names. A label that names no
 * organization ("Paris:", "Acme:") still introduces people: they are kept, with no organization.
 */
import { classifyHeading } from '../sections.js';
import { organizationOfGroup, organizationOfLabel } from './organization-groups.js';

const LABELLED = /^\s*([^:]{2,60}?)\s*:\s*(\S.*)$/su;
const PEOPLE_IN_BRACKETS = /^([^():]{2,60}?)\s*\(([^()]+)\)$/su;

/** The organization and the names after it, or null when the line is not written so. */
export function organizationAndPeople(
  text: string,
  knownOrganizations: ReadonlySet<string>,
  splitPeople: (text: string) => string[],
  isFullName: (text: string) => boolean,
  isJob: (text: string) => boolean,
): { organization: string | null; people: string[] } | null {
  const labelled = LABELLED.exec(text);
  // "Example Labs (Ana Roe, Bo Li)": the organization, then its people in brackets; only a name that
  // reads as an organization by itself ("Ana Roe (Bo Li)" is someone and whoever stood in for her).
  const bracketed = labelled === null ? PEOPLE_IN_BRACKETS.exec(text.trim()) : null;
  const m = labelled ?? bracketed;
  if (m === null) return null;
  const label = m[1]!.trim();
  if (classifyHeading(label) !== 'other') return null;
  const organization = bracketed !== null ? organizationOfGroup(label, knownOrganizations) : organizationOfLabel(label, knownOrganizations, isJob);
  // "Paris: Ana Roe, Bo Li", "Acme: Ana Roe": a label that may be a place, a team or a one-word company, then
  // full names. The people are kept whatever the label is; only a label that reads as an organization is theirs.
  if (organization === null && (bracketed !== null || isFullName(label) || isJob(label))) return null;
  const people = splitPeople(m[2]!);
  return people.length > 0 && people.every(isFullName) ? { organization, people } : null;
}
