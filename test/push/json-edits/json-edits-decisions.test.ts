import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { ManifestPageSchema } from '../../../src/manifest/manifest.js';
import type { PageDocument } from '../../../src/model/page-document.js';
import { jsonEdit } from '../../../src/push/json-edits/json-edits.js';
import { decisionListTexts, storageDecisionLists } from '../../../src/push/storage-edits/decisions.js';
import { repoRoot } from '../../support/shared-corpus.js';

/** Issue 14, follow-up 3: a decision added in JSON goes where the page keeps its decisions, in the page's spelling. */
const fixture = (name: string) => readFileSync(join(repoRoot, 'fixtures', 'minutes', `${name}.storage.xhtml`), 'utf8');
const cloudList = fixture('cloud-decision-list');
const users = JSON.parse(readFileSync(join(repoRoot, 'fixtures', 'minutes', 'cloud-decision-list.users.json'), 'utf8')) as Record<string, string>;
const userNames = (user: { accountId?: string; userKey?: string }) => users[user.accountId ?? user.userKey ?? ''] ?? null;

const manifestPage = ManifestPageSchema.parse({
  id: '77',
  title: 'Archive sync 2024-10-08',
  spaceKey: 'OPS',
  parentId: null,
  version: 4,
  files: { storage: { path: '.wikiport/storage/77.xhtml', sha256: '0'.repeat(64) } },
  exportedAt: '2024-10-09T09:00:00.000Z',
});
const meta = { id: '77', title: manifestPage.title, spaceKey: 'OPS', version: 4, parentId: null, labels: [], sourceUrl: null };
const read = (storage: string) => JSON.parse(convert(storage, { from: 'storage', to: 'json', meta, userNames }).output) as PageDocument;

function editDecisions(storage: string, edit: (decisions: { text: string }[]) => void, decisionLists = true) {
  const doc = read(storage);
  edit(doc.meeting!.decisions);
  const result = jsonEdit('m.json', JSON.stringify(doc), manifestPage, storage, { userNames }, { decisionLists });
  return { ...result, after: read(result.storage), wanted: doc.meeting!.decisions };
}

/** The storage without the decision lists (to show that nothing else moved). */
const outsideLists = (storage: string) => {
  let out = storage;
  for (const list of storageDecisionLists(storage).reverse()) out = out.slice(0, list.start) + '[list]' + out.slice(list.end);
  return out;
};

