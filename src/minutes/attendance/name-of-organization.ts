/**
 * "Ingrid Solberg of Norrfjord Energy", "Esther Adeyemi of the Lagos Port Authority": a person's
 * full name, "of", and the organization they come from. An office before "of" ("Director of
 * Parks", "Mayor of Easton") is a job, not a name.
 */
import { looksLikeOrganization } from '../organizations.js';
import { lazyRegExp } from '../lazy-pattern.js';

const NAME_OF = lazyRegExp(() => /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|van|von|der|den|del|di|la|le|du|bin|al)){1,4})\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u);

/** Every word of the organization starts with a capital, a digit or "&", apart from short joining words ("of", "and", "for"). */
const CAPITALISED_NAME = lazyRegExp(() => /^(?:[\p{Lu}\p{N}&][\p{L}\p{N}.&'’-]*)(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}.&'’-]*|of|and|for|the|de|du|des|la|le|y|für|und))*$/u);

/** The name and the organization of "Name of Organization", or null when the text is not written so. */
export function nameOfOrganization(text: string, isJob: (text: string) => boolean, knownOrganizations: ReadonlySet<string> = new Set()): { name: string; organization: string } | null {
  const m = NAME_OF.exec(text.trim());
  if (m === null) return null;
  const name = m[1]!;
  const organization = m[2]!.trim();
  if (isJob(name) || looksLikeOrganization(name, knownOrganizations)) return null;
  // "Ana Roe of Example Labs": the organization reads as one by its suffix or is a name of capitalised words of two or more.
  const named = looksLikeOrganization(organization, knownOrganizations) || (CAPITALISED_NAME.test(organization) && organization.split(/\s+/).length >= 2);
  return named ? { name, organization } : null;
}
