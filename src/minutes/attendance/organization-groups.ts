/**
 * People written under their organization: a heading or a spanning table row that names a company
 * ("Halvorsen Maritime AS", then its people) gives those people that organization. A heading that
 * names the meeting's own body ("Steering Committee", "Board"), a kind of attendee ("Observers",
 * "Members") or anything else is no organization of theirs.
 */
import { looksLikeOrganization } from '../organizations.js';
import { classifyHeading } from '../sections.js';

/** Last words of the names of bodies that meet, and of groups of people: they name no employer. */
const BODY_OR_GROUP = /\b(?:committee|council|board|commission|team|group|panel|forum|working group|task ?force|sig|subcommittee|assembly|senate|members?|attendees|participants|guests|observers|staff|others|present|absent|apologies|regrets|representatives|delegates|voting|non-?voting)s?\s*:?\s*$/i;

/**
 * The organization a group label (a heading or a spanning row over people) names, or null: it must
 * read as an organization by its name (a legal or institutional suffix, a known name, an acronym)
 * and not as a body or a kind of attendee.
 */
export function organizationOfGroup(label: string | null, knownOrganizations: ReadonlySet<string>): string | null {
  if (label === null) return null;
  const text = label.replace(/\s*:\s*$/, '').trim();
  // "OOO", "Regrets", "Present": a label of a kind of attendee or of a part of the minutes.
  if (text === '' || text.length > 60 || BODY_OR_GROUP.test(text) || classifyHeading(text) !== 'other') return null;
  // One word that only ends like an organization ("Security", "Cloud") is a topic or a team; an acronym or a known name is not.
  const oneWord = !/\s/.test(text) && !/^[A-Z][A-Z0-9&.-]{1,9}$/.test(text) && !knownOrganizations.has(text.toLowerCase());
  return !oneWord && looksLikeOrganization(text, knownOrganizations) ? text : null;
}

/**
 * A label of people that names where they come from, when the line says so by its form ("Label:
 * Name, Name" in a list of people): an organization by organizationOfGroup, or a name of two to five
 * capitalised words that is no body, kind of attendee or office ("Tidewater Logistics").
 */
export function organizationOfLabel(label: string, knownOrganizations: ReadonlySet<string>, isJob: (text: string) => boolean): string | null {
  const named = organizationOfGroup(label, knownOrganizations);
  if (named !== null) return named;
  const text = label.trim();
  const words = text.split(/\s+/);
  const capitalised = words.length >= 2 && words.length <= 5 && words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:of|and|for|the|de|du|la|y|&)$/.test(w));
  return capitalised && !BODY_OR_GROUP.test(text) && !isJob(text) ? text : null;
}

/** People with no organization of their own, listed under a heading that names one, take it. */
export function organizationsOfGroups<T extends { organization: string | null; group: string | null }>(people: T[], knownOrganizations: ReadonlySet<string>): void {
  for (const person of people) {
    if (person.organization !== null) continue;
    const organization = organizationOfGroup(person.group, knownOrganizations);
    if (organization !== null) person.organization = organization;
  }
}
