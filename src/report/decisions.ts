import type { SeriesMeeting } from './series-input.js';

export interface LoggedDecision {
  date: string;
  meeting: string;
  text: string;
}

/** Every decision with the meeting it was taken in, newest first; a decision repeated verbatim in one meeting counts once. */
export function decisionsLog(meetings: readonly SeriesMeeting[]): LoggedDecision[] {
  const log: LoggedDecision[] = [];
  for (const meeting of meetings) {
    const seen = new Set<string>();
    for (const d of meeting.decisions) {
      const text = d.text.trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      log.push({ date: meeting.date, meeting: meeting.title, text });
    }
  }
  return log.sort((a, b) => b.date.localeCompare(a.date));
}
