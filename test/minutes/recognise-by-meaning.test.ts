import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../src/minutes/extract-meeting.js';
import { emptyPageMeta } from '../../src/model/page-meta.js';
import type { Meeting } from '../../src/model/meeting.js';

/**
 * Invented pages (issue 13, development set R): meetings recorded without the usual section
 * headings are minutes, and pages close to minutes that record no meeting are not.
 */
const meeting = (hub: string, title: string | null = null): Meeting | null => extractMeeting(hub, emptyPageMeta({ title }));

describe('a snapshot date is no meeting date', () => {
  it('reads a status page "as of" a date, with a RAG table and open tasks, as no meeting', () => {
    const hub =
      '<p>Figures as of 3 June 2027</p><table><tbody><tr><th>Area</th><th>Lead</th><th>Status</th></tr>' +
      '<tr><td>Billing</td><td>Aino Salo</td><td>green</td></tr></tbody></table>' +
      '<h2>Open tasks</h2><ul><li data-task="1" data-task-status="incomplete">Aino Salo to close the audit findings</li></ul>';
    expect(meeting(hub, 'Billing programme status')).toBeNull();
  });

  it('still reads a meeting whose date line is its own', () => {
    const hub = '<p>Date: 3 June 2027</p><h2>Attendees</h2><ul><li>Aino Salo</li><li>Ravi Menon</li></ul><h2>Action items</h2><ul><li>Ravi Menon to send the audit plan</li></ul>';
    expect(meeting(hub, 'Billing sync')?.date).toBe('2027-06-03');
  });
});

describe('what, who and by when is a table of actions under any heading', () => {
  const review =
    '<table><tbody><tr><th>Review held</th><td>5 May 2027</td></tr></tbody></table><h2>Lessons</h2><p>The timeout default changed.</p>' +
    '<h2>What we will do</h2><table><tbody><tr><th>What</th><th>Who</th><th>By</th></tr>' +
    '<tr><td>Pin the client timeout</td><td>Ravi Menon</td><td>12 May 2027</td></tr></tbody></table>';

  it('reads an incident review meeting with such a table as minutes, with its action', () => {
    const m = meeting(review, 'Incident review');
    expect(m?.date).toBe('2027-05-05');
    expect(m?.actionItems.map((a) => [a.assignee, a.due])).toEqual([['Ravi Menon', '2027-05-12']]);
  });

  it('does not read a table of items and presenters with no due column as actions', () => {
    const hub = '<p>Planned for 5 May 2027</p><table><tbody><tr><th>Item</th><th>Presenter</th></tr><tr><td>Roadmap</td><td>Ravi Menon</td></tr></tbody></table>';
    expect(meeting(hub, 'Roadmap session')?.actionItems ?? []).toEqual([]);
  });
});

describe('a round where each person reports under a heading of their name', () => {
  const turn = (name: string): string => `<h3>${name}</h3><ul><li>Yesterday: tests</li><li>Today: reviews</li><li>Blockers: none</li></ul>`;

  it('reads a stand-up page as minutes, the people of the headings present', () => {
    const m = meeting(`<p>Daily standup, 4 May 2027</p>${turn('Aino Salo')}${turn('Ravi Menon')}`, 'Team standup');
    expect(m?.date).toBe('2027-05-04');
    expect(m?.attendees.map((a) => [a.name, a.role, a.present])).toEqual([['Aino Salo', 'participant', true], ['Ravi Menon', 'participant', true]]);
  });

  it('reads headings over differing points (a retro) as topics, never as people', () => {
    const m = meeting('<p>Held on 4 May 2027</p><h2>Went Well</h2><ul><li>Releases</li></ul><h2>To Improve</h2><ul><li>Flaky tests</li></ul>', 'Retro');
    expect(m?.attendees ?? []).toEqual([]);
  });

  it('reads a how-to with one example block as no meeting', () => {
    expect(meeting(`<p>Everyone answers three questions.</p><h2>Example</h2>${turn('Alex Example')}`, 'How we run standups')).toBeNull();
  });
});

describe('people mentioned in the sentence that dates the meeting', () => {
  const mention = (id: string, name: string): string => `<a data-mention="" data-account-id="${id}">@${name}</a>`;

  it('reads them as present participants of a page with no people label', () => {
    const hub = `<p>Call on 4 May 2027 with ${mention('a1', 'Aino Salo')} and ${mention('b2', 'Ravi Menon')} about the audit.</p><ul><li>Findings are closed.</li></ul>`;
    const m = meeting(hub, 'Audit check-in');
    expect(m?.attendees.map((a) => [a.name, a.present, a.accountId])).toEqual([['Aino Salo', true, 'a1'], ['Ravi Menon', true, 'b2']]);
  });

  it('does not read a mention in a later paragraph as an attendee', () => {
    const hub = `<p>Call on 4 May 2027 about the audit.</p><p>Ask ${mention('c3', 'Lea Park')} for the report.</p><ul><li>Findings are closed.</li></ul>`;
    expect(meeting(hub, 'Audit check-in')?.attendees ?? []).toEqual([]);
  });
});
