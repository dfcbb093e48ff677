import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { pushPages } from '../../../src/push/push.js';
import { storageDecisionLists } from '../../../src/push/storage-edits/decisions.js';
import { repoRoot } from '../../support/shared-corpus.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, sandboxForEach } from '../push-sandbox-helpers.js';

const flavor = flavors[0]!;
const deep = process.env.WIKIPORT_DEEP === '1';
/** A deep run pushes many edits per page; on a shared, loaded machine that takes minutes, not the default 30 seconds. */
const deepTimeout = deep ? 600_000 : undefined;

interface PageJson {
  version: number;
  meeting: Meeting | null;
}

interface MinutesFixture {
  name: string;
  title: string;
  storage: string;
  /** Display names by account id / user key (NAME.users.json), as the wiki's user lookups give them. */
  users: Record<string, string>;
}

/**
 * Every minutes fixture as a storage page with its title (the Markdown ones converted), and the
 * seed page, whose storage reconstruction lives with the page fixtures.
 */
function minutesFixtures(): MinutesFixture[] {
  const dir = join(repoRoot, 'fixtures', 'minutes');
  const out: MinutesFixture[] = [];
  const add = (name: string, path: string) => {
    const text = readFileSync(path, 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as { title?: string; meeting?: { title?: string } };
    const title = expected.title ?? expected.meeting?.title ?? name;
    const storage = path.endsWith('.md') ? convert(text, { from: 'markdown', to: 'storage' }).output : text;
    const usersPath = join(dir, `${name}.users.json`);
    out.push({ name, title, storage, users: existsSync(usersPath) ? (JSON.parse(readFileSync(usersPath, 'utf8')) as Record<string, string>) : {} });
  };
  for (const file of readdirSync(dir).sort()) {
    if (/\.(storage\.xhtml|md)$/.test(file)) add(file.replace(/\.(storage\.xhtml|md)$/, ''), join(dir, file));
  }
  add('seed-steering-committee', join(repoRoot, 'fixtures', 'pages', 'seed-steering-committee.storage.xhtml'));
  return out;
}

describe('JSON edits of the meeting, pushed against the sandbox', () => {
  const sandbox = sandboxForEach(flavor);

  async function exportedJson(id: string) {
    const client = clientFor(sandbox(), flavor.api);
    const out = await exportTo(client, id);
    const file = join(out, readdirSync(out).find((f) => f.endsWith('.json'))!);
    return { client, out, file, doc: JSON.parse(await readFile(file, 'utf8')) as PageJson };
  }

  async function pushJson(client: ReturnType<typeof clientFor>, out: string, file: string, doc: PageJson) {
    await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);
    return pushPages({ paths: [file], client, cwd: out });
  }

  function pageTitled(title: string): string {
    const page = sandbox().store.listAll().find((p) => sandbox().store.current(p).title.includes(title));
    if (!page) throw new Error(`no sandbox page "${title}"`);
    return page.id;
  }

  // Issue 14, item 3.
  it("the demo's 2024-01-25 minutes: a guest added to meeting.attendees reads back after push", async () => {
    const id = pageTitled('2024-01-25');
    const { client, out, file, doc } = await exportedJson(id);
    const guest = doc.meeting!.attendees.find((a) => a.group === 'Guests')!;
    doc.meeting!.attendees.push({ ...guest, name: 'Ines Moreau', organization: null, accountId: null, userKey: null });
    const summary = await pushJson(client, out, file, doc);
    expect(summary.pages[0]?.message).toMatch(/^wrote version/);
    const again = await exportedJson(id);
    expect(again.doc.meeting!.attendees.filter((a) => a.name === 'Ines Moreau')).toMatchObject([{ group: 'Guests', role: guest.role }]);
    expect(again.doc.meeting!.attendees).toHaveLength(doc.meeting!.attendees.length);
  });

  it("the demo's 2024-01-25 minutes: closing meeting.actionItems[0] (a task with a mention and a date) reads back after push", async () => {
    const id = pageTitled('2024-01-25');
    const { client, out, file, doc } = await exportedJson(id);
    expect(doc.meeting!.actionItems[0]!.done).toBe(false);
    doc.meeting!.actionItems[0]!.done = true;
    const before = bodyOf(sandbox(), id).body;
    const summary = await pushJson(client, out, file, doc);
    expect(summary.pages[0]?.message).toMatch(/^wrote version/);
    const again = await exportedJson(id);
    expect(again.doc.meeting!.actionItems.map((a) => a.done)).toEqual(doc.meeting!.actionItems.map((a) => a.done));
    // Only the task status moved.
    expect(bodyOf(sandbox(), id).body.replace('<ac:task-status>complete</ac:task-status>', '')).not.toBe(before);
    expect(bodyOf(sandbox(), id).body.length).toBe(before.length - 'incomplete'.length + 'complete'.length);
  });

  it('the sprint retrospective: closing meeting.actionItems[0] reads back after push', async () => {
    const storage = readFileSync(join(repoRoot, 'fixtures', 'pages', 'sprint-retrospective-cloud.storage.xhtml'), 'utf8');
    const id = addMinutesPage(sandbox(), 'Sprint 42 retrospective', storage);
    const { client, out, file, doc } = await exportedJson(id);
    expect(doc.meeting!.actionItems[0]!.done).toBe(false);
    doc.meeting!.actionItems[0]!.done = true;
    const summary = await pushJson(client, out, file, doc);
    expect(summary.pages[0]?.message).toMatch(/^wrote version/);
    const again = await exportedJson(id);
    expect(again.doc.meeting!.actionItems.map((a) => a.done)).toEqual(doc.meeting!.actionItems.map((a) => a.done));
  });

  let pages = 0;
  /** The fixture as a new sandbox page (titles are unique in a space: each copy gets a number). */
  function fixturePage(name: string): string {
    const fixture = minutesFixtures().find((f) => f.name === name);
    if (!fixture) throw new Error(`no minutes fixture ${name}`);
    addUsers(fixture.users);
    return addMinutesPage(sandbox(), `${fixture.title} (${++pages})`, fixture.storage);
  }

  /** The fixture's people as wiki users, so that export names its mentions as the wiki would. */
  function addUsers(users: Record<string, string>): void {
    for (const [id, displayName] of Object.entries(users)) {
      const userKey = /^[0-9a-f]{32}$/.test(id);
      if (userKey ? sandbox().store.userByKey(id) : sandbox().store.userByAccountId(id)) continue;
      const n = sandbox().store.users.length;
      sandbox().store.addUser({
        accountId: userKey ? `fixture-${id}` : id,
        userKey: userKey ? id : createHash('md5').update(id).digest('hex'),
        username: `fixture${n}`,
        displayName,
        email: `fixture${n}@example.org`,
      });
    }
  }

  // Issue 14, follow-up: the three shapes that still refused.
  it('company-first attendance table (Company | Representative | Present): a presence edit changes only the presence cell', async () => {
    const id = fixturePage('company-first-table');
    const { client, out, file, doc } = await exportedJson(id);
    const chen = doc.meeting!.attendees.find((a) => a.name === 'Chen Wei')!;
    expect(chen.present).toBe(true);
    chen.present = false;
    const before = bodyOf(sandbox(), id).body;
    const summary = await pushJson(client, out, file, doc);
    expect(summary.pages[0]?.status, summary.pages[0]?.message).toBe('updated');
    const again = await exportedJson(id);
    expect(again.doc.meeting!.attendees).toEqual(doc.meeting!.attendees);
    // The company cell and the merged Helix Robotics cell are untouched: only Chen Wei's mark changed.
    expect(bodyOf(sandbox(), id).body).toBe(before.replace('<td class="confluenceTd">Y</td>', '<td class="confluenceTd">no</td>'));
  });

  it('Data Center attendees written as user-key mentions: removing one keeps the tasks that mention them', async () => {
    const id = fixturePage('datacenter-userkeys');
    const { client, out, file, doc } = await exportedJson(id);
    doc.meeting!.attendees = doc.meeting!.attendees.filter((a) => a.name !== 'Priya Raman');
    const summary = await pushJson(client, out, file, doc);
    expect(summary.pages[0]?.status, summary.pages[0]?.message).toBe('updated');
    const again = await exportedJson(id);
    expect(again.doc.meeting!.attendees.map((a) => a.name)).toEqual(['Ingrid Halvorsen', 'Tomasz Wiśniewski']);
    expect(again.doc.meeting!.actionItems).toHaveLength(2);
    expect(bodyOf(sandbox(), id).body).toContain('ri:userkey="8a7f80c35e1a2b3c015e1a2b3c4d0003" /></ac:link> script the checksum');
  });

  it('the mangled committee page: removing a member who has an alternate leaves the alternate in their row', async () => {
    const id = fixturePage('mangled-committee');
    const { client, out, file, doc } = await exportedJson(id);
    doc.meeting!.attendees = doc.meeting!.attendees.filter((a) => a.name !== 'Irene Vasquez');
    const summary = await pushJson(client, out, file, doc);
    expect(summary.pages[0]?.status, summary.pages[0]?.message).toBe('updated');
    const again = await exportedJson(id);
    expect(again.doc.meeting!.attendees.map((a) => a.name)).toEqual(doc.meeting!.attendees.map((a) => a.name));
    expect(again.doc.meeting!.attendees.find((a) => a.name === 'Paul Girard')).toMatchObject({ role: 'alternate', group: 'Board Members' });
  });

  // Issue 14, follow-up: local state after a JSON push lets the next JSON edit apply.
  it('JSON edits pushed one after another without exporting again, the last a presence edit: each pushes, and the file stays what export writes', async () => {
    const id = fixturePage('company-first-table');
    const { client, out, file } = await exportedJson(id);
    const edits: ((m: Meeting) => void)[] = [
      (m) => void (m.attendees[0]!.name = 'Greta Lindqvist-Berg'),
      (m) => void (m.attendees.find((a) => a.name === 'Chen Wei')!.present = false),
      (m) => void m.decisions.push({ text: 'Adopt the new charter' }),
      (m) => void (m.attendees.find((a) => a.name === 'Chen Wei')!.present = true),
      (m) => void (m.attendees.find((a) => a.name === 'Tariq Haddad')!.present = true),
    ];
    for (const edit of edits) {
      const doc = JSON.parse(await readFile(file, 'utf8')) as PageJson;
      edit(doc.meeting!);
      const summary = await pushJson(client, out, file, doc);
      expect(summary.pages[0]?.status, summary.pages[0]?.message).toBe('updated');
      const fresh = await exportedJson(id);
      const edited = ({ attendees, actionItems, decisions }: Meeting) => ({ attendees, actionItems, decisions });
      expect(edited(fresh.doc.meeting!)).toEqual(edited(doc.meeting!));
      expect(await readFile(file, 'utf8')).toBe(await readFile(fresh.file, 'utf8'));
    }
  });

  type Edit =
    | { kind: 'add'; group: number; name: string }
    | { kind: 'remove' | 'rename' | 'presence'; who: number; name: string }
    | { kind: 'toggle' | 'due' | 'assignee'; item: number; day: number }
    | { kind: 'decision'; text: string };
  const names = ['Ines Moreau', 'Kofi Mensah', 'Aiko Tanaka', 'Lars Holm'];
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), group: fc.nat(5), name: fc.constantFrom(...names) }),
    fc.record({ kind: fc.constantFrom('remove' as const, 'rename' as const, 'presence' as const), who: fc.nat(12), name: fc.constantFrom(...names) }),
    fc.record({ kind: fc.constantFrom('toggle' as const, 'due' as const, 'assignee' as const), item: fc.nat(6), day: fc.integer({ min: 1, max: 28 }) }),
    fc.record({ kind: fc.constant('decision' as const), text: fc.constantFrom('Adopt the new charter', 'Move the call to Tuesdays') }),
  );

  /**
   * Applies the edit to the meeting; returns what must read back, or null when the page has
   * nothing the edit applies to (no attendees, no action items, the name already taken).
   */
  function apply(meeting: Meeting, e: Edit): ((after: Meeting, body: string) => void) | null {
    const named = meeting.attendees.filter((a) => a.name);
    if (e.kind === 'add') {
      // Someone who sits in a group like its last member (not like a stand-in: an alternate needs the person they stand in for).
      const seated = named.filter((a) => a.alternateFor === null && a.role !== 'alternate');
      const groups = [...new Set(seated.map((a) => a.group))];
      if (groups.length === 0) return null;
      const group = groups[e.group % groups.length];
      const peer = seated.filter((a) => a.group === group).pop()!;
      if (named.some((a) => a.name === e.name)) return null;
      const person = { ...peer, name: e.name, alternateFor: null, accountId: null, userKey: null, organization: peer.organization ? 'Acme Labs' : null };
      meeting.attendees.splice(meeting.attendees.indexOf(peer) + 1, 0, person);
      return (after) => expect(after.attendees.filter((a) => a.name === e.name)).toMatchObject([{ group: person.group, present: person.present }]);
    }
    if (e.kind === 'remove' || e.kind === 'rename' || e.kind === 'presence') {
      if (named.length === 0) return null;
      const who = named[e.who % named.length]!;
      if (e.kind === 'remove') {
        // The last one stays: a table emptied of people no longer reads as attendance (see docs/push.md).
        if (named.length === 1) return null;
        meeting.attendees.splice(meeting.attendees.indexOf(who), 1);
        return (after) => expect(after.attendees.filter((a) => a.name === who.name)).toHaveLength(named.filter((a) => a.name === who.name).length - 1);
      }
      if (e.kind === 'rename') {
        if (named.some((a) => a.name === e.name)) return null;
        const old = who.name;
        Object.assign(who, { name: e.name, accountId: null, userKey: null });
        return (after) => {
          expect(after.attendees.filter((a) => a.name === e.name)).toHaveLength(1);
          expect(after.attendees.some((a) => a.name === old)).toBe(named.filter((a) => a.name === old).length > 1);
        };
      }
      // Presence: flipped to a value a peer in the same seat (group and role) reads as: the page's
      // own way to say it. (A table whose presence columns mark members says nothing of alternates.)
      const values = new Set(named.filter((a) => a.group === who.group && a.role === who.role && a.present !== who.present).map((a) => a.present));
      if (values.size === 0) return null;
      const present = [...values][0]!;
      who.present = present;
      return (after) => expect(after.attendees.find((a) => a.name === who.name)?.present).toBe(present);
    }
    if (e.kind === 'decision') {
      // In the page's decision list when it has one, in a new one when it has no decisions at all
      // (a Cloud sandbox), else the way the page writes its decisions.
      const construct = decisionListTexts.length > 0 || meeting.decisions.length === 0;
      meeting.decisions.push({ text: e.text });
      return (after, body) => {
        expect(after.decisions.map((d) => d.text)).toContain(e.text);
        if (construct) expect(body).toContain(`<ac:adf-content>${e.text}</ac:adf-content>`);
        else expect(body).not.toContain(`<ac:adf-content>${e.text}</ac:adf-content>`);
      };
    }
    if (e.kind !== 'toggle' && e.kind !== 'due' && e.kind !== 'assignee') return null;
    const items = meeting.actionItems;
    if (items.length === 0) return null;
    const index = e.item % items.length;
    const item = items[index]!;
    if (e.kind === 'toggle') {
      item.done = !item.done;
      // Closing an action written as text makes it a task, which the reader lists with the page's
      // tasks (docs/push.md): the item is found by its words, not by its place in the list.
      const words = (text: string) => text.replace(/\s+/g, ' ').trim();
      return (after) => expect(after.actionItems.find((a) => words(a.text) === words(item.text))?.done ?? after.actionItems[index]?.done).toBe(item.done);
    }
    if (e.kind === 'due') {
      item.due = `2031-02-${String(e.day).padStart(2, '0')}`;
      return (after) => expect(after.actionItems[index]?.due).toBe(item.due);
    }
    const others = [...new Set(items.map((a) => a.assignee).filter((a) => a && a !== item.assignee))];
    item.assignee = others[e.day % Math.max(1, others.length)] ?? null;
    return (after) => expect(after.actionItems[index]?.assignee).toBe(item.assignee);
  }
  let decisionListTexts: string[] = [];

  const tally = { pushed: 0, notApplicable: 0, kinds: new Map<string, number>() };
  for (const fixture of minutesFixtures()) {
    it(`${fixture.name}: random meeting edits pushed, exported again, read back as edited`, async () => {
      addUsers(fixture.users);
      const id = addMinutesPage(sandbox(), fixture.title, fixture.storage);
      const first = await exportedJson(id);
      if (!first.doc.meeting) {
        // Not minutes (a project status page): a meeting cannot be made up from JSON, and nothing is sent.
        const { client, out, file, doc } = first;
        const version = bodyOf(sandbox(), id).version;
        doc.meeting = { title: null, date: null, attendees: [], agenda: [], actionItems: [], decisions: [{ text: 'x' }], topics: [], links: [] };
        const summary = await pushJson(client, out, file, doc);
        expect(summary.pages[0]).toMatchObject({ status: 'failed' });
        expect(summary.pages[0]!.message).toMatch(/meeting: it cannot be added/);
        expect(bodyOf(sandbox(), id).version).toBe(version);
        return;
      }
      await fc.assert(
        fc.asyncProperty(edit, async (e) => {
          const { client, out, file, doc } = await exportedJson(id);
          decisionListTexts = storageDecisionLists(bodyOf(sandbox(), id).body).flatMap((list) => list.items.map((item) => item.text));
          const before = JSON.stringify(doc.meeting);
          const check = apply(doc.meeting!, e);
          if (!check || JSON.stringify(doc.meeting) === before) {
            tally.notApplicable++;
            return;
          }
          const summary = await pushJson(client, out, file, doc);
          const result = summary.pages[0]!;
          expect(result.status, `${e.kind}: ${result.message}`).toBe('updated');
          tally.pushed++;
          tally.kinds.set(e.kind, (tally.kinds.get(e.kind) ?? 0) + 1);
          const again = await exportedJson(id);
          check(again.doc.meeting!, bodyOf(sandbox(), id).body);
        }),
        { numRuns: deep ? 40 : 5 },
      );
    }, deepTimeout);
  }

  it('summary', () => {
    console.log(`[json-edits-minutes] pushed ${tally.pushed} (${[...tally.kinds].map(([k, n]) => `${k}×${n}`).join(', ')}), edits with nothing to apply to ${tally.notApplicable}`);
  });
});
