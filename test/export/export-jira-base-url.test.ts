import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages } from '../../src/export/export.js';
import { readManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, removeTempDirs, tempFolder } from '../push/push-sandbox-helpers.js';

/** A release page whose blockers are Jira issue macros, between ordinary paragraphs. */
const releaseStorage = [
  '<h2>Release 4.2 go/no-go</h2>',
  '<p>Blocked by <ac:structured-macro ac:name="jira" ac:schema-version="1" ac:macro-id="5b0c"><ac:parameter ac:name="server">System JIRA</ac:parameter><ac:parameter ac:name="key">OPS-1412</ac:parameter></ac:structured-macro> until the certificate rotates.</p>',
  '<p>Decision: ship on Thursday if the smoke tests pass.</p>',
  '<ul><li>Rollback owner: on-call SRE</li><li>Comms: #release channel</li></ul>',
].join('');

const JIRA = 'https://jira.example.com';
const OTHER_JIRA = 'https://issues.example.org';
const macro = /<ac:structured-macro ac:name="jira"[^>]*>.*OPS-1412.*?<\/ac:structured-macro>/;

let sandbox: Sandbox;
let pageId: string;
beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'cloud' });
  pageId = addMinutesPage(sandbox, 'Release 4.2 go/no-go', releaseStorage);
});
afterAll(async () => {
  await sandbox.close();
});
afterEach(removeTempDirs);

async function markdownOf(out: string): Promise<{ path: string; text: string }> {
  const page = (await readManifest(out))!.pages[pageId]!;
  const path = join(out, page.files.md!.path);
  return { path, text: await readFile(path, 'utf8') };
}

describe('--jira-base-url is remembered per page', () => {
  it('is recorded in the manifest; a re-run with another address re-renders the page from kept storage, no body fetched again', async () => {
    const out = await tempFolder('wikiport-jira-');
    const client = clientFor(sandbox, 'v2');
    await exportPages({ client, page: pageId, out, formats: ['md', 'json'], jiraBaseUrl: JIRA });
    expect((await readManifest(out))!.pages[pageId]!.jiraBaseUrl).toBe(JIRA);
    expect((await markdownOf(out)).text).toContain(`(${JIRA}/browse/OPS-1412`);

    sandbox.resetStats();
    const same = await exportPages({ client, page: pageId, out, formats: ['md', 'json'], jiraBaseUrl: JIRA });
    expect(same.pages).toMatchObject({ skipped: 1, rerendered: 0, written: 0 });
    const unchangedRun = { ...sandbox.stats.byRoute };

    sandbox.resetStats();
    const moved = await exportPages({ client, page: pageId, out, formats: ['md', 'json'], jiraBaseUrl: OTHER_JIRA });
    expect(moved.pages).toMatchObject({ rerendered: 1, skipped: 0 });
    // The same requests as the unchanged re-run (the root page's listing), no body fetched.
    expect(sandbox.stats.byRoute).toEqual(unchangedRun);
    const { text } = await markdownOf(out);
    expect(text).toContain(`(${OTHER_JIRA}/browse/OPS-1412`);
    expect(text).not.toContain(JIRA);
    expect((await readManifest(out))!.pages[pageId]!.jiraBaseUrl).toBe(OTHER_JIRA);

    const dropped = await exportPages({ client, page: pageId, out, formats: ['md'] });
    expect(dropped.pages).toMatchObject({ rerendered: 1 });
    expect((await markdownOf(out)).text).toContain('(/browse/OPS-1412');
    expect((await readManifest(out))!.pages[pageId]!.jiraBaseUrl).toBeNull();
  });

  it('push renders with the recorded address: editing another paragraph keeps the Jira macro intact', async () => {
    const out = await tempFolder('wikiport-jira-');
    const client = clientFor(sandbox, 'v2');
    const before = bodyOf(sandbox, pageId);
    await exportPages({ client, page: pageId, out, formats: ['md'], jiraBaseUrl: JIRA });
    const { path, text } = await markdownOf(out);
    await writeFile(path, text.replace('ship on Thursday', 'ship on Friday'));

    const summary = await pushPages({ paths: [path], client, cwd: out });
    expect(summary.pages[0]).toMatchObject({ pageId, status: 'updated', newVersion: before.version + 1 });
    const after = bodyOf(sandbox, pageId);
    expect(after.body).toContain('ship on Friday');
    // The untouched paragraph goes back byte for byte, macro id and parameter order included.
    expect(after.body.match(macro)?.[0]).toBe(before.body.match(macro)?.[0]);
    expect(after.body).not.toContain('/browse/OPS-1412');
  });
});
