/**
 * A person and their organization written on two lines of one cell ("Ana Roe" / "Example Energy"),
 * or the organization set apart only by emphasis ("Ana Roe *Example Energy*"): one person of that
 * organization, not a person and a seat.
 */

interface Entry {
  name: string | null;
  organization: string | null;
}

/**
 * The entries of one cell with a lone person and a lone seat side by side (the person's line, then
 * the organization's, or the other way round) merged into the person with that organization. Other
 * cells are returned as they are.
 */
export function withAffiliationLines<T extends Entry>(entries: T[]): T[] {
  if (entries.length !== 2) return entries;
  const person = entries.find((e) => e.name !== null && e.organization === null);
  const seat = entries.find((e) => e.name === null && e.organization !== null);
  if (person === undefined || seat === undefined) return entries;
  return [{ ...person, organization: seat.organization }];
}

/**
 * "Ana Roe Example Energy" read as one seat, where the page set "Example Energy" apart in italics
 * or bold: the line with a comma before the emphasized organization, so that it reads as a person
 * and an organization. The line itself when it does not end with an emphasized text.
 */
export function withEmphasizedAffiliation(line: string, emphasized: readonly string[]): string {
  const trimmed = line.trim();
  for (const text of emphasized) {
    const tail = text.trim();
    // One emphasized word ("Ana <em>Roe</em>") may be part of the name; an organization has two words or more.
    if (!/\s/.test(tail) || tail === trimmed || !trimmed.endsWith(tail)) continue;
    const head = trimmed.slice(0, -tail.length).trim();
    if (head !== '' && !/[,;:(–—-]$/.test(head)) return `${head}, ${tail}`;
  }
  return line;
}
