import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SandboxStore } from './store.js';
import type { Flavor } from './types.js';

/**
 * The converter's sample pages (`fixtures/pages/*.storage.xhtml`, with an optional
 * `NAME.meta.json` giving title and labels) served as one more space, `DOCS`, under a home page,
 * so that the demo exports every construct the converter knows.
 */

const Meta = z.object({ title: z.string().optional(), labels: z.array(z.string()).optional() }).passthrough();

const spaceId = '98600';
const homeId = '3801089';
const createdAt = '2024-03-04T10:00:00.000Z';

export function titleFromFileName(name: string): string {
  const words = name.replace(/\.storage\.xhtml$/, '').split('-');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function loadFixturePages(store: SandboxStore, dir: string, flavor: Flavor): void {
  if (!existsSync(dir)) return;
  const files = readdirSync(dir).filter((f) => f.endsWith('.storage.xhtml')).sort();
  if (files.length === 0 || store.spaceByKey('DOCS')) return;
  const authorId = store.users[0]?.accountId ?? '557058:00000000-0000-4000-8000-000000000001';
  store.addSpace({ id: spaceId, key: 'DOCS', name: 'Sample pages', description: 'The converter fixtures, one page each', type: 'global', homepageId: homeId, createdAt, authorId });
  const titles: string[] = [];
  const seen = new Set<string>();
  const pages = files.map((file) => {
    const base = file.replace(/\.storage\.xhtml$/, '');
    const metaFile = join(dir, `${base}.meta.json`);
    let meta: z.infer<typeof Meta> = {};
    if (existsSync(metaFile)) {
      // A sample page whose metadata does not parse is still served, under its file name.
      try {
        const parsed = Meta.safeParse(JSON.parse(readFileSync(metaFile, 'utf8')));
        if (parsed.success) meta = parsed.data;
      } catch {
        meta = {};
      }
    }
    let title = meta.title ?? titleFromFileName(file);
    if (seen.has(title)) title = `${title} (${base})`;
    seen.add(title);
    titles.push(title);
    return { file, title, labels: meta.labels ?? [] };
  });
  const list = titles.map((t) => `<li><ac:link><ri:page ri:content-title="${escapeAttribute(t)}" /></ac:link></li>`).join('');
  store.createPage({ id: homeId, spaceId, title: 'Sample pages', body: `<p>One page per converter fixture.</p><ul>${list}</ul>`, parentId: null, authorId, createdAt, position: 0 });
  pages.forEach((page, i) => {
    const raw = readFileSync(join(dir, page.file), 'utf8');
    const body =
      flavor === 'dc'
        ? raw.replace(/ri:account-id="([^"]*)"/g, (whole, id: string) => {
            const user = store.userByAccountId(id);
            return user ? `ri:userkey="${user.userKey}"` : whole;
          })
        : raw;
    const id = String(Number(homeId) + 16 * (i + 1));
    store.createPage({ id, spaceId, title: page.title, body, parentId: homeId, authorId, createdAt, position: i + 1 });
    for (const label of page.labels) if (/^[^\s:/]+$/.test(label)) store.addLabel(id, label.toLowerCase());
  });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
