import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertXmlBackup } from '../../src/export/xml-backup/convert-xml-backup.js';
import { readManifest } from '../../src/manifest/manifest.js';
import * as x from '../support/entities-xml.js';
import { writeExportZip } from '../support/xml-backup-disk.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wikiport-xml-hostile-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function files(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name))).filter((p) => !p.startsWith('.wikiport')).sort();
}

const page = (id: string, title: string, parentId: string | undefined, text: string, extra: Partial<x.ContentSpec> = {}): string[] => [
  x.content({ id, title, spaceId: '1', parentId, bodyId: `b${id}`, ...extra }),
  x.body({ id: `b${id}`, contentId: id, body: `<p>${text}</p>` }),
];

describe('odd XML exports', () => {
  it('unicode and path-like titles, duplicates, cycles, self parents, two bodies, no body, hostile attachment names', async () => {
    const objects = [
      x.space({ id: '1', key: 'ODD', name: 'Odd', homePageId: '10' }),
      ...page('10', 'Ünïcode “Home” 😀 / slash', undefined, 'home'),
      ...page('11', 'Same', '10', 'one'),
      ...page('12', 'same', '10', 'two'),
      ...page('13', 'Same', '10', 'three'),
      ...page('20', 'Cycle A', '22', 'a'),
      ...page('21', 'Cycle B', '20', 'b'),
      ...page('22', 'Cycle C', '21', 'c'),
      ...page('23', 'Self', '23', 'self'),
      ...page('30', '../../etc/passwd', undefined, 'traversal'),
      ...page('31', 'attachments', undefined, 'reserved name'),
      ...page('32', '', undefined, 'no title'),
      ...page('41', 'Two bodies', undefined, 'first'),
      x.body({ id: 'b41-again', contentId: '41', body: '<p>second</p>' }),
      x.content({ id: '42', title: 'No body', spaceId: '1' }),
      x.attachment({ id: '60', containerId: '10', fileName: '../../../evil.sh' }),
      x.attachment({ id: '61', containerId: '10', fileName: 'Chart.PNG' }),
      x.attachment({ id: '62', containerId: '10', fileName: 'chart.png' }),
    ];
    const input = await writeExportZip(join(dir, 'odd.zip'), {
      entities: x.header + objects.join('') + x.footer,
      attachments: { 'attachments/10/60/1': new TextEncoder().encode('echo'), 'attachments/10/61/1': x.tinyPng, 'attachments/10/62/1': x.tinyPng },
      descriptor: '',
    });
    const out = join(dir, 'out');
    const result = await convertXmlBackup({ input, out, formats: ['md'] });
    expect(result.problems).toEqual([
      'page 23 "Self": it is its own parent; placed at the top of its space',
      'page 20 "Cycle A": its parents form a cycle; placed at the top of its space',
      'page 41 "Two bodies": a second body (b41-again) in the export; the first one is kept',
      'page 42 "No body": no body in the export; written empty',
    ]);
    expect(await files(out)).toEqual([
      'Cycle A.md',
      'Cycle A/Cycle B.md',
      'Cycle A/Cycle B/Cycle C.md',
      'No body.md',
      'Self.md',
      'Two bodies.md',
      'attachments (31).md',
      'attachments/10/62-chart.png',
      'attachments/10/Chart.PNG',
      'attachments/10/evil.sh',
      'etc-passwd.md',
      'page-32.md',
      'Ünïcode “Home” - slash.md',
      'Ünïcode “Home” - slash/Same (13).md',
      'Ünïcode “Home” - slash/Same.md',
      'Ünïcode “Home” - slash/same (12).md',
    ].sort());
    expect(await readFile(join(out, 'Two bodies.md'), 'utf8')).toContain('first');
    expect(Object.keys((await readManifest(out))!.pages)).toHaveLength(13);
  });

  it('a body over --max-body-mb keeps its storage only, and the rest is converted', async () => {
    const big = 'word '.repeat(300_000);
    const objects = [x.space({ id: '1', key: 'BIG', name: 'Big' }), ...page('1', 'Huge', undefined, big), ...page('2', 'Small', undefined, 'small')];
    const input = await writeExportZip(join(dir, 'big.zip'), { entities: x.header + objects.join('') + x.footer, attachments: {}, descriptor: '' });
    const out = join(dir, 'out');
    const result = await convertXmlBackup({ input, out, maxBodyMb: 1 });
    expect(result.problems).toEqual([
      'page 1 "Huge": its body is 1.5 MB, more than --max-body-mb 1: storage kept in .wikiport/storage/1.xhtml, no Markdown or JSON (convert that file alone, or again with a higher --max-body-mb)',
    ]);
    expect(await files(out)).toEqual(['Small.json', 'Small.md']);
    expect((await readFile(join(out, '.wikiport/storage/1.xhtml'), 'utf8')).length).toBe(big.length + 7);
    expect((await readManifest(out))!.pages['1']!.files).toEqual({ storage: expect.objectContaining({ path: '.wikiport/storage/1.xhtml' }) });
  });
});
