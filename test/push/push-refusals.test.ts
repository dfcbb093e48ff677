import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushPages } from '../../src/push/push.js';
import { formatPushSummary } from '../../src/push/push-report.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, sandboxForEach, tempFolder, writeRequests } from './push-sandbox-helpers.js';

const dataCenter = flavors[2]!;

describe('push refuses what cannot be an edit (one line naming the file, exit 2, nothing sent)', () => {
  const sandbox = sandboxForEach(dataCenter);

  async function exported(title: string): Promise<{ id: string; md: string; json: string; text: string }> {
    const id = addMinutesPage(sandbox(), title);
    const out = await exportTo(clientFor(sandbox(), dataCenter.api), id);
    const md = join(out, `${title}.md`);
    return { id, md, json: join(out, `${title}.json`), text: await readFile(md, 'utf8') };
  }

  async function refused(file: string, content: string | Uint8Array, pattern: RegExp, options: { allowEmpty?: boolean } = {}): Promise<void> {
    await writeFile(file, content);
    sandbox().resetStats();
    const summary = await pushPages({ paths: [file], client: clientFor(sandbox(), dataCenter.api), ...options });
    expect(summary.exitCode).toBe(2);
    expect(summary.pages).toHaveLength(1);
    expect(summary.pages[0]!.status).toBe('refused');
    expect(summary.pages[0]!.message).toMatch(pattern);
    expect(sandbox().stats.requests).toBe(0);
    const report = formatPushSummary(summary, { diffs: false }).split('\n');
    expect(report[0]).toContain(file.split('/').pop());
    expect(report[0]).toMatch(/: refused: /);
    expect(report[1]).toBe('wikiport push: 1 refused');
  }

  it('5,000 random bytes in a .md', async () => {
    const { id, md } = await exported('Refuse random');
    const bytes = randomBytes(5000);
    bytes[0] = 0x80; // never valid UTF-8 by chance
    await refused(md, bytes, /not UTF-8 text/);
    expect(bodyOf(sandbox(), id).version).toBe(1);
  });

  it('a UTF-16 file (with or without byte-order mark)', async () => {
    const { md, text } = await exported('Refuse UTF-16');
    const edited = text.replace('Recording', 'Recorded');
    await refused(md, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(edited, 'utf16le')]), /UTF-16/);
    await refused(md, Buffer.from(edited, 'utf16le'), /UTF-16/);
    await refused(md, `${edited}\u0000\u0001`, /control character U\+0000/);
  });

  it('an empty file and an empty body, unless --allow-empty', async () => {
    const { id, md, text } = await exported('Refuse empty');
    await refused(md, '', /body is empty.*--allow-empty/);
    const frontMatterOnly = text.slice(0, text.indexOf('---\n', 4) + 4);
    await refused(md, frontMatterOnly, /body is empty.*--allow-empty/);
    const allowed = await pushPages({ paths: [md], client: clientFor(sandbox(), dataCenter.api), allowEmpty: true });
    expect(allowed.exitCode).toBe(0);
    expect(bodyOf(sandbox(), id).version).toBe(2);
  });

  it('front matter that does not close', async () => {
    const { md, text } = await exported('Refuse unclosed');
    const unclosed = text.replace(/\n---\n/, '\n\n');
    expect(unclosed.startsWith('---\n')).toBe(true);
    await refused(md, unclosed, /front matter .* never closes/);
  });

  it('front matter that does not parse', async () => {
    const { md, text } = await exported('Refuse bad yaml');
    await refused(md, text.replace(/^id: .*$/m, 'id: [unclosed'), /front matter is not valid YAML/);
  });

  it('an id that does not match the manifest, in Markdown and in JSON', async () => {
    const { id, md, json, text } = await exported('Refuse id');
    await refused(md, text.replace(`id: "${id}"`, 'id: "424242"').replace(`id: ${id}`, 'id: 424242').replace(/Recording/, 'Recorded'), /names page 424242.*page \d+/);
    const doc = JSON.parse(await readFile(json, 'utf8')) as { id: string; title: string };
    await refused(json, JSON.stringify({ ...doc, id: '424242', title: 'Other' }), /names page 424242/);
  });

  it('a file saved with old Mac line endings (CR only) pushes its edit, its front matter read as front matter', async () => {
    const { id, md, text } = await exported('Carriage returns');
    await writeFile(md, text.replace('Recording', 'Recorded').replace(/\n/g, '\r'));
    const summary = await pushPages({ paths: [md], client: clientFor(sandbox(), dataCenter.api) });
    expect(summary.pages[0]!.message).not.toMatch(/labels/);
    expect(summary.exitCode).toBe(0);
    const { body } = bodyOf(sandbox(), id);
    expect(body).toContain('Recorded');
    expect(body).not.toMatch(/<hr|title:|id: /);
  });

  it('a page JSON file that is not JSON is refused like broken front matter', async () => {
    const { json } = await exported('Refuse broken JSON');
    await refused(json, '{"id": "1", "title": "cut sho', /not valid JSON/);
  });

  it("wikiport's own record under .wikiport is not a page: exit 2, nothing sent", async () => {
    const { md } = await exported('Refuse state');
    const state = join(md, '..', '.wikiport', 'manifest.json');
    for (const path of [state, join(state, '..'), join(state, '..', 'storage')]) {
      sandbox().resetStats();
      await expect(pushPages({ paths: [path], client: clientFor(sandbox(), dataCenter.api) })).rejects.toMatchObject({
        exitCode: 2,
        message: expect.stringMatching(/own record of the export \(\.wikiport\/\), not a page; nothing was sent/),
      });
      expect(sandbox().stats.requests).toBe(0);
    }
  });

  it("a copy of a page's file (a draft beside it) is refused, naming the page's own file; a file moved elsewhere still pushes", async () => {
    const { id, md, text } = await exported('Copied');
    const draft = join(md, '..', 'Copied - draft.md');
    await writeFile(draft, `${text}\nA draft idea, not for the wiki.\n`);
    sandbox().resetStats();
    const summary = await pushPages({ paths: [join(md, '..')], client: clientFor(sandbox(), dataCenter.api) });
    const refusedDraft = summary.pages.find((p) => p.file.endsWith('Copied - draft.md'))!;
    expect(refusedDraft.status).toBe('refused');
    expect(refusedDraft.message).toMatch(new RegExp(`names page ${id}, whose file is Copied\\.md: a copy is not pushed`));
    expect(summary.exitCode).toBe(2);
    expect(writeRequests(sandbox())).toBe(0);
    expect(bodyOf(sandbox(), id).version).toBe(1);

    await rm(draft);
    const moved = join(md, '..', 'Moved.md');
    await writeFile(moved, text.replace('Recording', 'Recorded'));
    await rm(md);
    const pushed = await pushPages({ paths: [moved], client: clientFor(sandbox(), dataCenter.api) });
    expect(pushed.pages[0]!.status).toBe('updated');
  });

  it('a page file that is a link (to a file of this machine) is not read or sent', async () => {
    const { md } = await exported('Refuse link');
    const secret = join(await tempFolder(), 'id_rsa');
    await writeFile(secret, 'PRIVATE KEY\n');
    await rm(md);
    await symlink(secret, md);
    sandbox().resetStats();
    const summary = await pushPages({ paths: [md], client: clientFor(sandbox(), dataCenter.api) });
    expect(summary.pages[0]!.message).toMatch(/is a symbolic link \(to .*id_rsa\)/);
    expect(summary.pages[0]!.status).toBe('refused');
    expect(summary.exitCode).toBe(2);
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('a manifest that does not read stops the push once (exit 2), before anything is sent', async () => {
    const { md } = await exported('Refuse manifest');
    await writeFile(join(md, '..', '.wikiport', 'manifest.json'), 'null');
    sandbox().resetStats();
    await expect(pushPages({ paths: [join(md, '..')], client: clientFor(sandbox(), dataCenter.api) })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/manifest\.json: field \(root\).*--rebuild-manifest/),
    });
    expect(sandbox().stats.requests).toBe(0);
  });

  it('a folder that is not an export: says so, exit 2', async () => {
    const folder = join(await tempFolder(), 'notes');
    await mkdir(folder);
    await writeFile(join(folder, 'a.md'), '# A\n\ntext\n');
    sandbox().resetStats();
    await expect(pushPages({ paths: [folder], client: clientFor(sandbox(), dataCenter.api) })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/is not an export folder.*\.wikiport\/manifest\.json/),
    });
    expect(sandbox().stats.requests).toBe(0);
  });
});
