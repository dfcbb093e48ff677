import { describe, expect, it } from 'vitest';
import type { RemotePage } from '../../src/confluence/client.js';
import { linkTargetsFor, relativeFromPage } from '../../src/export/export-links.js';
import { mentionedUsers } from '../../src/export/export-mentions.js';
import { planExport } from '../../src/export/export-plan.js';
import { emptyManifest, sha256 } from '../../src/manifest/manifest.js';

function page(id: string, title: string, parentId: string | null, version = 1, spaceKey = 'OPS'): RemotePage {
  return { id, title, spaceKey, spaceId: '1', version, parentId, ancestorIds: null, status: 'current', storage: null, labels: null, webUrl: null };
}

const home = page('1', 'Ops Home', null);
const minutes = page('2', 'Meeting notes', '1');
const march = page('3', '2024-03-07 Steering committee', '2');
const pages = new Map([home, minutes, march].map((p) => [p.id, p]));
const paths = new Map([['1', 'Ops Home'], ['2', 'Ops Home/Meeting notes'], ['3', 'Ops Home/Meeting notes/2024-03-07 Steering committee']]);

describe('links between exported pages', () => {
  it('are relative paths from the linking file, encoded for Markdown', () => {
    const fromMarch = linkTargetsFor(march, 'md', pages, paths);
    expect(fromMarch({ title: 'Ops Home', spaceKey: null })).toBe('../../Ops%20Home.md');
    expect(fromMarch({ title: 'Meeting notes', spaceKey: 'OPS' })).toBe('../Meeting%20notes.md');
    const fromHome = linkTargetsFor(home, 'json', pages, paths);
    expect(fromHome({ title: 'whatever', spaceKey: null, id: '3' })).toBe('Ops%20Home/Meeting%20notes/2024-03-07%20Steering%20committee.json');
  });

  it('are null for pages outside the export (the converter links the wiki instead)', () => {
    const link = linkTargetsFor(home, 'md', pages, paths);
    expect(link({ title: 'Ops Home', spaceKey: 'OTHER' })).toBeNull();
    expect(link({ title: 'Not exported', spaceKey: null })).toBeNull();
  });

  it('reach the attachments folder from any depth', () => {
    expect(relativeFromPage('Ops Home/Meeting notes/x.md', 'attachments/3')).toBe('../../attachments/3');
    expect(relativeFromPage('x.md', 'attachments/1')).toBe('attachments/1');
  });
});

describe('mentioned users', () => {
  it('collects account ids, user keys and usernames once each', () => {
    const storage = [
      '<p><ac:link><ri:user ri:account-id="557058:aaaa" /></ac:link> and <ac:link><ri:user ri:account-id="557058:aaaa"/></ac:link></p>',
      '<ac:task><ac:task-body><ac:link><ri:user ri:userkey="2c9d802a8067b72f018067b876420000" /></ac:link></ac:task-body></ac:task>',
      '<ac:link><ri:user ri:username="jsmith" /></ac:link><ri:user />',
    ].join('');
    expect(mentionedUsers(storage)).toEqual([{ accountId: '557058:aaaa' }, { userKey: '2c9d802a8067b72f018067b876420000' }, { username: 'jsmith' }]);
  });
});

