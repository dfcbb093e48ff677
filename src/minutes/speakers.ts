import type { Attendee, Note } from '../model/meeting.js';

const SPEAKER_PREFIX = /^([\p{Lu}][\p{L}\p{M}'’.-]*(?: [\p{Lu}][\p{L}\p{M}'’.-]*){0,2})\s*:\s*(.*)$/su;

/** Resolves a name as written ("Leonardo", "Jon Masters") to one attendee's full name, or null. */
export function speakerResolver(attendees: Attendee[]): (written: string) => string | null {
  const names = [...new Set(attendees.map((a) => a.name).filter((n): n is string => n !== null))];
  return (written) => {
    const w = written.trim().toLowerCase();
    const full = names.filter((n) => n.toLowerCase() === w);
    if (full.length === 1) return full[0]!;
    const byFirst = names.filter((n) => n.split(/\s+/)[0]!.toLowerCase() === w);
    return byFirst.length === 1 ? byFirst[0]! : null;
  };
}

/** "Leonardo: we will…" as a note of the attendee it names; null when the prefix names nobody known. */
export function speakerNote(text: string, resolve: (written: string) => string | null): Note | null {
  const m = SPEAKER_PREFIX.exec(text.trim());
  if (m === null) return null;
  const speaker = resolve(m[1]!);
  if (speaker === null) return null;
  return { speaker, text: m[2]!.replace(/\s*\n\s*/g, ' ').trim() };
}
