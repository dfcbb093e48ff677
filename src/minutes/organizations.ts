import { lazyRegExp } from './lazy-pattern.js';
/**
 * Recognizing an organization written where a person's name might be (a seat with nobody
 * named): by legal or institutional suffix, by a short list of organizations that sit on
 * open-source and standards committees, or because the page names it as someone's organization.
 */

const ORG_SUFFIX =
  /\b(inc|inc\.|incorporated|ltd|ltd\.|limited|llc|llp|gmbh|ag|sa|s\.a\.|sas|bv|b\.v\.|nv|plc|corp|corp\.|corporation|company|co\.|group|foundation|university|institute|labs?|laboratories|technologies|technology|systems|software|solutions|consortium|association|alliance|council|committee|ministry|agency|department|team|bank|analytics|networks|cloud|data|health|hospital|clinic|college|school|academy|partners|capital|consulting|ventures|holdings|industries|services|media|energy|utilities|utility|robotics|computing|compute|security|research|center|centre|studio|works|trust|oy|oyj|ab|aps|as|asa|kk|pty|srl|spa|s\.p\.a\.|bank|authority|office|bureau|board|commission|society|network|cooperative|co-?op|ltda|s\.l\.|sl)$/i;

const WELL_KNOWN = new Set(
  [
    'Red Hat', 'IBM', 'Microsoft', 'Google', 'Alphabet', 'Amazon', 'AWS', 'Meta', 'Apple', 'Intel', 'AMD', 'Arm', 'NVIDIA',
    'Qualcomm', 'Samsung', 'Huawei', 'FutureWei', 'Fujitsu', 'Linaro', 'Canonical', 'SUSE', 'Oracle', 'SAP', 'Cisco', 'Dell',
    'HP', 'HPE', 'Lenovo', 'Alibaba', 'Tencent', 'Baidu', 'Ampere', 'Marvell', 'Broadcom', 'MediaTek', 'NXP', 'Siemens',
    'Bosch', 'Sony', 'Hitachi', 'NEC', 'Toshiba', 'Ericsson', 'Nokia', 'Atlassian', 'VMware', 'Broadcom', 'Salesforce',
    'Linux Foundation', 'Apache Software Foundation', 'Eclipse Foundation', 'Mozilla', 'GitHub', 'GitLab',
  ].map((name) => name.toLowerCase()),
);

/** "City of Marlow", "Harbour County", "Town of Easton": a local government, which sends its representatives. */
const PLACE_AS_BODY = lazyRegExp(() => /^(?:(?:[Tt]he\s+)?(?:City|Town|County|Village|Borough|Municipality|Township|District|Province|State|Port|Region)\s+of\s+\p{Lu}.*|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:County|Parish|Borough|Township|Municipality))$/u);

export function looksLikeOrganization(text: string, knownOrganizations: ReadonlySet<string> = new Set()): boolean {
  const t = text.trim();
  if (t === '') return false;
  const lower = t.toLowerCase();
  if (knownOrganizations.has(lower) || WELL_KNOWN.has(lower)) return true;
  if (ORG_SUFFIX.test(t) || PLACE_AS_BODY.test(t)) return true;
  // An all-capitals acronym ("CERN", "ETSI") is an organization, not a person.
  return /^[A-Z][A-Z0-9&.-]{1,9}$/.test(t);
}

/**
 * "Ana Roe (Acme Corp, Procurement)" on a page whose other people come from Acme Corp: a company
 * the page names as someone's organization, then a team of it. The organization is the company;
 * the team only says where the person sits in it.
 */
export function companiesBeforeTeams<T extends { organization: string | null }>(people: T[]): void {
  const companies = new Set(people.map((p) => p.organization?.toLowerCase()).filter((o): o is string => o !== undefined && !o.includes(',')));
  for (const person of people) {
    const [first, ...rest] = (person.organization ?? '').split(/\s*,\s*/);
    if (rest.length > 0 && companies.has(first!.toLowerCase())) person.organization = first!;
  }
}

/**
 * "Customer attendees" on a page whose properties say "Customer: Orbital Freight": the people of a
 * side take the organization the page names for that side, unless they are written with one of
 * their own (a text after the name that is no company is a job there). `valueOf` gives a property's value by
 * its label (lower case), or undefined.
 */
export function organizationsOfSides<T extends { organization: string | null; group: string | null }>(people: T[], valueOf: (label: string) => string | undefined): void {
  for (const person of people) {
    // "Ana Roe – Buyer" under "Customer attendees": what follows her name is her job; she comes from the customer.
    if ((person.organization !== null && looksLikeOrganization(person.organization)) || person.group === null) continue;
    const side = /^\s*(\p{L}[\p{L}-]*)\s+(?:attendees|participants|representatives|side|team)\s*:?\s*$/iu.exec(person.group)?.[1];
    const organization = side !== undefined ? valueOf(side.toLowerCase()) : undefined;
    if (organization !== undefined && organization !== '' && organization.length <= 80) person.organization = organization;
  }
}

/** "Independent", "Self", "Individual", "Unaffiliated": an affiliation cell that says the person comes from no organization. */
const NO_AFFILIATION = /^\s*(?:independent|individual|individual member|self|self-employed|unaffiliated|none|no affiliation|personal capacity|private|n\/a|-+|—)\s*$/i;

/** The organization as written, or null when it says the person has none. */
export function affiliationOrNull(organization: string | null): string | null {
  return organization === null || NO_AFFILIATION.test(organization) ? null : organization;
}
