/**
 * People are matched across meetings by account id where known, else by normalized name:
 * case and accents ignored, "Last, First" read as "First Last", inner spaces collapsed,
 * a leading "@" (mention text) dropped.
 */
export function normalizeName(name: string): string {
  let n = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/^@/, '').trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(n);
  if (comma) n = `${comma[2]} ${comma[1]}`;
  return n
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface PersonSighting {
  name: string | null;
  accountId?: string | null;
  /** Data Center / Server user key (mentions there carry no account id). */
  userKey?: string | null;
  organization?: string | null;
}

/**
 * Gives every sighting a stable key. A name seen once with an account id is linked to that id, so
 * minutes that only spell the name still land on the same person.
 */
export class PersonResolver {
  private readonly accountByName = new Map<string, string>();
  private readonly fullNames = new Set<string>();

  learn(sightings: Iterable<PersonSighting>): void {
    for (const s of sightings) {
      const name = s.name ? normalizeName(s.name) : '';
      if (name.includes(' ')) this.fullNames.add(name);
      const account = accountKey(s);
      if (account && s.name) {
        const key = normalizeName(s.name);
        if (key && !this.accountByName.has(key)) this.accountByName.set(key, account);
      }
    }
  }

  /**
   * A "Last, First" cell read upstream as name "Last" of organization "First" (`Muller, Ana`):
   * when "First Last" is a person seen elsewhere in the series, that is who it is.
   */
  unswap(s: PersonSighting): PersonSighting {
    if (accountKey(s) || !s.name || !s.organization || /\s/.test(s.name.trim()) || /\s/.test(s.organization.trim())) return s;
    const swapped = `${s.organization.trim()} ${s.name.trim()}`;
    return this.fullNames.has(normalizeName(swapped)) ? { ...s, name: swapped, organization: null } : s;
  }

  keyOf(s: PersonSighting): string | null {
    const own = accountKey(s);
    if (own) return own;
    if (!s.name) return null;
    const name = normalizeName(s.name);
    if (!name) return null;
    return this.accountByName.get(name) ?? `name:${name}`;
  }
}

/** The key of the account a sighting names: its Cloud account id, else its Data Center user key. */
function accountKey(s: PersonSighting): string | null {
  if (s.accountId) return `account:${s.accountId}`;
  if (s.userKey) return `userkey:${s.userKey}`;
  return null;
}
