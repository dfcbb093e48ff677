import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/server.js';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, removeTempDirs, startFor } from './push-sandbox-helpers.js';

describe.each([flavors[0]!, flavors[2]!])('push when the connection fails around a write ($name)', (flavor) => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startFor(flavor);
  });
  afterAll(async () => {
    await sandbox.close();
  });
  afterEach(async () => {
    sandbox.faults.clear();
    await removeTempDirs();
  });

  async function editedExport(title: string): Promise<{ id: string; md: string; out: string }> {
    const id = addMinutesPage(sandbox, title);
    const out = await exportTo(clientFor(sandbox, flavor.api), id);
    const md = join(out, `${title}.md`);
    const text = await readFile(md, 'utf8');
    await writeFile(md, text.replace('Recording: shared on the list after the call.', 'Recording: on the drive.'));
    return { id, md, out };
  }

  it('an update applied but whose answer was cut off is checked, not sent twice: one new version', async () => {
    const { id, md, out } = await editedExport('Cut answer');
    sandbox.faults.inject({ kind: 'truncate', method: 'PUT', times: 1 });
    const summary = await pushPages({ paths: [md], client: clientFor(sandbox, flavor.api), cwd: out });
    expect(summary.exitCode).toBe(0);
    expect(summary.pages[0]).toMatchObject({ status: 'updated', newVersion: 2 });
    expect(bodyOf(sandbox, id)).toMatchObject({ version: 2 });
    expect(bodyOf(sandbox, id).body).toContain('Recording: on the drive.');
  });

  it('an update whose connection dropped before it was applied is sent once more: one new version', async () => {
    const { id, md, out } = await editedExport('Dropped write');
    sandbox.faults.inject({ kind: 'drop', method: 'PUT', times: 1 });
    const summary = await pushPages({ paths: [md], client: clientFor(sandbox, flavor.api), cwd: out });
    expect(summary.exitCode).toBe(0);
    expect(summary.pages[0]).toMatchObject({ status: 'updated', newVersion: 2 });
    expect(bodyOf(sandbox, id)).toMatchObject({ version: 2 });
  });

  it('a 409 (the wiki moved between our read and our write) is read again and merged, not forced', async () => {
    const { id, md, out } = await editedExport('Raced write');
    sandbox.faults.inject({ kind: 'status', status: 409, method: 'PUT', times: 1 });
    const summary = await pushPages({ paths: [md], client: clientFor(sandbox, flavor.api), cwd: out });
    expect(summary.exitCode).toBe(0);
    expect(summary.pages[0]).toMatchObject({ status: 'updated', newVersion: 2 });
    expect(bodyOf(sandbox, id)).toMatchObject({ version: 2 });
  });

  it('a 409 on every attempt ends as a conflict (exit 3) after a bounded number of tries', async () => {
    const { id, md, out } = await editedExport('Always raced');
    sandbox.faults.inject({ kind: 'status', status: 409, method: 'PUT', times: 10 });
    const summary = await pushPages({ paths: [md], client: clientFor(sandbox, flavor.api), cwd: out });
    expect(summary.exitCode).toBe(3);
    expect(summary.pages[0]).toMatchObject({ status: 'conflict', pageId: id });
    expect(bodyOf(sandbox, id)).toMatchObject({ version: 1 });
  });
});
