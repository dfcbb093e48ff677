import type { Site } from './http.js';

/** The account the sandbox's credentials belong to (the first user), author of API writes. */
export function currentUserId(site: Site): string {
  return site.store.users[0]?.accountId ?? '557058:00000000-0000-4000-8000-000000000001';
}
