import { attendanceMatrix } from './attendance.js';
import type { AttendanceMatrix } from './attendance.js';
import { trackActionItems } from './action-items.js';
import type { ActionItemLog } from './action-items.js';
import { decisionsLog } from './decisions.js';
import type { LoggedDecision } from './decisions.js';
import { seriesMeetings } from './series-input.js';
import type { ReportPage } from './series-input.js';
import type { MeetingChange } from './meeting-changes.js';

export interface SeriesReport {
  reportVersion: 1;
  /** Meetings in the series, oldest first. */
  meetingCount: number;
  firstMeeting: string | null;
  lastMeeting: string | null;
  /** Pages read that hold no dated meeting minutes. */
  skippedPages: number;
  attendance: AttendanceMatrix;
  actionItems: ActionItemLog;
  decisions: LoggedDecision[];
  /** `report --history`: what each later version of a meeting's page changed, meetings oldest first. */
  history?: MeetingChange[];
}

/** The whole report from the pages of a directory. Pure: no clock (ages count to the newest meeting). */
export function buildSeriesReport(pages: readonly { source: string; page: ReportPage }[], series?: string): SeriesReport {
  const meetings = seriesMeetings(pages, series);
  return {
    reportVersion: 1,
    meetingCount: meetings.length,
    firstMeeting: meetings[0]?.date ?? null,
    lastMeeting: meetings[meetings.length - 1]?.date ?? null,
    skippedPages: pages.length - meetings.length,
    attendance: attendanceMatrix(meetings),
    actionItems: trackActionItems(meetings),
    decisions: decisionsLog(meetings),
  };
}
