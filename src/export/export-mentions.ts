import type { UserRef } from '../confluence/client.js';

/** The users a storage body mentions (`<ri:user ri:account-id|ri:userkey|ri:username=…>`), once each. */
export function mentionedUsers(storage: string): UserRef[] {
  const seen = new Set<string>();
  const out: UserRef[] = [];
  for (const match of storage.matchAll(/<ri:user\b([^>]*)>/g)) {
    const attrs = match[1] ?? '';
    const ref: UserRef = {};
    const accountId = /\bri:account-id\s*=\s*"([^"]+)"/.exec(attrs)?.[1];
    const userKey = /\bri:userkey\s*=\s*"([^"]+)"/.exec(attrs)?.[1];
    const username = /\bri:username\s*=\s*"([^"]+)"/.exec(attrs)?.[1];
    if (accountId) ref.accountId = accountId;
    else if (userKey) ref.userKey = userKey;
    else if (username) ref.username = username;
    else continue;
    const key = `${ref.accountId ?? ''}|${ref.userKey ?? ''}|${ref.username ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ref);
  }
  return out;
}
