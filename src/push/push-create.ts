import { convert } from '../convert.js';
import { WikiportError } from '../errors.js';
import { readFrontMatter } from '../formats/markdown/front-matter.js';
import type { Manifest, ManifestPage } from '../manifest/manifest.js';
import { ManifestPageSchema, sha256, storageRelativePath } from '../manifest/manifest.js';
import { titleFromMarkdown, type RenderOptions } from './push-converters.js';
import { storageDiff } from './push-diff.js';
import { emptyResult, type PagePushResult, type PushClient } from './push-types.js';

export interface CreatePush {
  client: PushClient;
  manifest: Manifest;
  file: string;
  /** Path of the file relative to the export folder, `/`-separated. */
  relativePath: string;
  text: string;
  parentId: string | undefined;
  spaceKey: string | undefined;
  dryRun: boolean;
  render: RenderOptions;
  now: Date;
}

/**
 * A new Markdown file becomes a new page under the page of its folder (`Parent/New.md` goes
 * under the page exported as `Parent.md`), or under `--parent`. The manifest then knows the file,
 * so the next push updates the page instead of creating it again.
 */
export async function createPageFromFile(job: CreatePush): Promise<{ result: PagePushResult; page: ManifestPage | null; storage: string }> {
  const { client, file, text } = job;
  const front = readFrontMatter(text);
  if (front.problem) throw new WikiportError(`${file}: ${front.problem}; fix the front matter (nothing was sent)`);
  const title = titleFromMarkdown(front.meta.title, front.body);
  if (!title) throw new WikiportError(`${file}: no title; add "title:" to the front matter or a "# Heading" line (nothing was sent)`);
  const parentId = job.parentId ?? front.meta.parentId ?? folderParent(job.manifest, job.relativePath);
  if (!parentId) {
    throw new WikiportError(
      `${file}: cannot tell which page to create it under; put it in the folder of an exported page (Parent/New.md for Parent.md) or pass --parent ID`,
    );
  }
  let spaceKey = job.spaceKey ?? front.meta.spaceKey ?? job.manifest.pages[parentId]?.spaceKey ?? null;
  if (!spaceKey) spaceKey = (await client.getPage(parentId)).spaceKey;
  if (!spaceKey) throw new WikiportError(`${file}: the space of parent page ${parentId} is unknown; pass --space KEY`);
  const storage = convert(text, { ...job.render, from: 'markdown', to: 'storage' }).output;
  const labels = front.meta.labels ?? [];
  const base = { file, title, pageId: null };
  if (job.dryRun) {
    return {
      result: emptyResult(file, {
        ...base,
        status: 'would-create',
        diff: storageDiff('', storage, { from: '(no page yet)', to: `new page "${title}" under ${parentId} in ${spaceKey}` }) || null,
        message: `would create "${title}" under page ${parentId} in space ${spaceKey}${labels.length ? ` with labels ${labels.join(', ')}` : ''}; nothing was sent`,
      }),
      page: null,
      storage,
    };
  }
  const created = await client.createPage({ spaceKey, parentId, title, storage });
  if (labels.length > 0) await client.addLabels(created.id, labels);
  const page: ManifestPage = ManifestPageSchema.parse({
    id: created.id,
    title: created.title,
    spaceKey: created.spaceKey ?? spaceKey,
    parentId: created.parentId ?? parentId,
    version: created.version,
    labels,
    sourceUrl: created.webUrl,
    files: {
      md: { path: job.relativePath, sha256: sha256(text) },
      storage: { path: storageRelativePath(created.id), sha256: sha256(created.storage ?? storage) },
    },
    exportedAt: job.now.toISOString(),
  });
  return {
    result: emptyResult(file, { ...base, pageId: created.id, status: 'created', newVersion: created.version, message: `created page ${created.id} "${created.title}" under ${parentId}` }),
    page,
    storage: created.storage ?? storage,
  };
}

/** The exported page whose file sits beside the folder (`Team/Minutes.md` for `Team/Minutes/`). */
export function folderParent(manifest: Manifest, relativePath: string): string | null {
  const slash = relativePath.lastIndexOf('/');
  const folder = slash < 0 ? '' : relativePath.slice(0, slash);
  const pages = Object.values(manifest.pages).filter((p) => !p.deleted);
  const stem = (path: string) => path.replace(/\.(md|markdown|json)$/i, '');
  if (folder !== '') {
    const owner = pages.find((p) => (p.files.md && stem(p.files.md.path) === folder) || (p.files.json && stem(p.files.json.path) === folder));
    if (owner) return owner.id;
  }
  // Otherwise the parent the exported pages in the same folder share, if they share one.
  const inFolder = (path: string | undefined) => path !== undefined && (path.lastIndexOf('/') < 0 ? '' : path.slice(0, path.lastIndexOf('/'))) === folder;
  const parents = new Set(pages.filter((p) => inFolder(p.files.md?.path ?? p.files.json?.path)).map((p) => p.parentId));
  const [only] = [...parents];
  return parents.size === 1 && only ? only : null;
}
