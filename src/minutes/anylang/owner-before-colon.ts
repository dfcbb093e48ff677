/**
 * "Name Surname: task" in a task of any script: the words before the colon are its owner when they
 * are the name of someone the page lists. Scripts without capitals (Thai, Hebrew, Arabic…) give no
 * other sign of a name, so only a name the page already knows is taken.
 */

/** The attendee a task's words before its colon name, or null. */
export function ownerBeforeColon(text: string, resolve: (written: string) => string | null): string | null {
  const m = /^([^:：]{2,40}?)\s*[:：]\s+\S/u.exec(text.trim());
  return m === null ? null : resolve(m[1]!.trim());
}
