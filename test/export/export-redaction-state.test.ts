import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ConfluenceClient } from '../../src/confluence/client.js';
import { redactionFingerprint } from '../../src/redact/redaction-fingerprint.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';
import { parseRedactionRules } from '../../src/redact/redaction-rules-file.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages } from '../../src/export/export.js';
import { readManifest, writeManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { removeTempDirs, tempFolder, writeRequests } from '../push/push-sandbox-helpers.js';

/** Weekly minutes with a Zoom link carrying pwd=, a passcode and a door code only a custom rule knows. */
function minutes(index: number) {
  return {
    title: `2024-0${index + 1}-04 Facilities weekly`,
    parentIndex: null,
    body: [
      '<h2>Logistics</h2>',
      `<p>Join: <a href="https://corp.zoom.us/j/8812${index}?pwd=Wm9vbVB3ZA${index}x">Zoom</a></p>`,
      `<p><strong>Passcode:</strong> k${index}Vb!91z</p>`,
      `<p>Door code: 55${index}7</p>`,
      '<h2>Notes</h2><p>Boiler serviced; next check in March.</p>',
    ].join(''),
  };
}
const secrets = /Wm9vbVB3ZA\dx|k\dVb!91z/;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'cloud', data: false, generate: { pages: 4, spaceKey: 'FAC', source: minutes } });
});
afterAll(async () => {
  await sandbox.close();
});
afterEach(removeTempDirs);

function client(): ConfluenceClient {
  const auth = sandbox.auth;
  return createClient({ baseUrl: sandbox.baseUrl, ...('pat' in auth ? { pat: auth.pat } : { email: auth.email, token: auth.token }), deployment: 'cloud' });
}
const folder = (): Promise<string> => tempFolder('wikiport-redaction-state-');
/** Body fetches the sandbox answered (bulk or single, v2 or v1). */
function bodyFetches(): number {
  return Object.entries(sandbox.stats.byRoute)
    .filter(([route]) => /^GET \S*\/(api\/v2\/pages|rest\/api\/content)(\/\{id\})?$/.test(route))
    .reduce((n, [, c]) => n + c, 0);
}
async function pageTexts(out: string): Promise<string[]> {
  const manifest = await readManifest(out);
  const texts: string[] = [];
  for (const page of Object.values(manifest?.pages ?? {})) {
    for (const file of [page.files.md, page.files.json]) if (file) texts.push(await readFile(join(out, file.path), 'utf8'));
  }
  return texts;
}

describe('the manifest remembers --redact', () => {
  it('records the rules hash per page; push refuses an edited redacted page and sends nothing', async () => {
    const out = await folder();
    const rules = redactionRules();
    await exportPages({ client: client(), space: 'FAC', out, formats: ['md', 'json'], redact: rules });
    const manifest = await readManifest(out);
    const pages = Object.values(manifest?.pages ?? {});
    expect(pages).toHaveLength(4);
    for (const page of pages) expect(page.redaction).toBe(redactionFingerprint(rules));

    const page = pages[0]!;
    const md = join(out, page.files.md!.path);
    await writeFile(md, (await readFile(md, 'utf8')).replace('Boiler serviced', 'Boiler serviced and bled'));
    sandbox.resetStats();
    const summary = await pushPages({ paths: [out], client: client(), cwd: out });
    expect(summary.exitCode).toBe(1);
    const refused = summary.pages.filter((p) => p.status === 'failed');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.pageId).toBe(page.id);
    expect(refused[0]?.message).toMatch(/exported with --redact/);
    expect(refused[0]?.message).toMatch(/without --redact into another folder/);
    expect(refused[0]?.message.split('\n')).toHaveLength(1);
    // Nothing sent at all for it: no write, not even a read of the page.
    expect(writeRequests(sandbox)).toBe(0);
    expect(Object.keys(sandbox.stats.byRoute)).toEqual([]);
    expect(sandbox.store.current(sandbox.store.page(page.id)!).number).toBe(page.version);
  });

  it('a folder redacted before the manifest recorded it: an edit that brings masks into the page is refused too', async () => {
    const out = await folder();
    await exportPages({ client: client(), space: 'FAC', out, formats: ['md'], redact: redactionRules() });
    const manifest = (await readManifest(out))!;
    for (const page of Object.values(manifest.pages)) page.redaction = null;
    await writeManifest(out, manifest);
    const page = Object.values(manifest.pages)[0]!;
    const md = join(out, page.files.md!.path);
    await writeFile(md, (await readFile(md, 'utf8')).replace('Boiler serviced', 'Boiler serviced and bled'));
    sandbox.resetStats();
    const summary = await pushPages({ paths: [md], client: client(), cwd: out });
    expect(summary.pages[0]).toMatchObject({ pageId: page.id, status: 'failed' });
    expect(summary.pages[0]?.message).toMatch(/holds redaction masks .* nothing was sent\. Export the page again without --redact/);
    expect(writeRequests(sandbox)).toBe(0);
    expect(sandbox.store.current(sandbox.store.page(page.id)!).number).toBe(page.version);
  });

  it('a plain export is recorded as not redacted and pushes as before', async () => {
    const out = await folder();
    await exportPages({ client: client(), space: 'FAC', out, formats: ['md'] });
    const manifest = await readManifest(out);
    for (const page of Object.values(manifest?.pages ?? {})) expect(page.redaction).toBeNull();
    const page = Object.values(manifest?.pages ?? {})[1]!;
    const md = join(out, page.files.md!.path);
    await writeFile(md, (await readFile(md, 'utf8')).replace('Boiler serviced', 'Boiler serviced twice'));
    const summary = await pushPages({ paths: [md], client: client(), cwd: out });
    expect(summary.pages[0]).toMatchObject({ pageId: page.id, status: 'updated', newVersion: page.version + 1 });
  });
});

