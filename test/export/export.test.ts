import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ClientConfig } from '../../src/confluence/client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages } from '../../src/export/export.js';
import { readManifest } from '../../src/manifest/manifest.js';

const fast = { maxRetries: 4, baseDelayMs: 20, maxDelayMs: 200 };
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wikiport-export-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  while (dirs.length) await rm(dirs.pop() as string, { recursive: true, force: true });
});

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

function connection(sandbox: Sandbox, extra: Partial<ClientConfig> = {}): ClientConfig {
  const auth = sandbox.auth;
  return {
    baseUrl: sandbox.baseUrl,
    ...('pat' in auth ? { pat: auth.pat } : { email: auth.email, token: auth.token }),
    deployment: sandbox.flavor === 'cloud' ? 'cloud' : 'dc',
    retry: fast,
    ...extra,
  };
}

describe('export from the sandbox (Cloud v2)', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ flavor: 'cloud', generate: { pages: 500, spaceKey: 'GEN', attachmentEvery: 0 } });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('exports a 500-page space (more than one listing) at <= 1.2 requests per page, then re-runs without fetching a body', async () => {
    const out = await tempDir();
    const client = createClient(connection(sandbox));
    const first = await exportPages({ client, space: 'GEN', out, formats: ['md'] });
    expect(first.api).toBe('v2');
    expect(first.pages).toMatchObject({ listed: 500, written: 500, failed: 0, skipped: 0 });
    expect(first.requestsPerPage).toBeLessThanOrEqual(1.2);
    const manifest = await readManifest(out);
    expect(Object.keys(manifest?.pages ?? {})).toHaveLength(500);
    const home = manifest?.pages['50000001'];
    expect(home?.files.md?.path).toBe('GEN Home.md');
    const child = Object.values(manifest?.pages ?? {}).find((p) => p.parentId === '50000001');
    expect(child?.files.md?.path.startsWith('GEN Home/')).toBe(true);
    expect(existsSync(join(out, '.wikiport/storage/50000001.xhtml'))).toBe(true);

    sandbox.resetStats();
    sandbox.store.editPage('50000002', { title: 'Generated page 1', body: '<p>Edited upstream</p>', message: 'edit', authorId: sandbox.store.users[0]?.accountId ?? 'x' });
    const second = await exportPages({ client: createClient(connection(sandbox)), space: 'GEN', out, formats: ['md'] });
    expect(second.pages).toMatchObject({ listed: 500, written: 1, skipped: 499, failed: 0 });
    const bodyRequests = Object.entries(sandbox.stats.byRoute).filter(([route]) => /GET .*\/pages(\/\{id\})?$/.test(route) && !route.includes('spaces'));
    // Exactly one bulk body request (for the edited page), no per-page body fetches.
    expect(bodyRequests.reduce((n, [, count]) => n + count, 0)).toBe(1);
    expect(await readFile(join(out, (await readManifest(out))?.pages['50000002']?.files.md?.path ?? 'x'), 'utf8')).toContain('Edited upstream');
  });
});

