import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, sandboxForEach, writeRequests } from './push-sandbox-helpers.js';

// Found by a hostile tester: export and publishing lock their folder, a plain push of an export
// folder did not, so two pushes (or a push beside an export) could overwrite each other's manifest.
describe('one push at a time into an export folder', () => {
  const flavor = flavors[0]!;
  const sandbox = sandboxForEach(flavor);

  async function edited(title: string): Promise<{ out: string; md: string; id: string; client: ReturnType<typeof clientFor> }> {
    const client = clientFor(sandbox(), flavor.api);
    const id = addMinutesPage(sandbox(), title, '<p>Kettle descaled on Tuesday.</p>');
    const out = await exportTo(client, id);
    const md = join(out, `${title}.md`);
    await writeFile(md, (await readFile(md, 'utf8')).replace('Tuesday', 'Thursday'));
    return { out, md, id, client };
  }

  it('refuses a push while another run holds the folder, naming that process, and sends nothing', async () => {
    const { out, md, id, client } = await edited('Lock held kettle');
    await writeFile(join(out, '.wikiport', 'export.lock'), `${process.pid}\n`);
    sandbox().resetStats();
    // Was: pushed, and the run holding the folder then wrote its own manifest over this one's.
    await expect(pushPages({ paths: [md], client, cwd: out })).rejects.toThrow(`is running (process ${process.pid})`);
    expect(writeRequests(sandbox())).toBe(0);
    expect(bodyOf(sandbox(), id).body).toContain('Tuesday');
  });

  it('takes over a lock left by a killed run, and leaves no lock behind', async () => {
    const { out, md, id, client } = await edited('Lock stale kettle');
    await writeFile(join(out, '.wikiport', 'export.lock'), '2147483646\n');
    const summary = await pushPages({ paths: [md], client, cwd: out });
    expect(summary.exitCode).toBe(0);
    expect(bodyOf(sandbox(), id).body).toContain('Thursday');
    expect(existsSync(join(out, '.wikiport', 'export.lock'))).toBe(false);
  });

  it('a dry run takes no lock (it writes nothing)', async () => {
    const { out, md, client } = await edited('Lock dry kettle');
    await writeFile(join(out, '.wikiport', 'export.lock'), `${process.pid}\n`);
    const summary = await pushPages({ paths: [md], client, cwd: out, dryRun: true });
    expect(summary.pages[0]?.status).toBe('would-update');
  });
});
