import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/server.js';
import { readManifest, writeManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, clientFor, exportTo, flavors, removeTempDirs, startFor } from './push-sandbox-helpers.js';

const cloud = flavors[0]!;
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startFor(cloud);
});
afterAll(async () => {
  await sandbox.close();
});
afterEach(async () => {
  await removeTempDirs();
});

async function exportedWithLabels(title: string, labels: string[]): Promise<{ id: string; out: string; md: string }> {
  const id = addMinutesPage(sandbox, title);
  const page = sandbox.store.page(id)!;
  labels.forEach((name, i) => page.labels.push({ id: String(900000 + Number(id) * 10 + i), name, prefix: 'global' }));
  const out = await exportTo(clientFor(sandbox, cloud.api), id);
  return { id, out, md: join(out, `${title}.md`) };
}

const labelRequests = () => Object.entries(sandbox.stats.byRoute).filter(([route]) => /label/i.test(route)).reduce((n, [, c]) => n + c, 0);

describe('push: labels, titles, sibling files, creation, deleted pages, failures', () => {
  it('applies the labels added and removed in front matter, and leaves labels alone when they were not edited', async () => {
    const { id, out, md } = await exportedWithLabels('Labelled minutes', ['minutes', 'draft']);
    const text = await readFile(md, 'utf8');
    expect(text).toMatch(/labels:\n\s+- minutes\n\s+- draft\n/);
    sandbox.resetStats();
    await writeFile(md, text.replace('Recording: shared on the list after the call.', 'Recording: later.'));
    const bodyOnly = await pushPages({ paths: [md], client: clientFor(sandbox, cloud.api), cwd: out });
    expect(bodyOnly.pages[0]?.status).toBe('updated');
    expect(labelRequests()).toBe(0);

    const again = await readFile(md, 'utf8');
    await writeFile(md, again.replace(/\s+- draft\n/, '\n  - final\n'));
    const labelled = await pushPages({ paths: [md], client: clientFor(sandbox, cloud.api), cwd: out });
    expect(labelled.pages[0]?.status).toBe('updated');
    expect(sandbox.store.page(id)!.labels.map((l) => l.name).sort()).toEqual(['final', 'minutes']);
    expect((await readManifest(out))?.pages[id]?.labels.sort()).toEqual(['final', 'minutes']);
  });

  it('refuses to push the file of a page deleted upstream, naming it', async () => {
    const { id, out, md } = await exportedWithLabels('Deleted minutes', []);
    const manifest = (await readManifest(out))!;
    manifest.pages[id] = { ...manifest.pages[id]!, deleted: true, deletedAt: '2024-02-01T00:00:00.000Z' };
    await writeManifest(out, manifest);
    await writeFile(md, `${await readFile(md, 'utf8')}\nOne more line.\n`);
    sandbox.resetStats();
    const summary = await pushPages({ paths: [md], client: clientFor(sandbox, cloud.api), cwd: out, create: true });
    expect(summary.exitCode).toBe(1);
    expect(summary.pages[0]?.message).toMatch(new RegExp(`page ${id} "Deleted minutes" was deleted on the wiki`));
    expect(sandbox.stats.requests).toBe(0);
  });

  it('pushes the Markdown and the JSON of one page edited in different places, in one run, both landing', async () => {
    const { id, out, md } = await exportedWithLabels('Both files', []);
    const json = md.replace(/\.md$/, '.json');
    await writeFile(md, (await readFile(md, 'utf8')).replace('Recording: shared on the list after the call.', 'Recording: on the drive.'));
    const doc = JSON.parse(await readFile(json, 'utf8')) as { tables: Array<{ rows: Array<Record<string, unknown>> }> };
    doc.tables[1]!.rows[2]!.Name = 'Randy Linnell, Linaro';
    await writeFile(json, JSON.stringify(doc, null, 2));
    const summary = await pushPages({ paths: [out], client: clientFor(sandbox, cloud.api), cwd: out });
    expect(summary.exitCode).toBe(0);
    expect(summary.pages.map((p) => p.status).sort()).toEqual(['merged', 'updated']);
    const body = sandbox.store.bodyOf(sandbox.store.page(id)!);
    expect(body).toContain('Recording: on the drive.');
    expect(body).toContain('<td><p>Randy Linnell, Linaro</p></td>');
    const again = await pushPages({ paths: [out], client: clientFor(sandbox, cloud.api), cwd: out });
    expect(again.pages.every((p) => p.status === 'unchanged')).toBe(true);
  });

  it('a file pushed, then edited again, is pushed again without a conflict with its own first push', async () => {
    const { id, out, md } = await exportedWithLabels('Twice', []);
    await writeFile(md, (await readFile(md, 'utf8')).replace('Recording: shared on the list after the call.', 'Recording: on the drive.'));
    expect((await pushPages({ paths: [md], client: clientFor(sandbox, cloud.api), cwd: out })).pages[0]?.status).toBe('updated');
    await writeFile(md, (await readFile(md, 'utf8')).replace('When? 4th Thursday of each month.', 'When? 4th Thursday, 15:00 UTC.'));
    const second = await pushPages({ paths: [md], client: clientFor(sandbox, cloud.api), cwd: out });
    expect(second.exitCode).toBe(0);
    expect(second.pages[0]).toMatchObject({ newVersion: 3 });
    const body = sandbox.store.bodyOf(sandbox.store.page(id)!);
    expect(body).toContain('Recording: on the drive.');
    expect(body).toContain('15:00 UTC');
  });

  it('renames the page when the front matter title changed', async () => {
    const { id, out, md } = await exportedWithLabels('Old title', []);
    await writeFile(md, (await readFile(md, 'utf8')).replace('title: Old title', 'title: New title'));
    const summary = await pushPages({ paths: [md], client: clientFor(sandbox, cloud.api), cwd: out });
    expect(summary.pages[0]).toMatchObject({ status: 'updated', title: 'New title', newVersion: 2 });
    expect(sandbox.store.current(sandbox.store.page(id)!).title).toBe('New title');
    expect((await readManifest(out))?.pages[id]?.title).toBe('New title');
  });

  it('--create --dry-run says where the page would go and sends nothing; --parent picks the parent', async () => {
    const { id, out } = await exportedWithLabels('Parent by option', []);
    const file = join(out, 'Loose note.md');
    await writeFile(file, '# Loose note\n\nNothing much.\n');
    sandbox.resetStats();
    const dry = await pushPages({ paths: [file], client: clientFor(sandbox, cloud.api), cwd: out, create: true, parentId: id, dryRun: true });
    expect(dry.pages[0]).toMatchObject({ status: 'would-create', title: 'Loose note' });
    expect(dry.pages[0]?.message).toMatch(new RegExp(`under page ${id} in space MIN`));
    expect(sandbox.stats.requests).toBe(0);
    const real = await pushPages({ paths: [file], client: clientFor(sandbox, cloud.api), cwd: out, create: true, parentId: id });
    expect(real.pages[0]?.status).toBe('created');
    expect(sandbox.store.page(real.pages[0]!.pageId!)!.parentId).toBe(id);
  });

  it('a new file without --create is reported, not created', async () => {
    const { out } = await exportedWithLabels('No create', []);
    const file = join(out, 'Stray.md');
    await writeFile(file, '# Stray\n');
    const summary = await pushPages({ paths: [file], client: clientFor(sandbox, cloud.api), cwd: out });
    expect(summary.exitCode).toBe(1);
    expect(summary.pages[0]?.message).toMatch(/pass --create/);
  });

  it('reports a page whose exported storage is missing with its id, and goes on with the others', async () => {
    const first = await exportedWithLabels('Broken export', []);
    await rm(join(first.out, '.wikiport', 'storage', `${first.id}.xhtml`));
    await writeFile(first.md, `${await readFile(first.md, 'utf8')}\nEdited.\n`);
    const summary = await pushPages({ paths: [first.md], client: clientFor(sandbox, cloud.api), cwd: first.out });
    expect(summary.exitCode).toBe(1);
    expect(summary.pages[0]).toMatchObject({ status: 'failed', pageId: first.id, baseVersion: 1 });
    expect(summary.pages[0]?.message).toMatch(/the storage page \d+ was exported from .* is missing.*run the same export again/);
  });
});
