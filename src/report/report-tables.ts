import type { Presence } from './attendance.js';
import type { TrackedAction } from './action-items.js';
import type { SeriesReport } from './series-report.js';

/** A report section as rows of plain strings: the one shape the Markdown and CSV writers share. */
export interface ReportTable {
  name: 'attendance' | 'people' | 'organizations' | 'open-actions' | 'closed-actions' | 'decisions' | 'history';
  title: string;
  header: string[];
  rows: string[][];
}

export const PRESENCE_MARK: Record<Presence, string> = { present: 'present', absent: 'absent', unknown: 'unknown' };

export function percent(rate: number | null): string {
  return rate === null ? '' : `${Math.round(rate * 100)}%`;
}

/** Column labels for meetings: the date, plus the title where two meetings share a date. */
export function meetingLabels(report: SeriesReport): string[] {
  const dates = report.attendance.meetings.map((m) => m.date);
  return report.attendance.meetings.map((m) => (dates.filter((d) => d === m.date).length > 1 ? `${m.date} (${m.title})` : m.date));
}

export function reportTables(report: SeriesReport): ReportTable[] {
  const { attendance, actionItems, decisions } = report;
  const history: ReportTable[] = report.history
    ? [
        {
          name: 'history',
          title: 'Changed after the meeting (page versions)',
          header: ['meeting', 'version', 'by', 'saved', 'message', 'change'],
          rows: report.history.flatMap((h) => h.changes.map((c) => [h.meetingDate && !h.page.includes(h.meetingDate) ? `${h.meetingDate} ${h.page}` : h.page, String(h.version), h.author ?? '', h.date ?? '', h.message ?? '', c])),
        },
      ]
    : [];
  return [
    {
      name: 'attendance',
      title: 'Attendance',
      header: ['person', 'organization', ...meetingLabels(report)],
      rows: attendance.people.map((p) => [p.name, p.organization ?? '', ...p.cells.map((c) => PRESENCE_MARK[c])]),
    },
    {
      name: 'people',
      title: 'Attendance rate per person',
      header: ['person', 'organization', 'account id', 'present', 'known', 'rate', 'first seen', 'last seen'],
      rows: attendance.people.map((p) => [p.name, p.organization ?? '', p.accountId ?? '', String(p.present), String(p.known), percent(p.rate), p.firstSeen ?? '', p.lastSeen ?? '']),
    },
    {
      name: 'organizations',
      title: 'Attendance rate per organization (meetings with at least one of its people present)',
      header: ['organization', 'people', 'represented', 'known', 'rate'],
      rows: attendance.organizations.map((o) => [o.organization, String(o.people), String(o.represented), String(o.known), percent(o.rate)]),
    },
    {
      name: 'open-actions',
      title: `Open action items${actionItems.asOf ? ` (age as of ${actionItems.asOf})` : ''}`,
      header: ['action', 'owner', 'due', 'overdue', 'age (days)', 'raised', 'raised in', 'last seen'],
      rows: actionItems.open.map((a) => [a.text, a.owner ?? '', a.due ?? '', a.overdue ? 'yes' : '', String(a.ageDays), a.raisedOn, a.raisedIn, a.lastSeen]),
    },
    {
      name: 'closed-actions',
      title: 'Closed action items',
      header: ['action', 'owner', 'due', 'raised', 'closed', 'days open'],
      rows: actionItems.closed.map((a: TrackedAction) => [a.text, a.owner ?? '', a.due ?? '', a.raisedOn, a.closedOn ?? '', String(a.ageDays)]),
    },
    {
      name: 'decisions',
      title: 'Decisions (newest first)',
      header: ['date', 'meeting', 'decision'],
      rows: decisions.map((d) => [d.date, d.meeting, d.text]),
    },
    ...history,
  ];
}
