import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { PageDocumentSchema, type PageDocument } from '../../src/model/page-document.js';
import type { Topic } from '../../src/model/meeting.js';
import { hasShared, repoRoot, seedPath } from '../support/shared-corpus.js';

const storageSeed = join(repoRoot, 'fixtures', 'pages', 'seed-steering-committee.storage.xhtml');

function toJson(input: string, from: 'markdown' | 'storage'): PageDocument {
  return PageDocumentSchema.parse(JSON.parse(convert(input, { from, to: 'json' }).output));
}

function speakers(topics: Topic[]): Set<string> {
  const out = new Set<string>();
  const walk = (list: Topic[]): void => {
    for (const t of list) {
      for (const n of t.notes) if (n.speaker !== null) out.add(n.speaker);
      walk(t.topics);
    }
  };
  walk(topics);
  return out;
}

const seats = [
  ['Leonardo Garcia', 'Linaro', 'Tom Gall', 'Linaro'],
  ['Andy Wafaa', 'Arm', 'Ashok Bhat', 'Arm'],
  ['Shun Kamatsuka', 'Fujitsu', null, null],
  ['Jonathan Cameron', 'Huawei', 'Kangkang Shen', 'FutureWei'],
  [null, 'Red Hat', null, null],
  ['Jon Masters', 'Google', 'David Munday', 'Google'],
] as const;

const guests = [
  ['Kevin Zhao', 'Linaro'],
  ['Gen Shimada', 'Linaro'],
  ['Mikael Rolfhamre', 'Linaro'],
  ['Randy Linnell', null],
  ['Grant Likely', null],
  ['Andrea Gallo', null],
];

const agenda = ['Project updates', 'Strategy and direction for 2024', 'Events', 'AOB'];

/** What issue 3 lists for the seed, field by field; `exactAgendaLink` where the page link text survives. */
function expectSeedMeeting(doc: PageDocument, links: { recording: boolean; slides: boolean }): void {
  const meeting = doc.meeting!;
  expect(meeting).not.toBeNull();
  expect(meeting.date).toBe('2024-01-25');

  const committee = meeting.attendees.filter((a) => a.role === 'member' || a.role === 'alternate');
  expect(committee).toHaveLength(10);
  expect(committee.filter((a) => a.role === 'member')).toHaveLength(6);
  expect(committee.filter((a) => a.role === 'alternate')).toHaveLength(4);
  const members = committee.filter((a) => a.role === 'member');
  seats.forEach(([name, org, alternate, altOrg], i) => {
    expect(members[i]).toMatchObject({ name, organization: org, group: 'Steering Committee Members', alternateFor: null });
    const alt = committee.find((a) => a.role === 'alternate' && a.alternateFor === (name ?? org));
    if (alternate === null) expect(alt).toBeUndefined();
    else expect(alt).toMatchObject({ name: alternate, organization: altOrg, group: 'Steering Committee Members' });
  });

  const guestEntries = meeting.attendees.filter((a) => a.role === 'guest');
  expect(guestEntries.map((g) => [g.name, g.organization])).toEqual(guests);
  expect(guestEntries.every((g) => g.group === 'Guests')).toBe(true);
  expect(meeting.attendees).toHaveLength(16);

  expect(meeting.actionItems).toEqual([]);
  expect(meeting.agenda).toHaveLength(5);
  expect(meeting.agenda[0]!.text).toMatch(/^Previous meeting minutes:/);
  expect(meeting.agenda.slice(1).map((a) => a.text)).toEqual(agenda);

  expect([...speakers(meeting.topics)].sort()).toEqual(['Jon Masters', 'Jonathan Cameron', 'Kevin Zhao', 'Leonardo Garcia']);
  expect(meeting.topics.map((t) => t.title)).toEqual(agenda);

  const urls = meeting.links.map((l) => l.url);
  if (links.recording) expect(urls.some((u) => u.startsWith('https://linaro-org.zoom.us/rec/share/'))).toBe(true);
  if (links.slides) expect(urls.some((u) => u.startsWith('https://docs.google.com/presentation/'))).toBe(true);
  expect(meeting.links.find((l) => l.url.includes('/rec/share/'))?.text).toBe('Meeting recording');
}

