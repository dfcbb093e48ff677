import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPages } from '../../src/export/export.js';
import { readManifest, sha256 } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { restorePage } from '../../src/push/restore.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, minutesStorage, sandboxForEach } from './push-sandbox-helpers.js';

const recording = 'Recording: shared on the list after the call.';
const nextMeeting = 'same Zoom.';

async function replaceIn(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe.each(flavors)('restore keeps the export folder in step ($name)', (flavor) => {
  const started = sandboxForEach(flavor);

  it('push, restore, then an unrelated edit pushes cleanly (no merge, no conflict) and a re-export sees no change', async () => {
    const sandbox = started();
    const client = clientFor(sandbox, flavor.api);
    const pageTitle = `LDCG SC 2024-01-25 restore ${flavor.name}`;
    const id = addMinutesPage(sandbox, pageTitle);
    const out = await exportTo(client, id);
    const md = join(out, `${pageTitle}.md`);

    await replaceIn(md, recording, 'Recording: withdrawn.');
    expect((await pushPages({ paths: [md], client, cwd: out })).pages[0]).toMatchObject({ status: 'updated', newVersion: 2 });

    const restored = await restorePage({ client, exportDir: out, pageId: id, version: 1 });
    expect(restored).toMatchObject({ restoredVersion: 1, replacedVersion: 2, newVersion: 3 });
    expect(restored.message).toMatch(/export folder now describes it/);
    expect(bodyOf(sandbox, id)).toMatchObject({ version: 3, body: minutesStorage });

    // The folder describes version 3: manifest, kept storage, and the page files (rewritten from it).
    const entry = (await readManifest(out))?.pages[id];
    expect(entry?.version).toBe(3);
    expect(await readFile(join(out, entry!.files.storage.path), 'utf8')).toBe(minutesStorage);
    expect(entry?.files.storage.sha256).toBe(sha256(minutesStorage));
    const mdText = await readFile(md, 'utf8');
    expect(mdText).toContain(recording);
    expect(mdText).toContain('version: 3');
    expect(entry?.files.md?.sha256).toBe(sha256(mdText));

    // An unrelated edit: written on top of version 3, nothing merged, nothing refused.
    await replaceIn(md, nextMeeting, 'same Zoom, new passcode on the list.');
    const summary = await pushPages({ paths: [md], client, cwd: out });
    expect(summary.exitCode).toBe(0);
    expect(summary.pages[0]).toMatchObject({ status: 'updated', baseVersion: 3, remoteVersion: 3, newVersion: 4, merged: [] });
    expect(bodyOf(sandbox, id).body).toBe(minutesStorage.replace(nextMeeting, 'same Zoom, new passcode on the list.'));

    const again = await exportPages({ client, page: id, out, formats: ['md', 'json'] });
    expect(again.pages).toMatchObject({ written: 0, skipped: 1 });
  });
});
