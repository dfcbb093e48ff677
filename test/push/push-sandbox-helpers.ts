import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createClient, type ClientConfig, type ConfluenceClient } from '../../src/confluence/client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages } from '../../src/export/export.js';
import { pushPages } from '../../src/push/push.js';

/** The three servers push must work against: Cloud through v2, Cloud through v1, Data Center. */
export const flavors = [
  { name: 'Cloud v2', sandbox: { flavor: 'cloud' as const }, api: 'v2' as const },
  { name: 'Cloud v1', sandbox: { flavor: 'cloud' as const }, api: 'v1' as const },
  { name: 'Data Center', sandbox: { flavor: 'dc' as const, contextPath: '/confluence' }, api: 'v1' as const },
];
export type Flavor = (typeof flavors)[number];

export const minutesStorage = readFileSync(join(import.meta.dirname, 'push-fixtures', 'minutes.xhtml'), 'utf8');

export function clientFor(sandbox: Sandbox, api: 'v1' | 'v2'): ConfluenceClient {
  const auth = sandbox.auth;
  const config: ClientConfig = {
    baseUrl: sandbox.baseUrl,
    ...('pat' in auth ? { pat: auth.pat } : { email: auth.email, token: auth.token }),
    deployment: sandbox.flavor === 'cloud' ? 'cloud' : 'dc',
    api,
    retry: { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 50 },
  };
  return createClient(config);
}

export async function startFor(flavor: Flavor): Promise<Sandbox> {
  return startSandbox(flavor.sandbox);
}

/** Adds the minutes page under the MIN space home; returns its id. */
export function addMinutesPage(sandbox: Sandbox, title: string, body = minutesStorage): string {
  const space = sandbox.store.spaceByKey('MIN');
  if (!space) throw new Error('sandbox seed has no MIN space');
  const author = sandbox.store.users[0]?.accountId ?? 'author';
  return sandbox.store.createPage({ spaceId: space.id, title, body, parentId: space.homepageId, authorId: author }).id;
}

export function bodyOf(sandbox: Sandbox, id: string): { version: number; body: string; title: string } {
  const page = sandbox.store.page(id);
  if (!page) throw new Error(`no page ${id}`);
  const current = sandbox.store.current(page);
  return { version: current.number, body: sandbox.store.bodyOf(page, current), title: current.title };
}

/** Write requests the sandbox answered (any PUT, POST or DELETE). */
export function writeRequests(sandbox: Sandbox): number {
  return Object.entries(sandbox.stats.byRoute)
    .filter(([route]) => /^(PUT|POST|DELETE) /.test(route))
    .reduce((sum, [, n]) => sum + n, 0);
}

const dirs: string[] = [];
/** A fresh temporary folder, removed by removeTempDirs. */
export async function tempFolder(prefix = 'wikiport-push-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export async function exportTo(client: ConfluenceClient, pageId: string, descendants = false): Promise<string> {
  const out = await tempFolder();
  await exportPages({ client, page: pageId, descendants, out, formats: ['md', 'json'] });
  return out;
}

export async function removeTempDirs(): Promise<void> {
  while (dirs.length) await rm(dirs.pop() as string, { recursive: true, force: true });
}

/** In a describe block: one sandbox of the flavor for its tests, temporary folders removed after each. */
export function sandboxForEach(flavor: Flavor): () => Sandbox {
  let sandbox: Sandbox | null = null;
  beforeAll(async () => {
    sandbox = await startFor(flavor);
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  afterEach(async () => {
    await removeTempDirs();
  });
  return () => {
    if (!sandbox) throw new Error('the sandbox is not started yet');
    return sandbox;
  };
}

/**
 * A page holding `body` added to the sandbox, exported, its Markdown edited (`from`, which must be
 * there, becomes `to`) and pushed; the page's storage body afterwards.
 */
export async function pushMarkdownEdit(sandbox: Sandbox, api: 'v1' | 'v2', name: string, body: string, from: string, to: string): Promise<string> {
  const client = clientFor(sandbox, api);
  const id = addMinutesPage(sandbox, name, body);
  const out = await exportTo(client, id);
  const md = join(out, `${name}.md`);
  const text = await readFile(md, 'utf8');
  expect(text).toContain(from);
  await writeFile(md, text.replace(from, to));
  const summary = await pushPages({ paths: [md], client, cwd: out });
  expect(summary.exitCode).toBe(0);
  return bodyOf(sandbox, id).body;
}
