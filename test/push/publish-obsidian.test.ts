import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, flavors, sandboxForEach, tempFolder } from './push-sandbox-helpers.js';

async function writeFiles(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const [cloud] = flavors;

// A user publishing an Obsidian vault: its links were published as literal text.
describe('publishing an Obsidian vault', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('makes [[links]] page links and ![[embeds]] attachments, found by file name anywhere in the folder', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Vault parent');
    const dir = await tempFolder('wikiport-vault-');
    await writeFiles(dir, {
      'Home.md': '# Vault home\n\nSee [[Beekeeping]], [[Beekeeping|the hives]], [[Beekeeping#Winter feeding]] and ![[frame.png]].\n\n| Where | Note |\n| --- | --- |\n| shed | [[Beekeeping\\|hives]] |\n',
      'topics/Beekeeping.md': '# Beekeeping\n\n## Winter feeding\n\nFondant.\n',
      'media/frame.png': Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]),
    });
    const summary = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(summary.pages.map((p) => `${p.file} ${p.status}`).sort()).toEqual(['Home.md created', 'topics created', 'topics/Beekeeping.md created']);
    const home = summary.pages.find((p) => p.file === 'Home.md');
    const body = bodyOf(sandbox(), home?.pageId ?? '').body;
    // Was: "See [[Beekeeping]], [[Beekeeping|the hives]] …" as text.
    expect(body).not.toContain('[[');
    expect(body.match(/<ri:page ri:content-title="Beekeeping"/g)).toHaveLength(4);
    expect(body).toContain('ac:anchor="Winter feeding"');
    expect(body).toContain('<ri:attachment ri:filename="frame.png"');
    expect(home?.message).toMatch(/1 attachment\(s\) uploaded/);
  });

  it('refuses a page whose [[name]] names no file, or names files in two folders, saying which', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Vault refusals parent');
    const dir = await tempFolder('wikiport-vault-');
    await writeFiles(dir, {
      'Queens.md': '# Vault refusals\n\nSee [[Queen rearing]].\n',
      'Swarms.md': '# Vault swarms\n\nSee [[Log]].\n',
      'spring/Log.md': '# Spring log\n',
      'autumn/Log.md': '# Autumn log\n',
    });
    const summary = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    const line = (file: string) => summary.pages.find((p) => p.file === file);
    expect(line('Queens.md')?.status).toBe('failed');
    expect(line('Queens.md')?.message).toMatch(/^Queens\.md: links to \[\[Queen rearing\]\], which is not a file in the published folder \(fix the link or add the file; nothing was sent/);
    expect(line('Swarms.md')?.status).toBe('failed');
    expect(line('Swarms.md')?.message).toMatch(/^Swarms\.md: links to \[\[Log\]\], which names 2 files \((autumn|spring)\/Log\.md, (autumn|spring)\/Log\.md: write the folder too, as in \[\[(autumn|spring)\/Log\]\]\) \(fix the link; nothing was sent for this file\)$/);
    expect(line('spring/Log.md')?.status).toBe('created');
  });
});