describe('export re-runs follow the --redact setting', () => {
  it('adding --redact, changing the rules, and dropping it re-render the pages from the kept storage, no body fetched', async () => {
    const out = await folder();
    const plain = await exportPages({ client: client(), space: 'FAC', out, formats: ['md', 'json'] });
    expect(plain.pages).toMatchObject({ written: 4, rerendered: 0 });
    for (const text of await pageTexts(out)) expect(text).toMatch(secrets);

    sandbox.resetStats();
    const redacted = await exportPages({ client: client(), space: 'FAC', out, formats: ['md', 'json'], redact: redactionRules() });
    expect(redacted.pages).toMatchObject({ listed: 4, written: 4, rerendered: 4, skipped: 0, failed: 0 });
    expect(bodyFetches()).toBe(0);
    for (const text of await pageTexts(out)) {
      expect(text).not.toMatch(secrets);
      expect(text).toContain('Door code: 55');
      expect(text).toContain('Boiler serviced');
    }

    // Same settings again: nothing to do, no body.
    sandbox.resetStats();
    const same = await exportPages({ client: client(), space: 'FAC', out, formats: ['md', 'json'], redact: redactionRules() });
    expect(same.pages).toMatchObject({ written: 0, skipped: 4 });
    expect(bodyFetches()).toBe(0);

    // Other rules (a door code label added): written again, the door code masked too.
    const withDoor = redactionRules(parseRedactionRules('labels: [Door code]\n', 'rules.yaml'));
    const other = await exportPages({ client: client(), space: 'FAC', out, formats: ['md', 'json'], redact: withDoor });
    expect(other.pages).toMatchObject({ written: 4, rerendered: 4 });
    for (const text of await pageTexts(out)) expect(text).not.toMatch(/Door code: 55\d7/);
    expect(Object.values((await readManifest(out))?.pages ?? {}).every((p) => p.redaction === redactionFingerprint(withDoor))).toBe(true);

    // Dropping --redact brings the real text back, and the pages are pushable again.
    sandbox.resetStats();
    const back = await exportPages({ client: client(), space: 'FAC', out, formats: ['md', 'json'] });
    expect(back.pages).toMatchObject({ written: 4, rerendered: 4 });
    expect(bodyFetches()).toBe(0);
    for (const text of await pageTexts(out)) expect(text).toMatch(secrets);
    expect(Object.values((await readManifest(out))?.pages ?? {}).every((p) => p.redaction === null)).toBe(true);
  });

  it('a kept storage that no longer matches its hash is fetched instead of trusted', async () => {
    const out = await folder();
    await exportPages({ client: client(), space: 'FAC', out, formats: ['md'] });
    const manifest = await readManifest(out);
    const page = Object.values(manifest?.pages ?? {})[0]!;
    await writeFile(join(out, page.files.storage.path), '<p>tampered</p>');
    sandbox.resetStats();
    const redacted = await exportPages({ client: client(), space: 'FAC', out, formats: ['md'], redact: redactionRules() });
    expect(redacted.pages).toMatchObject({ written: 4, rerendered: 3 });
    expect(bodyFetches()).toBe(1);
    expect(await readFile(join(out, page.files.md!.path), 'utf8')).toContain('Boiler serviced');
  });
});