describe('planExport', () => {
  const file = (path: string) => ({ path, sha256: sha256(path) });
  function manifestWith(version: number, extra: Partial<{ deleted: boolean; json: boolean; redaction: string; jiraBaseUrl: string }> = {}) {
    const m = emptyManifest();
    m.pages['3'] = {
      id: '3', title: march.title, spaceKey: 'OPS', parentId: '2', version, labels: [], sourceUrl: null,
      files: { md: file(`${paths.get('3')}.md`), ...(extra.json ? { json: file(`${paths.get('3')}.json`) } : {}), storage: file('.wikiport/storage/3.xhtml') },
      attachments: [], attachmentsExported: false, redaction: extra.redaction ?? null, jiraBaseUrl: extra.jiraBaseUrl ?? null, exportedAt: '2026-01-01T00:00:00.000Z', deleted: extra.deleted ?? false, deletedAt: null,
    };
    m.pages['9'] = { ...m.pages['3'], id: '9', title: 'Gone upstream' };
    return m;
  }
  const everything = () => true;

  it('skips a page at the same version with its files present, and lists pages gone upstream', () => {
    const plan = planExport([home, minutes, march], manifestWith(1), paths, { formats: ['md'], attachments: false, redaction: null, jiraBaseUrl: null }, everything);
    expect(plan.skip.map((p) => p.id)).toEqual(['3']);
    expect(plan.fetch.map((p) => p.id)).toEqual(['1', '2']);
    expect(plan.missing.map((p) => p.id)).toEqual(['9']);
  });

  it('fetches again when the version moved, a format is new, a file is gone, or attachments are wanted', () => {
    expect(planExport([march], manifestWith(0), paths, { formats: ['md'], attachments: false, redaction: null, jiraBaseUrl: null }, everything).fetch).toHaveLength(1);
    expect(planExport([march], manifestWith(1), paths, { formats: ['md', 'json'], attachments: false, redaction: null, jiraBaseUrl: null }, everything).fetch).toHaveLength(1);
    expect(planExport([march], manifestWith(1, { json: true }), paths, { formats: ['md', 'json'], attachments: false, redaction: null, jiraBaseUrl: null }, everything).fetch).toHaveLength(0);
    expect(planExport([march], manifestWith(1), paths, { formats: ['md'], attachments: false, redaction: null, jiraBaseUrl: null }, (p) => !p.endsWith('.md')).fetch).toHaveLength(1);
    expect(planExport([march], manifestWith(1), paths, { formats: ['md'], attachments: true, redaction: null, jiraBaseUrl: null }, everything).fetch).toHaveLength(1);
    expect(planExport([march], manifestWith(1, { deleted: true }), paths, { formats: ['md'], attachments: false, redaction: null, jiraBaseUrl: null }, everything).fetch).toHaveLength(1);
  });

  it('re-renders, without fetching, an unchanged page written with other --redact settings (either way)', () => {
    const rulesA = 'a'.repeat(64);
    const rulesB = 'b'.repeat(64);
    const plan = (recorded: string | undefined, now: string | null) =>
      planExport([march], manifestWith(1, recorded ? { redaction: recorded } : {}), paths, { formats: ['md'], attachments: false, redaction: now, jiraBaseUrl: null }, everything);
    for (const [recorded, now] of [[undefined, rulesA], [rulesA, null], [rulesA, rulesB]] as const) {
      const p = plan(recorded, now);
      expect(p.rerender.map((x) => x.id)).toEqual(['3']);
      expect(p.fetch).toHaveLength(0);
      expect(p.skip).toHaveLength(0);
    }
    expect(plan(rulesA, rulesA).skip.map((x) => x.id)).toEqual(['3']);
    expect(plan(undefined, null).skip.map((x) => x.id)).toEqual(['3']);
  });

  it('re-renders, without fetching, an unchanged page written with another --jira-base-url (or none)', () => {
    const plan = (recorded: string | undefined, now: string | null) =>
      planExport([march], manifestWith(1, recorded ? { jiraBaseUrl: recorded } : {}), paths, { formats: ['md'], attachments: false, redaction: null, jiraBaseUrl: now }, everything);
    const jira = 'https://jira.example.com';
    for (const [recorded, now] of [[undefined, jira], [jira, null], [jira, 'https://issues.example.org']] as const) {
      const p = plan(recorded, now);
      expect(p.rerender.map((x) => x.id)).toEqual(['3']);
      expect(p.fetch).toHaveLength(0);
      expect(p.skip).toHaveLength(0);
    }
    expect(plan(jira, jira).skip.map((x) => x.id)).toEqual(['3']);
    expect(plan(undefined, null).skip.map((x) => x.id)).toEqual(['3']);
  });

  it('fetches everything on a first run', () => {
    expect(planExport([home, minutes, march], null, paths, { formats: ['md'], attachments: false, redaction: null, jiraBaseUrl: null }, everything).fetch).toHaveLength(3);
  });
});
