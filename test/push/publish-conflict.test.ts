import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPages } from '../../src/export/export.js';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, flavors, sandboxForEach, tempFolder } from './push-sandbox-helpers.js';

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const [cloud] = flavors;

// A page of a published folder edited on the wiki and in the file at once.
describe('publishing a file whose page was edited on the wiki meanwhile', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  async function conflicted(): Promise<{ dir: string; id: string; parent: string }> {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), `Conflict target ${Math.random()}`);
    const dir = await tempFolder('wikiport-publish-conflict-');
    await writeFiles(dir, { 'guide.md': `# Conflict guide ${parent}\n\nStep one.\n` });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    const id = first.pages[0]?.pageId ?? '';
    sandbox().store.editPage(id, { body: '<p>Step one, fixed on the wiki.</p>', authorId: sandbox().store.users[0]!.accountId });
    await writeFiles(dir, { 'guide.md': `# Conflict guide ${parent}\n\nStep one.\n\nStep two.\n` });
    return { dir, id, parent };
  }

  it('is refused with exit code 3 and advice that works (export refuses the edited file, push FILE is refused)', async () => {
    const { dir, id, parent } = await conflicted();
    const client = clientFor(sandbox(), 'v2');
    const summary = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(summary.exitCode).toBe(3);
    const line = summary.pages[0]?.message ?? '';
    // Was: "export it, merge, then publish again", while export refuses the edited file ("push your edits").
    expect(line).toMatch(/--force/);
    expect(line).toMatch(/move guide\.md aside/);
    const exported = await exportPages({ client, page: parent, descendants: true, out: dir, formats: ['md'] });
    expect(exported.failures.length).toBe(1);
    expect(bodyOf(sandbox(), id).body).toBe('<p>Step one, fixed on the wiki.</p>');
  });

  it('with --force writes the file over the wiki edit, after backing up the wiki body', async () => {
    const { dir, id } = await conflicted();
    const client = clientFor(sandbox(), 'v2');
    // Was: --force ignored, the same conflict (exit 3) every time.
    const forced = await pushPages({ paths: ['.'], cwd: dir, client, force: true });
    expect(forced.exitCode).toBe(0);
    expect(forced.pages[0]?.status).toBe('updated');
    expect(bodyOf(sandbox(), id)).toMatchObject({ version: 3, body: '<p>Step one.</p>\n<p>Step two.</p>' });
    expect(await readFile(join(dir, '.wikiport', 'backups', id, 'v2.xhtml'), 'utf8')).toBe('<p>Step one, fixed on the wiki.</p>');
    const again = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(again.pages[0]?.status).toBe('unchanged');
  });
});

describe.each(flavors)('publishing a file whose page was moved to the trash on the wiki ($name)', (flavor) => {
  const sandbox = sandboxForEach(flavor);

  it('restores the page and sends the edit, saying so (it was restored with its old body, the edit recorded as sent)', async () => {
    const client = clientFor(sandbox(), flavor.api);
    const parent = addMinutesPage(sandbox(), `Trashed target ${flavor.name}`);
    const dir = await tempFolder('wikiport-publish-trashed-');
    await writeFiles(dir, { 'faq.md': `# Trashed FAQ ${flavor.name}\n\nOld answer.\n` });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    const id = first.pages[0]?.pageId ?? '';
    sandbox().store.deletePage(id);
    await writeFiles(dir, { 'faq.md': `# Trashed FAQ ${flavor.name}\n\nNew answer.\n` });
    const second = await pushPages({ paths: ['.'], cwd: dir, client });
    if (flavor.api === 'v1') {
      // v1 does not restore a page on update: the line says where the page went and what to do (was:
      // "not found (404) … Check the id or key"), and the edit is not recorded as sent.
      expect(second.exitCode).toBe(1);
      expect(second.pages[0]?.message).toMatch(/is no longer on the wiki \(moved to the trash or deleted there\): restore it from the trash of space MIN and publish again/);
      sandbox().store.setStatus(id, 'current');
      const after = await pushPages({ paths: ['.'], cwd: dir, client });
      expect(after.pages[0]?.status).toBe('updated');
      expect(bodyOf(sandbox(), id).body).toBe('<p>New answer.</p>');
      return;
    }
    expect(second.exitCode).toBe(0);
    expect(second.pages[0]?.message).toMatch(/trash/);
    expect(sandbox().store.page(id)?.status).toBe('current');
    expect(bodyOf(sandbox(), id).body).toBe('<p>New answer.</p>');
    const third = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(third.pages[0]?.status).toBe('unchanged');
  });
});