describe.skipIf(!hasShared)('the seed page (shared), as mangled Markdown', () => {
  const seed = hasShared ? readFileSync(seedPath, 'utf8') : '';

  it('--to json yields the meeting issue 3 lists, field by field', () => {
    expectSeedMeeting(toJson(seed, 'markdown'), { recording: true, slides: true });
  });

  it('`wikiport convert SEED --to json` prints that document', async () => {
    const { main } = await import('../../src/cli/main.js');
    const chunks: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(['convert', seedPath, '--to', 'json', '--quiet']);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    expectSeedMeeting(PageDocumentSchema.parse(JSON.parse(chunks.join(''))), { recording: true, slides: true });
  });

  it('--to md has clean tables with no empty columns', () => {
    const md = convert(seed, { from: 'markdown', to: 'md' }).output;
    const tableLines = md.split('\n').filter((l) => l.startsWith('|'));
    expect(tableLines.length).toBeGreaterThanOrEqual(14);
    for (const line of tableLines) expect(line).not.toMatch(/\|\s*\|\s*\|/);
    expect(md).toContain('| Name | Alternate |');
    expect(md).toContain('| Red Hat | |');
    expect(md).not.toContain('Table of Contents');
    expect(convert(md, { from: 'markdown', to: 'md' }).output).toBe(md);
  });

  it('its clean Markdown reads back to the same meeting', () => {
    const md = convert(seed, { from: 'markdown', to: 'md' }).output;
    expect(toJson(md, 'markdown').meeting).toEqual(toJson(seed, 'markdown').meeting);
  });
});

describe('the seed page, as storage (fixtures/pages reconstruction)', () => {
  it.runIf(existsSync(storageSeed))('--to json yields the same meeting', () => {
    const doc = toJson(readFileSync(storageSeed, 'utf8'), 'storage');
    expectSeedMeeting(doc, { recording: true, slides: true });
    expect(doc.tables.map((t) => t.heading)).toContain('Steering Committee Members');
    expect(doc.attachments).toContain('Linaro Data Center Group strategy and direction 2024.pdf');
  });
});

describe('the mangled seed: leftover macro parameters', () => {
  it.skipIf(!hasShared)('leaves no "url … height 250" in a note and lists the file a view-file macro showed', () => {
    const doc = toJson(readFileSync(seedPath, 'utf8'), 'markdown');
    const texts: string[] = [];
    const walk = (list: Topic[]): void => {
      for (const t of list) {
        texts.push(t.title, ...t.notes.map((n) => n.text));
        walk(t.topics);
      }
    };
    walk(doc.meeting!.topics);
    expect(texts.filter((t) => /\b(?:url|height)\s+\S+/.test(t))).toEqual([]);
    expect(doc.attachments).toContain('Linaro Data Center Group strategy and direction 2024.pdf');
  });
});

describe('the mangled seed: the topic tree follows the page, and the repaired Markdown nests the same way', () => {
  const shape = (topics: Topic[]): unknown => topics.map((t) => [t.title, t.notes.length, shape(t.topics)]);

  it.skipIf(!hasShared || !existsSync(storageSeed))('nests the projects under "Project updates" with one note per bullet, as the storage page does', () => {
    const mangled = toJson(readFileSync(seedPath, 'utf8'), 'markdown').meeting!.topics;
    const storage = toJson(readFileSync(storageSeed, 'utf8'), 'storage').meeting!.topics;
    // Project updates and Strategy as the storage page has them: projects as sub-topics, each bullet a note.
    expect(shape(mangled.slice(0, 2))).toEqual(shape(storage.slice(0, 2)));
    expect(shape(mangled.slice(0, 1))).toEqual([['Project updates', 0, [['System Ready Compliant Platform Collaboration (SRCPC)', 3, []], ['Deploy CCA on Arm Platforms (DCAP)', 2, []]]]]);
  });

  it.skipIf(!hasShared)('writes the Minutes list nested, each repeated line of the flattened list dropped as the JSON drops it', () => {
    const md = convert(readFileSync(seedPath, 'utf8'), { from: 'markdown', to: 'md' }).output;
    const minutes = md.slice(md.indexOf('## Minutes'));
    expect(minutes).toContain('- Project updates\n  - System Ready Compliant Platform Collaboration (SRCPC)\n    - Document with current accomplishments and short term objectives');
    expect(minutes).toContain('  - Deploy CCA on Arm Platforms (DCAP)\n    - Leonardo:');
    expect(minutes.match(/System Ready Compliant Platform Collaboration/g)).toHaveLength(1);
    expect(minutes.match(/Document with current accomplishments/g)).toHaveLength(1);
  });
});
