import type { UserRef } from './remote-types.js';
import type { V1Api } from './v1.js';

/**
 * Display names for mentions, one request per distinct user per run: Cloud looks users up by
 * `accountId`, Data Center by `key` (user key) or `username`. Unknown users resolve to null.
 */
export class UserNameCache {
  private readonly cache = new Map<string, Promise<string | null>>();

  constructor(private readonly v1: V1Api) {}

  resolve(ref: UserRef): Promise<string | null> {
    const lookup: ['accountId' | 'key' | 'username', string] | null = ref.accountId
      ? ['accountId', ref.accountId]
      : ref.userKey
        ? ['key', ref.userKey]
        : ref.username
          ? ['username', ref.username]
          : null;
    if (!lookup) return Promise.resolve(null);
    const cacheKey = `${lookup[0]}:${lookup[1]}`;
    let hit = this.cache.get(cacheKey);
    if (!hit) {
      // A user the account may not see (403) or that was deleted (404) keeps its id in the output.
      hit = this.v1.userDisplayName(lookup[0], lookup[1]).catch(() => null);
      this.cache.set(cacheKey, hit);
    }
    return hit;
  }

  /** Names already resolved, for the pure converter's synchronous `userNames` callback. */
  known(ref: UserRef): string | null | undefined {
    for (const [param, value] of [['accountId', ref.accountId], ['key', ref.userKey], ['username', ref.username]] as const) {
      if (!value) continue;
      const hit = this.settled.get(`${param}:${value}`);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }

  private readonly settled = new Map<string, string | null>();

  /** Resolves a batch and remembers the answers for `known`. */
  async resolveAll(refs: readonly UserRef[]): Promise<void> {
    await Promise.all(
      refs.map(async (ref) => {
        const name = await this.resolve(ref);
        const key = ref.accountId ? `accountId:${ref.accountId}` : ref.userKey ? `key:${ref.userKey}` : `username:${ref.username}`;
        this.settled.set(key, name);
      }),
    );
  }
}