describe('decisions added, changed and removed in JSON', () => {
  it('a decision added on a page with a decision list is a new item of that list, shaped like its neighbour, with its fallback line', () => {
    const { storage, after, wanted, notes } = editDecisions(cloudList, (d) => void d.push({ text: 'Vendors get a two-week <b>notice</b> & a call' }));
    expect(after.meeting!.decisions).toEqual(wanted);
    expect(outsideLists(storage)).toBe(outsideLists(cloudList));
    const [list] = storageDecisionLists(storage);
    expect(list!.items.map((i) => i.text)).toEqual([...decisionListTexts(cloudList), 'Vendors get a two-week <b>notice</b> & a call']);
    expect(storage).toContain(
      '<ac:adf-attribute key="state">DECIDED</ac:adf-attribute><ac:adf-content>Vendors get a two-week &lt;b&gt;notice&lt;/b&gt; &amp; a call</ac:adf-content></ac:adf-node></ac:adf-node>',
    );
    expect(storage).toContain('<li><div class="decision-item">Vendors get a two-week &lt;b&gt;notice&lt;/b&gt; &amp; a call</div></li></ul></div></ac:adf-fallback>');
    // A fresh local id, not a copy of the neighbour's.
    const ids = [...storage.matchAll(/key="local-id">([^<]+)</g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(notes).toContain('decisions written into the decision list');
  });

  it('a decision put first, one changed and one removed: each in the list and its fallback, nothing else moves', () => {
    const first = editDecisions(cloudList, (d) => void d.unshift({ text: 'Cold tier pricing is reviewed yearly.' }));
    expect(first.after.meeting!.decisions).toEqual(first.wanted);
    expect(first.storage.indexOf('Cold tier pricing')).toBeLessThan(first.storage.indexOf('Archive data older'));

    const changed = editDecisions(cloudList, (d) => void (d[1]!.text = 'The reporting API ships every Tuesday.'));
    expect(changed.storage).toBe(cloudList.split('The reporting API ships every second Tuesday.').join('The reporting API ships every Tuesday.'));

    const removed = editDecisions(cloudList, (d) => void d.splice(0, 1));
    expect(removed.after.meeting!.decisions).toEqual([{ text: 'The reporting API ships every second Tuesday.' }]);
    expect(removed.storage).not.toContain('Archive data older');
    expect(outsideLists(removed.storage)).toBe(outsideLists(cloudList));
  });

  it('a list whose only item is empty (the Cloud template left unfilled) gets that item filled', () => {
    const empty = cloudList.replace(/<ac:adf-node type="decision-item">[\s\S]*<\/ac:adf-node><\/ac:adf-node>/, (nodes) => {
      const first = nodes.indexOf('<ac:adf-content>');
      return nodes.slice(0, first) + '</ac:adf-node></ac:adf-node>';
    }).replace(/<ul><li>[\s\S]*<\/li><\/ul>/, '<ul><li /></ul>');
    expect(read(empty).meeting!.decisions).toEqual([]);
    const { storage, after } = editDecisions(empty, (d) => void d.push({ text: 'Archive data moves to the cold tier.' }));
    expect(after.meeting!.decisions).toEqual([{ text: 'Archive data moves to the cold tier.' }]);
    const [list] = storageDecisionLists(storage);
    expect(list!.items).toHaveLength(1);
    expect(storage).toContain('<ul><li><div class="decision-item">Archive data moves to the cold tier.</div></li></ul>');
  });

  it('a page with no decisions gets a Confluence decision list under its Decisions heading, or a new one', () => {
    const headed = fixture('cloud-decision-list').replace(/<ac:adf-extension>[\s\S]*<\/ac:adf-extension>/, '');
    expect(read(headed).meeting!.decisions).toEqual([]);
    const underHeading = editDecisions(headed, (d) => void d.push({ text: 'Archive data moves to the cold tier.' }));
    expect(underHeading.after.meeting!.decisions).toEqual([{ text: 'Archive data moves to the cold tier.' }]);
    expect(underHeading.storage).toMatch(/>Decisions<\/h2><ac:adf-extension><ac:adf-node type="decision-list">/);
    expect(underHeading.storage.replace(/<ac:adf-extension>[\s\S]*<\/ac:adf-extension>/, '')).toBe(headed);

    const none = fixture('company-first-table');
    const added = editDecisions(none, (d) => void d.push({ text: 'Lumen hosts the December meeting.' }));
    expect(added.after.meeting!.decisions).toEqual([{ text: 'Lumen hosts the December meeting.' }]);
    expect(added.storage.startsWith(none)).toBe(true);
    expect(added.storage.slice(none.length)).toMatch(/^<h2>Decisions<\/h2><ac:adf-extension><ac:adf-node type="decision-list">.*<\/ac:adf-extension>$/);
    expect(added.notes).toContain('decisions written as a decision list under a new Decisions heading');
  });

  it('on Data Center (no decision lists) a page with no decisions gets them as a list under a Decisions heading', () => {
    const none = fixture('company-first-table');
    const added = editDecisions(none, (d) => void d.push({ text: 'Lumen hosts the December meeting.' }), false);
    expect(added.after.meeting!.decisions).toEqual([{ text: 'Lumen hosts the December meeting.' }]);
    expect(added.storage).not.toContain('ac:adf-extension');
    expect(added.storage.slice(none.length)).toMatch(/^<h2>Decisions<\/h2>\s*<ul>\s*<li>(<p>)?Lumen hosts the December meeting\.(<\/p>)?<\/li>\s*<\/ul>$/);
  });

  it('a page that writes its decisions in the text gets the new one in the same spelling', () => {
    const regrets = fixture('bullet-list-regrets');
    const { storage, after } = editDecisions(regrets, (d) => void d.push({ text: 'Datasets carry a licence file.' }));
    expect(after.meeting!.decisions.map((d) => d.text)).toEqual([...read(regrets).meeting!.decisions.map((d) => d.text), 'Datasets carry a licence file.']);
    expect(storage).not.toContain('ac:adf-extension');
    expect(storage).toContain('<p>Datasets carry a licence file.</p>');
  });
});
