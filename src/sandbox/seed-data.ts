import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { SandboxStore } from './store.js';
import type { Flavor, PageVersion, SandboxPage, SandboxUser } from './types.js';

/**
 * Seeds the store from a readable folder (default `fixtures/sandbox`):
 *
 *   users.json                 [{ handle, accountId, userKey, username, displayName, email }]
 *   KEY/space.json             { id, key, name, description, type, createdAt, author, homepage }
 *   KEY/pages.json             [{ id, file, title, parent, position, author, createdAt, labels,
 *                                 versions: [{ author, at, message, file? }], attachments: [...] }]
 *   KEY/pages/NNN-title.storage.xhtml    the current body (older versions may name their own file)
 *   KEY/attachments/...        the attached files
 *
 * Authors are user handles. Bodies mention Cloud users as `ri:account-id`; a Data Center
 * sandbox rewrites them to `ri:userkey`, as a DC wiki stores them.
 */

const UserFile = z.array(
  z.object({
    handle: z.string(),
    accountId: z.string(),
    userKey: z.string().regex(/^[0-9a-f]{32}$/),
    username: z.string(),
    displayName: z.string(),
    email: z.string(),
  }),
);

const SpaceFile = z.object({
  id: z.string().regex(/^\d+$/),
  key: z.string().regex(/^[A-Z][A-Z0-9]*$/),
  name: z.string(),
  description: z.string().default(''),
  type: z.enum(['global', 'personal', 'collaboration', 'knowledge_base']).default('global'),
  createdAt: z.string(),
  author: z.string(),
  /** Id of the home page. */
  homepage: z.string().nullable(),
});

const VersionEntry = z.object({ author: z.string(), at: z.string(), message: z.string().default(''), minorEdit: z.boolean().default(false), file: z.string().optional() });

const AttachmentEntry = z.object({
  id: z.string().regex(/^att\d+$/),
  file: z.string(),
  title: z.string().optional(),
  mediaType: z.string(),
  comment: z.string().default(''),
  author: z.string(),
  at: z.string(),
});

const PagesFile = z.array(
  z.object({
    id: z.string().regex(/^\d+$/),
    file: z.string(),
    title: z.string(),
    parent: z.string().nullable(),
    position: z.number().int(),
    labels: z.array(z.string()).default([]),
    versions: z.array(VersionEntry).min(1),
    attachments: z.array(AttachmentEntry).default([]),
  }),
);

export function defaultDataDir(): string {
  // src/sandbox and dist/sandbox both sit two levels below the package root.
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'sandbox');
}

/** The converter's sample pages, served as the space DOCS beside the seed data. */
export function defaultFixturePagesDir(): string {
  return resolve(defaultDataDir(), '..', 'pages');
}

function readJson<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`sandbox data: cannot read ${file}: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`sandbox data: ${file}: field '${issue?.path.join('.') ?? ''}': ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

export function loadSeedData(store: SandboxStore, dir: string, flavor: Flavor): void {
  if (!existsSync(dir)) throw new Error(`sandbox data: folder ${dir} does not exist; pass --data with a folder laid out as fixtures/sandbox`);
  const users = readJson(join(dir, 'users.json'), UserFile);
  const byHandle = new Map<string, SandboxUser>();
  for (const { handle, ...user } of users) {
    byHandle.set(handle, user);
    store.addUser(user);
  }
  const userId = (handle: string, where: string): string => {
    const user = byHandle.get(handle);
    if (!user) throw new Error(`sandbox data: ${where} names unknown user '${handle}'; add it to users.json`);
    return user.accountId;
  };
  const forFlavor = (body: string): string =>
    flavor === 'dc'
      ? body.replace(/ri:account-id="([^"]*)"/g, (whole, id: string) => {
          const user = store.userByAccountId(id);
          return user ? `ri:userkey="${user.userKey}"` : whole;
        })
      : body;

  for (const entry of readdirSync(dir).sort()) {
    const spaceDir = join(dir, entry);
    if (!statSync(spaceDir).isDirectory() || !existsSync(join(spaceDir, 'space.json'))) continue;
    const space = readJson(join(spaceDir, 'space.json'), SpaceFile);
    store.addSpace({
      id: space.id,
      key: space.key,
      name: space.name,
      description: space.description,
      type: space.type,
      homepageId: space.homepage,
      createdAt: space.createdAt,
      authorId: userId(space.author, `${spaceDir}/space.json`),
    });
    const pagesFile = join(spaceDir, 'pages.json');
    for (const page of readJson(pagesFile, PagesFile)) {
      const readBody = (file: string): string => forFlavor(readFileSync(join(spaceDir, 'pages', file), 'utf8'));
      const currentBody = readBody(page.file);
      const versions: PageVersion[] = page.versions.map((v, i) => ({
        number: i + 1,
        title: page.title,
        body: v.file ? readBody(v.file) : currentBody,
        message: v.message,
        minorEdit: v.minorEdit,
        authorId: userId(v.author, `${pagesFile} (page ${page.id})`),
        createdAt: v.at,
      }));
      const first = versions[0] as PageVersion;
      const record: SandboxPage = {
        id: page.id,
        spaceId: space.id,
        parentId: page.parent,
        position: page.position,
        status: 'current',
        createdAt: first.createdAt,
        authorId: first.authorId,
        ownerId: first.authorId,
        versions,
        labels: [],
        attachments: [],
      };
      store.insertPage(record);
      for (const name of page.labels) store.addLabel(page.id, name);
      for (const a of page.attachments) {
        const file = join(spaceDir, a.file);
        store.addAttachment(page.id, {
          id: a.id,
          title: a.title ?? a.file.split('/').pop() ?? a.file,
          mediaType: a.mediaType,
          comment: a.comment,
          authorId: userId(a.author, `${pagesFile} (attachment ${a.id})`),
          createdAt: a.at,
          data: readFileSync(file),
        });
      }
    }
  }
}
