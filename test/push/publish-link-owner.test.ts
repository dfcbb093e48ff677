import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, flavors, sandboxForEach, tempFolder, writeRequests } from './push-sandbox-helpers.js';

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const [cloud] = flavors;

// Links go by title: a link to a file of the folder must only reach the page made from that file,
// never a page of that title someone else made (a hostile tester's GitHub wiki clone).
describe('a link to a file whose title another page of the space holds', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('refuses the linking page instead of linking to the other page, and links once the file has a title of its own', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Clone parent');
    const other = addMinutesPage(sandbox(), 'Pruning');
    const dir = await tempFolder('wikiport-clone-');
    await writeFiles(dir, {
      'Home.md': '# Orchard wiki home\n\nRead [Prune](Pruning) first.\n',
      'Pruning.md': '# Pruning\n\nCut in winter.\n',
    });
    sandbox().resetStats();
    const dry = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent, dryRun: true });
    expect(dry.pages.find((p) => p.file === 'Home.md')?.status).toBe('failed');
    expect(writeRequests(sandbox())).toBe(0);

    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    const line = (file: string) => first.pages.find((p) => p.file === file);
    expect(line('Pruning.md')?.message).toMatch(/already has a page titled "Pruning"/);
    // Was: Home.md created, its link going to the other tree's "Pruning" page.
    expect(line('Home.md')?.status).toBe('failed');
    expect(line('Home.md')?.message).toBe(`Home.md: links to Pruning.md, which has no page of that title, and whose title "Pruning" page ${other} of the space MIN holds, which this folder did not make (the link would go there): give that file another "title:" in its front matter, or remove the link; nothing was sent for this file`);
    const space = sandbox().store.spaceByKey('MIN')?.id ?? '';
    expect(sandbox().store.pageByTitle(space, 'Orchard wiki home')).toBeUndefined();

    await writeFile(join(dir, 'Pruning.md'), '---\ntitle: Orchard pruning\n---\nCut in winter.\n');
    const second = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(second.pages.map((p) => `${p.file} ${p.status}`).sort()).toEqual(['Home.md created', 'Pruning.md created']);
    const home = second.pages.find((p) => p.file === 'Home.md');
    expect(bodyOf(sandbox(), home?.pageId ?? '').body).toContain('ri:content-title="Orchard pruning"');
    // Nothing changed: no lookup, no request.
    sandbox().resetStats();
    const third = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(third.pages.map((p) => p.status)).toEqual(['unchanged', 'unchanged']);
    expect(sandbox().stats.requests).toBe(0);
  });

  it('links a file refused before sending by the title its page already has, not the new title it cannot take', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Held parent');
    addMinutesPage(sandbox(), 'Grafting guide');
    const dir = await tempFolder('wikiport-held-');
    await writeFiles(dir, {
      'Start.md': '# Held start\n\nSee [grafting](Grafting.md).\n',
      'Grafting.md': '# Grafting notes\n\nWhip and tongue.\n',
    });
    expect((await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent })).exitCode).toBe(0);
    // Retitled to a title another page holds, and refused before sending for a bad label.
    await writeFiles(dir, {
      'Start.md': '# Held start\n\nSee [the grafting notes](Grafting.md).\n',
      'Grafting.md': '---\nlabels: ["two words"]\n---\n# Grafting guide\n\nWhip and tongue.\n',
    });
    const run = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(run.pages.find((p) => p.file === 'Grafting.md')?.status).toBe('failed');
    const start = run.pages.find((p) => p.file === 'Start.md');
    expect(start?.status).toBe('updated');
    // Was: linked to "Grafting guide", the other page.
    expect(bodyOf(sandbox(), start?.pageId ?? '').body).toContain('ri:content-title="Grafting notes"');
  });
});
