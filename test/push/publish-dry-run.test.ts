import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, clientFor, flavors, sandboxForEach, tempFolder, writeRequests } from './push-sandbox-helpers.js';

async function writeFiles(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const [cloud] = flavors;

describe('a dry run of a first publish', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('says which pages under a new folder would upload attachments, as the real run then does', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Dry run uploads target');
    const dir = await tempFolder('wikiport-publish-dry-');
    await writeFiles(dir, {
      'index.md': '# Dry uploads home\n\n![logo](img/logo.png)\n',
      'reference/config.md': '# Dry uploads config\n\n![logo](../img/logo.png) [spec](spec.pdf)\n',
      'reference/spec.pdf': Buffer.from('%PDF-1.4\n%%EOF\n'),
      'img/logo.png': Buffer.from('\x89PNG\r\n\x1a\nbytes', 'latin1'),
    });
    sandbox().resetStats();
    const dry = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent, dryRun: true });
    expect(writeRequests(sandbox())).toBe(0);
    // Was: `would create "Dry uploads config" under the page of reference/; nothing was sent`, no word of its 2 uploads.
    expect(dry.pages.find((p) => p.file === 'reference/config.md')?.message).toMatch(/and upload 2 attachment\(s\)/);
    const real = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(real.pages.find((p) => p.file === 'reference/config.md')?.message).toMatch(/2 attachment\(s\) uploaded/);
  });
});

describe('a folder page whose picture fails to upload', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('still has the pages under it published under its page (the page was made), and the next run uploads the picture', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Upload fails target');
    const dir = await tempFolder('wikiport-publish-upload-fails-');
    await writeFiles(dir, {
      'index.md': '# Upload fails home\n\n![logo](logo.png)\n',
      'logo.png': Buffer.from('\x89PNG\r\n\x1a\nbytes', 'latin1'),
      'a.md': '# Upload fails a\n\nText.\n',
      'sub/b.md': '# Upload fails b\n\nText.\n',
    });
    sandbox().faults.inject({ kind: 'status', status: 500, method: 'POST', path: '/child/attachment', times: 50 });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    sandbox().faults.clear();
    expect(first.exitCode).toBe(1);
    const home = first.pages.find((p) => p.file === 'index.md');
    expect(home?.status).toBe('failed');
    expect(home?.pageId).toMatch(/^\d+$/);
    // Was: a.md, sub/ and sub/b.md "not published: the page of its folder (index.md) could not be published".
    expect(first.pages.filter((p) => p.file !== 'index.md').map((p) => [p.file, p.status])).toEqual([['a.md', 'created'], ['sub', 'created'], ['sub/b.md', 'created']]);
    const second = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(second.exitCode).toBe(0);
    expect(second.pages.find((p) => p.file === 'index.md')?.message).toMatch(/1 attachment\(s\) uploaded/);
    sandbox().resetStats();
    const third = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(third.pages.every((p) => p.status === 'unchanged')).toBe(true);
    expect(writeRequests(sandbox())).toBe(0);
  });
});
