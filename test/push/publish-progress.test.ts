import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushPages } from '../../src/push/push.js';
import { createPublishProgress, type PublishProgressEvent } from '../../src/push/publish-progress.js';
import { emptyResult } from '../../src/push/push-types.js';
import { addMinutesPage, clientFor, flavors, sandboxForEach, tempFolder } from './push-sandbox-helpers.js';

function fakeStream(isTTY = false): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const stream = { write: (chunk: string) => ((text += chunk), true), isTTY, columns: 80, on: () => stream, removeListener: () => stream, cursorTo: () => true, clearLine: () => true, moveCursor: () => true } as unknown as NodeJS.WriteStream;
  return { stream, text: () => text };
}

const events: PublishProgressEvent[] = [
  { done: 1, total: 3, result: emptyResult('barn.md', { pageId: '41', title: 'Barn', status: 'created', message: 'created page 41' }) },
  { done: 2, total: 3, result: emptyResult('silo.md', { pageId: '42', title: 'Silo', status: 'unchanged', message: 'unchanged' }) },
  { done: 3, total: 3, result: emptyResult('loft.md', { title: 'Loft', status: 'failed', message: 'loft.md: not UTF-8' }) },
];

describe('publishing progress', () => {
  it('prints one line per page sent or refused off a terminal; pages with nothing to send are only counted', () => {
    const { stream, text } = fakeStream();
    const reporter = createPublishProgress({ quiet: false, tty: false, stream });
    for (const e of events) reporter.onPage(e);
    reporter.stop();
    expect(text()).toBe('wikiport: [1/3] created barn.md (page 41)\nwikiport: [3/3] failed loft.md\n');
  });

  it('prints nothing when quiet (--quiet, --json)', () => {
    const { stream, text } = fakeStream(true);
    const reporter = createPublishProgress({ quiet: true, tty: true, stream });
    for (const e of events) reporter.onPage(e);
    reporter.stop();
    expect(text()).toBe('');
  });

  it('draws a bar on a terminal', () => {
    const { stream, text } = fakeStream(true);
    const reporter = createPublishProgress({ quiet: false, tty: true, stream });
    for (const e of events) reporter.onPage(e);
    reporter.stop();
    expect(text()).toContain('publishing [');
    expect(text()).toContain('3/3 pages');
  });
});

describe('a long publish says each page as it is done', () => {
  const [cloud] = flavors;
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('tells every file while the run goes on, not only at the end', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Progress parent');
    const dir = await tempFolder('wikiport-progress-');
    await mkdir(join(dir, 'stalls'), { recursive: true });
    for (let i = 1; i <= 5; i++) await writeFile(join(dir, 'stalls', `stall-${i}.md`), `# Progress stall ${i}\n\nHay.\n`);
    await writeFile(join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\nText.\n');
    const space = sandbox().store.spaceByKey('MIN')?.id ?? '';
    const seen: Array<{ done: number; total: number; file: string; status: string; madeSoFar: number }> = [];
    const summary = await pushPages({
      paths: ['.'], cwd: dir, client, create: true, parentId: parent,
      onProgress: ({ done, total, result }) => {
        const madeSoFar = [1, 2, 3, 4, 5].filter((i) => sandbox().store.pageByTitle(space, `Progress stall ${i}`)).length;
        seen.push({ done, total, file: result.file, status: result.status, madeSoFar });
      },
    });
    // Was: no callback; the CLI printed nothing until the summary at the end.
    expect(seen.map((s) => s.done)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seen.every((s) => s.total === 7)).toBe(true);
    expect(seen.map((s) => `${s.file} ${s.status}`).sort()).toEqual(summary.pages.map((p) => `${p.file} ${p.status}`).sort());
    // The first stall's line comes when it alone was made.
    const firstStall = seen.find((s) => s.file === 'stalls/stall-1.md');
    expect(firstStall?.madeSoFar).toBe(1);
  });
});
