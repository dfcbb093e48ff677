import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/confluence/client.js';
import { exportPages } from '../../src/export/export.js';
import { refuseOtherSite } from '../../src/manifest/manifest-site.js';
import { pushPages } from '../../src/push/push.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';

/**
 * Two sites with the same page ids (staging copied from production, two Data Center instances):
 * a folder exported from one is neither overwritten by nor pushed to the other.
 */
describe('an export folder belongs to its site', () => {
  let production: Sandbox;
  let staging: Sandbox;
  let out: string;
  beforeAll(async () => {
    [production, staging] = await Promise.all([startSandbox({ flavor: 'cloud', samplePages: false }), startSandbox({ flavor: 'cloud', samplePages: false })]);
    out = await mkdtemp(join(tmpdir(), 'wikiport-site-'));
  });
  afterAll(async () => {
    await Promise.all([production.close(), staging.close()]);
    await rm(out, { recursive: true, force: true });
  });
  const client = (sandbox: Sandbox) => {
    const auth = sandbox.auth as { email: string; token: string };
    return createClient({ baseUrl: sandbox.baseUrl, email: auth.email, token: auth.token, deployment: 'cloud', api: 'v2' });
  };

  it('export and push against another site than the folder was exported from: refused, nothing written or sent', async () => {
    const home = production.store.spaceByKey('MIN')!.homepageId!;
    await exportPages({ client: client(production), page: home, descendants: true, out, formats: ['md'] });
    const file = join(out, `${production.store.current(production.store.page(home)!).title}.md`);
    const edited = `${await readFile(file, 'utf8')}\nEdited for production.\n`;
    await writeFile(file, edited);
    staging.store.editPage(home, { body: '<p>staging moved on</p>' });
    const stagingVersion = staging.store.current(staging.store.page(home)!).number;
    staging.resetStats();

    await expect(exportPages({ client: client(staging), page: home, descendants: true, out, formats: ['md'] })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/was exported from http:\/\/127\.0\.0\.1:\d+\/wiki, but the base URL is http:\/\/127\.0\.0\.1:\d+\/wiki: page ids belong to their site/),
    });
    await expect(pushPages({ paths: [out], client: client(staging) })).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/page ids belong to their site/) });
    expect(await readFile(file, 'utf8')).toBe(edited);
    expect(staging.stats.requests).toBeLessThanOrEqual(2); // the space listing export starts with, nothing written
    expect(staging.store.current(staging.store.page(home)!).number).toBe(stagingVersion);

    const pushed = await pushPages({ paths: [file], client: client(production) });
    expect(pushed.pages[0]!.status).toBe('updated');
  });

  it('a base URL spelled otherwise on the same host, and the API gateway, are the same site', () => {
    expect(() => refuseOtherSite('/d', 'https://acme.atlassian.net/wiki', 'https://ACME.atlassian.net/wiki/')).not.toThrow();
    expect(() => refuseOtherSite('/d', 'https://acme.atlassian.net/wiki', 'https://api.atlassian.com/ex/confluence/abc/wiki')).not.toThrow();
    expect(() => refuseOtherSite('/d', 'https://acme.atlassian.net/wiki', 'https://acme-staging.atlassian.net/wiki')).toThrow(/--base-url https:\/\/acme\.atlassian\.net\/wiki/);
  });

  it('two sites through the API gateway are told apart by their cloud id', () => {
    const gateway = (id: string) => `https://api.atlassian.com/ex/confluence/${id}/wiki`;
    expect(() => refuseOtherSite('/d', gateway('1111-aaaa'), gateway('2222-bbbb'))).toThrow(/was exported from/);
    expect(() => refuseOtherSite('/d', gateway('1111-aaaa'), `${gateway('1111-AAAA')}/`)).not.toThrow();
  });
});
