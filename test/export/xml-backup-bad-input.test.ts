import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { zipSync } from 'fflate';
import { main } from '../../src/cli/main.js';
import { attachment, body, content, exportZip, footer, header, teamSpaceExport, teamSpaceObjects } from '../support/entities-xml.js';
import { writeExportFolder, writeExportZip } from '../support/xml-backup-disk.js';

let dir: string;
let errors: string[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wikiport-xml-bad-'));
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const convert = (input: string, ...rest: string[]): Promise<number> => main(['convert', input, '--out', join(dir, 'out'), '--quiet', ...rest]);
const problems = (): string[] => errors.filter((l) => l.startsWith('wikiport: '));

/** Marks every entry of a zip as encrypted (flag bit 0), as a password-protected zip has it. */
function encrypt(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint16(i + 6, view.getUint16(i + 6, true) | 1, true);
    if (sig === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
  }
  return out;
}

describe('bad XML exports', () => {
  it('a zip that is not an export: one line, exit 1', async () => {
    const input = join(dir, 'photos.zip');
    await writeFile(input, zipSync({ 'a.jpg': new Uint8Array([1, 2, 3]), 'notes.txt': new TextEncoder().encode('hi') }));
    expect(await convert(input)).toBe(1);
    expect(problems()).toEqual([`wikiport: ${input}: no entities.xml in this zip, so it is not a Confluence XML export (Space tools > Export > XML, or a site backup); it holds 2 other entries`]);
  });

  it('a file that is not a zip at all', async () => {
    const input = join(dir, 'export.zip');
    await writeFile(input, '<html>not a zip</html>');
    expect(await convert(input)).toBe(1);
    expect(problems()).toEqual([expect.stringMatching(/export\.zip: not a zip file .*give the \.zip Confluence wrote/)]);
  });

  it('a password-protected zip', async () => {
    const input = join(dir, 'locked.zip');
    await writeFile(input, encrypt(exportZip(teamSpaceExport())));
    expect(await convert(input)).toBe(1);
    expect(problems()).toEqual([`wikiport: ${input}: password-protected zip (entities.xml is encrypted); unpack it with its password and convert the folder`]);
  });

  it('a truncated entities.xml: says where it stops, converts what came before', async () => {
    const files = teamSpaceExport();
    const cut = files.entities.indexOf('<object class="Page" package="com.atlassian.confluence.pages">\n<id name="id">1004</id>');
    const input = await writeExportFolder(join(dir, 'cut'), { ...files, entities: files.entities.slice(0, cut + 100) });
    expect(await convert(input)).toBe(1);
    expect(problems()[0]).toMatch(/cut: entities.xml ends inside <object class="Page" id 1004>, after \d+ objects \(the last whole one: BodyContent 5003\): the file is truncated; converting what comes before$/);
    expect(problems()).toHaveLength(1);
    const doc = JSON.parse(await readFile(join(dir, 'out', 'Team Home/Meeting minutes/2024-01-10 Steering committee.json'), 'utf8')) as { meeting: { attendees: unknown[] } };
    expect(doc.meeting.attendees).toHaveLength(3);
  });

  it('an empty entities.xml, or one that is not XML: one line, nothing written', async () => {
    const input = await writeExportFolder(join(dir, 'empty'), { entities: '', attachments: {}, descriptor: '' });
    expect(await convert(input)).toBe(1);
    expect(problems()).toEqual([`wikiport: ${input}: entities.xml holds no XML elements at all (empty or not XML): nothing to convert`]);
    const html = await writeExportFolder(join(dir, 'html'), { entities: '<html><body>x</body></html>', attachments: {}, descriptor: '' });
    errors.length = 0;
    expect(await convert(html)).toBe(1);
    expect(problems()).toEqual([`wikiport: ${html}: entities.xml has the root element <html>, not <hibernate-generic>: not a Confluence XML export: nothing to convert`]);
  });

  it('a zip cut off in the middle (no central directory): what is there is converted', async () => {
    const zip = exportZip({ ...teamSpaceExport(), attachments: {} });
    const input = join(dir, 'cut.zip');
    await writeFile(input, zip.subarray(0, Math.floor(zip.length * 0.6)));
    expect(await convert(input)).toBe(1);
    expect(problems().join('\n')).toMatch(/entities\.xml ends inside .*truncated/);
  });

  it('references to missing pages and attachment files, and wiki markup bodies', async () => {
    const files = teamSpaceExport();
    const extra = [
      content({ id: '1200', title: 'Orphan', spaceId: '98001', parentId: '424242', bodyId: '5200' }),
      body({ id: '5200', contentId: '1200', body: '<p>lost parent</p>' }),
      content({ id: '1201', title: 'Ancient', spaceId: '98001', parentId: '1001', bodyId: '5300' }),
      body({ id: '5300', contentId: '1201', body: 'h1. Old\n\n* wiki <markup>', bodyType: 0 }),
      attachment({ id: '4100', containerId: '777', fileName: 'ghost.txt' }),
      attachment({ id: '4101', containerId: '1201', fileName: 'gone.txt' }),
    ];
    const input = await writeExportZip(join(dir, 'odd.zip'), { ...files, entities: header + teamSpaceObjects().join('') + extra.join('') + footer });
    expect(await convert(input)).toBe(1);
    expect(problems()).toEqual([
      'wikiport: page 1200 "Orphan": its parent 424242 is not in the export; placed at the top of its space',
      'wikiport: attachment 4100 "ghost.txt": its page 777 is not in the export; left out',
      'wikiport: page 1201 "Ancient": its body is wiki markup (Confluence before 4.0), not storage; kept as preformatted text',
      'wikiport: attachment "gone.txt" of page 1201 "Ancient": attachments/1201/4101/1 is not in the export; left out',
    ]);
    const ancient = await readFile(join(dir, 'out', 'Team Home', 'Ancient.md'), 'utf8');
    expect(ancient).toContain('```text\nh1. Old\n\n* wiki <markup>\n```');
    expect(await readFile(join(dir, 'out', 'Orphan.md'), 'utf8')).toContain('lost parent');
  });
});