describe('export from the sandbox seed space (Cloud v2)', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ flavor: 'cloud' });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('writes a page tree with front matter, relative links and attachments, and no secret anywhere', async () => {
    const out = await tempDir();
    const conn = connection(sandbox);
    const summary = await exportPages({ connection: conn, page: '2719761', descendants: true, out, formats: ['md'], attachments: true });
    expect(summary.pages.failed).toBe(0);
    expect(summary.pages.written).toBeGreaterThan(3);
    expect(summary.attachments.downloaded).toBeGreaterThan(0);
    const manifest = await readManifest(out);
    const root = manifest?.pages['2719761'];
    expect(root?.files.md?.path).toBe('Steering Committee.md');
    const md = await readFile(join(out, root?.files.md?.path ?? ''), 'utf8');
    expect(md).toMatch(/^---\n/);
    expect(md).toContain('id: "2719761"');
    expect(md).toContain('space: MIN');
    expect(md).toContain('steering-committee');
    const minutes = Object.values(manifest?.pages ?? {}).find((p) => p.parentId === '2719761');
    expect(minutes?.files.md?.path.startsWith('Steering Committee/')).toBe(true);
    const charter = root?.attachments.find((a) => a.title.endsWith('.pdf'));
    expect(charter && existsSync(join(out, charter.path))).toBe(true);

    const secrets = ['token' in conn ? conn.token : undefined, conn.pat, Buffer.from(`${conn.email}:${conn.token}`).toString('base64')].filter(Boolean) as string[];
    for (const file of await allFiles(out)) {
      const bytes = await readFile(file, 'latin1');
      for (const secret of secrets) expect(bytes.includes(secret), `${file} contains a secret`).toBe(false);
    }
  });

  it('links exported pages relatively, names mentioned users, and points images at downloaded files', async () => {
    const out = await tempDir();
    const summary = await exportPages({ connection: connection(sandbox), space: 'MIN', out, attachments: true });
    expect(summary.failures).toEqual([]);
    const minutes = await readFile(join(out, 'Meeting Minutes Home/Steering Committee/2024-02-22 Steering Committee Meeting.md'), 'utf8');
    expect(minutes).toContain('](2024-01-25%20Steering%20Committee%20Meeting.md');
    expect(minutes).toContain('@Priya Nair');
    expect(minutes).toContain('@Tomáš Novák');
    const howTo = await readFile(join(out, 'Meeting Minutes Home/How to record a steering committee meeting.md'), 'utf8');
    expect(howTo).toContain('](Steering%20Committee.md');
    const image = /!\[[^\]]*\]\(([^)\s]+)\)/.exec(howTo)?.[1] ?? '';
    expect(image).toBe('../attachments/2719921/recording-settings.png');
    expect(existsSync(join(out, 'Meeting Minutes Home', decodeURIComponent(image)))).toBe(true);
  });

  it('follows a renamed page: new file name, the old untouched file removed, an edited one kept', async () => {
    const out = await tempDir();
    await exportPages({ connection: connection(sandbox), space: 'MIN', out });
    const author = sandbox.store.users[0]?.accountId ?? 'x';
    const projects = sandbox.store.page('2719873');
    const atlas = sandbox.store.page('2719889');
    if (!projects || !atlas) throw new Error('seed pages missing');
    const oldProjects = 'Meeting Minutes Home/Projects.md';
    const oldAtlas = 'Meeting Minutes Home/Projects/Project Atlas - CI runners.md';
    expect(existsSync(join(out, oldAtlas))).toBe(true);
    await writeFile(join(out, oldAtlas), '# my local notes\n');
    sandbox.store.editPage('2719873', { title: 'Project pages', body: sandbox.store.bodyOf(projects), message: 'rename', authorId: author });
    const summary = await exportPages({ connection: connection(sandbox), space: 'MIN', out });
    expect(summary.failures).toEqual([]);
    const manifest = await readManifest(out);
    expect(manifest?.pages['2719873']?.files.md?.path).toBe('Meeting Minutes Home/Project pages.md');
    expect(manifest?.pages['2719889']?.files.md?.path).toBe('Meeting Minutes Home/Project pages/Project Atlas - CI runners.md');
    expect(existsSync(join(out, oldProjects))).toBe(false);
    expect(summary.editedOldFiles).toEqual([oldAtlas]);
    expect(await readFile(join(out, oldAtlas), 'utf8')).toBe('# my local notes\n');
    sandbox.store.editPage('2719873', { title: 'Projects', body: sandbox.store.bodyOf(projects), message: 'rename back', authorId: author });
  });

  it('two pages that swap titles end up in each other\'s files, each holding its own page', async () => {
    const out = await tempDir();
    await exportPages({ connection: connection(sandbox), space: 'MIN', out, concurrency: 1 });
    const author = sandbox.store.users[0]?.accountId ?? 'x';
    const [a, b] = sandbox.store.children('2719761').filter((p) => sandbox.store.children(p.id).length === 0);
    if (!a || !b) throw new Error('seed pages missing');
    const titleOf = (page: typeof a): string => sandbox.store.current(page).title;
    const [titleA, titleB] = [titleOf(a), titleOf(b)];
    const rename = (page: typeof a, title: string): void => {
      sandbox.store.editPage(page.id, { title, body: sandbox.store.bodyOf(page), message: 'swap', authorId: author });
    };
    rename(a, `${titleA} (swapping)`);
    rename(b, titleA);
    rename(a, titleB);
    try {
      const summary = await exportPages({ connection: connection(sandbox), space: 'MIN', out, concurrency: 1 });
      expect(summary.failures).toEqual([]);
      const manifest = await readManifest(out);
      const pathA = manifest?.pages[a.id]?.files.md?.path ?? '';
      const pathB = manifest?.pages[b.id]?.files.md?.path ?? '';
      expect(pathA.endsWith(`/${titleB}.md`)).toBe(true);
      expect(pathB.endsWith(`/${titleA}.md`)).toBe(true);
      expect(await readFile(join(out, pathA), 'utf8')).toContain(`id: "${a.id}"`);
      expect(await readFile(join(out, pathB), 'utf8')).toContain(`id: "${b.id}"`);
    } finally {
      rename(a, `${titleA} (swapping back)`);
      rename(b, titleB);
      rename(a, titleA);
    }
  });

  it('never overwrites a file edited since the last export when its page changed upstream', async () => {
    const out = await tempDir();
    await exportPages({ connection: connection(sandbox), space: 'MIN', out });
    const path = join(out, 'Meeting Minutes Home/Steering Committee/2024-05-23 Steering Committee Meeting.md');
    await writeFile(path, '# edited locally\n');
    const page = sandbox.store.page('2719841');
    if (!page) throw new Error('seed page missing');
    const body = sandbox.store.bodyOf(page);
    sandbox.store.editPage('2719841', { title: '2024-05-23 Steering Committee Meeting', body: `${body}<p>Upstream addendum</p>`, message: 'addendum', authorId: 'x' });
    const summary = await exportPages({ connection: connection(sandbox), space: 'MIN', out });
    expect(summary.failures.map((f) => f.id)).toEqual(['2719841']);
    expect(summary.failures[0]?.reason).toMatch(/edited since the last export.*wikiport push/);
    expect(await readFile(path, 'utf8')).toBe('# edited locally\n');
    expect((await readManifest(out))?.pages['2719841']?.version).toBe(page.versions.length - 1);
  });

  it('gathers the page JSON into pages.ndjson with --format ndjson', async () => {
    const out = await tempDir();
    const summary = await exportPages({ connection: connection(sandbox), space: 'MIN', out, formats: ['ndjson'] });
    expect(summary.ndjson?.pages).toBe(summary.pages.listed);
    expect(summary.ndjson?.problems).toEqual([]);
    const lines = (await readFile(join(out, 'pages.ndjson'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(summary.pages.listed);
    expect((JSON.parse(lines[0] ?? '{}') as { space?: string }).space).toBe('MIN');
  });

  it('exports a CQL query', async () => {
    const out = await tempDir();
    const summary = await exportPages({ connection: connection(sandbox), cql: 'space = MIN and label = "minutes"', out, formats: ['md'] });
    expect(summary.pages.listed).toBeGreaterThan(2);
    expect(summary.pages.failed).toBe(0);
  });

  it('reports a page that vanishes mid-export, exports the rest, and marks deletions on the next run', async () => {
    const out = await tempDir();
    const victim = '2719793';
    const summary = await exportPages({
      connection: connection(sandbox),
      space: 'MIN',
      out,
      onProgress: (event) => {
        if (event.kind === 'listed') sandbox.store.deletePage(victim);
      },
    });
    expect(summary.failures.map((f) => f.id)).toEqual([victim]);
    expect(summary.failures[0]?.reason).toMatch(/404/);
    expect(summary.pages.written).toBe(summary.pages.listed - 1);

    const again = await exportPages({ connection: connection(sandbox), space: 'MIN', out });
    expect(again.pages.failed).toBe(0);
    expect(again.pages.written).toBe(0);
    sandbox.store.setStatus(victim, 'current');
  });

  it('keeps the files of a page deleted upstream and marks it in the manifest', async () => {
    const out = await tempDir();
    await exportPages({ connection: connection(sandbox), space: 'MIN', out });
    const before = await readManifest(out);
    const gone = '2719809';
    const path = before?.pages[gone]?.files.md?.path ?? '';
    sandbox.store.deletePage(gone);
    try {
      const summary = await exportPages({ connection: connection(sandbox), space: 'MIN', out });
      expect(summary.deletedIds).toEqual([gone]);
      expect((await readManifest(out))?.pages[gone]).toMatchObject({ deleted: true });
      expect(existsSync(join(out, path))).toBe(true);
    } finally {
      sandbox.store.setStatus(gone, 'current');
    }
  });

  it('honours Retry-After when the server throttles', async () => {
    const throttled = await startSandbox({ flavor: 'cloud', faults: { rate429: 0.1, retryAfterSeconds: 1, seed: 7, pathPattern: '/pages' } });
    try {
      const started = Date.now();
      const summary = await exportPages({ connection: connection(throttled, { retry: { maxRetries: 8, baseDelayMs: 20, maxDelayMs: 200 } }), space: 'MIN', out: await tempDir() });
      expect(summary.pages.failed).toBe(0);
      expect(summary.throttled).toBeGreaterThan(0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000 * Math.min(1, summary.throttled));
    } finally {
      await throttled.close();
    }
  });

  it('stops with a clear error for an unknown space or bad credentials', async () => {
    await expect(exportPages({ connection: connection(sandbox), space: 'NOPE', out: await tempDir() })).rejects.toThrow(/Space "NOPE" not found/);
    const bad = { ...connection(sandbox), token: 'wrong-token-value' };
    const error = (await exportPages({ connection: bad, space: 'MIN', out: await tempDir() }).catch((e: Error) => e)) as Error & { exitCode: number };
    expect(error.message).toMatch(/authentication failed \(401\)/);
    expect(error.message).not.toContain('wrong-token-value');
    expect(error.exitCode).toBe(2);
  });
});

describe('export from the sandbox (Cloud v1 and Data Center)', () => {
  it('Cloud with --api v1: a space with more pages than one listing, incremental re-run', async () => {
    const sandbox = await startSandbox({ flavor: 'cloud', data: false, generate: { pages: 260, spaceKey: 'V1S' } });
    try {
      const out = await tempDir();
      const first = await exportPages({ connection: connection(sandbox, { api: 'v1' }), space: 'V1S', out, formats: ['md', 'json'] });
      expect(first.api).toBe('v1');
      expect(first.pages).toMatchObject({ listed: 260, written: 260, failed: 0 });
      expect(first.requestsPerPage).toBeLessThanOrEqual(1.2);
      const listings = Object.entries(sandbox.stats.byRoute).filter(([r]) => r.includes('/rest/api/content') && !r.includes('search'));
      expect(listings.reduce((n, [, c]) => n + c, 0)).toBeGreaterThan(1);
      sandbox.resetStats();
      const again = await exportPages({ connection: connection(sandbox, { api: 'v1' }), space: 'V1S', out, formats: ['md', 'json'] });
      expect(again.pages).toMatchObject({ written: 0, skipped: 260 });
      expect(Object.keys(sandbox.stats.byRoute).some((r) => r.includes('search'))).toBe(false);
    } finally {
      await sandbox.close();
    }
  });

  it('Data Center with a context path and a PAT: tree, user keys resolved to names, attachments', async () => {
    const sandbox = await startSandbox({ flavor: 'dc', contextPath: '/confluence' });
    try {
      expect(sandbox.baseUrl.endsWith('/confluence')).toBe(true);
      const out = await tempDir();
      const conn = connection(sandbox);
      delete conn.deployment;
      const client = createClient(conn);
      const summary = await exportPages({ client, space: 'MIN', out, formats: ['md', 'json'], attachments: true });
      expect(summary.api).toBe('v1');
      expect(summary.pages.failed).toBe(0);
      expect(summary.attachments.downloaded).toBeGreaterThan(0);
      const manifest = await readManifest(out);
      const pages = Object.values(manifest?.pages ?? {});
      const storages = await Promise.all(pages.map((p) => readFile(join(out, p.files.storage.path), 'utf8')));
      const userKeys = new Set(storages.flatMap((s) => [...s.matchAll(/ri:userkey="([0-9a-f]+)"/g)].map((m) => m[1] as string)));
      expect(userKeys.size).toBeGreaterThan(1);
      // Every mentioned user key was looked up exactly once and resolved to the sandbox's name.
      expect(sandbox.stats.byRoute['GET /confluence/rest/api/user']).toBe(userKeys.size);
      for (const key of userKeys) {
        const user = sandbox.store.userByKey(key);
        expect(client.knownUserName({ userKey: key })).toBe(user?.displayName ?? null);
      }
      const steering = pages.find((p) => p.id === '2719761');
      expect(steering?.attachments.some((a) => a.title.endsWith('.pdf'))).toBe(true);
      expect(steering?.files.md?.path).toBe('Meeting Minutes Home/Steering Committee.md');
      expect(manifest?.pages['2719777']?.files.md?.path).toBe('Meeting Minutes Home/Steering Committee/2024-01-25 Steering Committee Meeting.md');
      for (const file of await allFiles(out)) {
        expect((await readFile(file, 'latin1')).includes(conn.pat ?? '\u0000')).toBe(false);
      }
    } finally {
      await sandbox.close();
    }
  });
});
