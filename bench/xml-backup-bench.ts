import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cliEntry, firstErrorLine, repoRoot, runNodeChild } from './child-process.js';
import { attachment, body, comment, content, footer, header, label, labelling, minutesStorage, space, user } from '../test/support/entities-xml.js';

/**
 * The XML export section: a generated Confluence XML space export (entities.xml of a chosen size
 * plus attachments) converted by `wikiport convert DIR --out OUT` as one process; pages per
 * second and peak RSS. Most of a real export's bytes are earlier versions, so each page carries
 * `versions` historical versions, which the converter reads past (and writes with --history).
 */

export interface XmlBackupRun {
  entitiesBytes: number;
  pages: number;
  historicalVersions: number;
  history: boolean;
  wallMs: number;
  /** User + system CPU time of the process: what the work costs, whatever the machine's load. */
  cpuMs: number | null;
  pagesPerSecond: number;
  /** Pages per second of CPU time. */
  pagesPerCpuSecond: number | null;
  megabytesPerSecond: number;
  peakRssBytes: number | null;
  exitCode: number | null;
  note: string;
}

const cpuProbe = pathToFileURL(join(repoRoot, 'bench', 'cpu-time-probe.mjs')).href;
const userCount = 200;
const paragraph =
  'The committee reviewed the quarterly numbers and agreed to revisit the budget after the audit. ' +
  'Several members asked for the offsite dates to be fixed before the end of the month, and for ' +
  'the minutes to list who owns each follow-up. ';

function userKey(n: number): string {
  return `8a7f80c3${String(n).padStart(24, '0')}`;
}

function pageStorage(n: number, version: number): string {
  const attendees = [userKey(n % userCount), userKey((n + 7) % userCount), userKey((n + 13) % userCount)];
  const minutes = minutesStorage(`${1 + (n % 28)} Jan 2024`, attendees, [{ who: attendees[1]!, text: `follow up ${n}`, done: version > 2 }]);
  const text = Array.from({ length: 12 }, (_, i) => `<p>${paragraph}(${n}.${i})</p>`).join('');
  const table = `<table><tbody><tr><th>Item</th><th>Owner</th><th>Status</th></tr>${Array.from({ length: 8 }, (_, i) => `<tr><td>Item ${i}</td><td>Owner ${i}</td><td>open</td></tr>`).join('')}</tbody></table>`;
  return minutes + text + table;
}

/**
 * Streams a space export to `dir` (entities.xml + attachments/) until entities.xml reaches
 * `targetBytes`: pages in a tree of 50 children per parent, each with `versions` earlier
 * versions, a label, a comment and every 20th page an attachment. Returns the counts.
 */
export async function generateXmlExport(dir: string, targetBytes: number, versions: number): Promise<{ pages: number; historical: number; bytes: number }> {
  mkdirSync(dir, { recursive: true });
  const out = createWriteStream(join(dir, 'entities.xml'), { highWaterMark: 1 << 20 });
  let bytes = 0;
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(header);
  await write(space({ id: '1', key: 'BENCH', name: 'Bench space', homePageId: '100000' }));
  for (let u = 0; u < userCount; u++) await write(user({ key: userKey(u), name: `user${u}`, displayName: `User Number ${u}` }));
  await write(label({ id: '2', name: 'minutes' }));
  let pages = 0;
  let historical = 0;
  let nextId = 10_000_000;
  for (let n = 0; bytes < targetBytes; n++) {
    const id = String(100000 + n);
    const parentId = n === 0 ? undefined : String(100000 + Math.floor((n - 1) / 50));
    const title = `Meeting ${n} of the steering committee`;
    for (let v = 1; v <= versions; v++) {
      const oldId = String(nextId++);
      const bodyId = String(nextId++);
      await write(content({ id: oldId, title, spaceId: '1', parentId, originalVersionId: id, version: v, creatorKey: userKey(n % userCount), bodyId }));
      await write(body({ id: bodyId, contentId: oldId, body: pageStorage(n, v) }));
      historical++;
    }
    const bodyId = String(nextId++);
    await write(content({ id, title, spaceId: '1', parentId, version: versions + 1, creatorKey: userKey(n % userCount), modifierKey: userKey((n + 1) % userCount), bodyId }));
    await write(body({ id: bodyId, contentId: id, body: pageStorage(n, versions + 1) }));
    await write(labelling({ id: String(nextId++), labelId: '2', contentId: id }));
    const commentId = String(nextId++);
    await write(comment({ id: commentId, containerId: id, creatorKey: userKey((n + 3) % userCount), created: '2024-01-02 10:00:00.000' }));
    await write(body({ id: String(nextId++), contentId: commentId, contentClass: 'Comment', body: `<p>Thanks, noted for page ${n}.</p>` }));
    if (n % 20 === 0) {
      const attachmentId = String(nextId++);
      await write(attachment({ id: attachmentId, containerId: id, fileName: `chart-${n}.png`, size: 64 }));
      mkdirSync(join(dir, 'attachments', id, attachmentId), { recursive: true });
      writeFileSync(join(dir, 'attachments', id, attachmentId, '1'), Buffer.alloc(64, n % 256));
    }
    pages++;
  }
  await write(footer);
  out.end();
  await once(out, 'finish');
  return { pages, historical, bytes };
}

export async function runXmlBackupBench(sizesMb: readonly number[], versions: number, history: boolean, log: (line: string) => void): Promise<XmlBackupRun[]> {
  if (!existsSync(join(repoRoot, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is not built (npm run build)');
  const runs: XmlBackupRun[] = [];
  for (const mb of sizesMb) {
    const work = mkdtempSync(join(tmpdir(), 'wikiport-bench-xml-'));
    try {
      log(`generating a ${mb} MB entities.xml`);
      const generated = await generateXmlExport(join(work, 'export'), mb * 1_000_000, versions);
      const entitiesBytes = statSync(join(work, 'export', 'entities.xml')).size;
      log(`converting ${generated.pages} pages (${generated.historical} earlier versions)${history ? ' with --history' : ''}`);
      const cpuFile = join(work, 'cpu');
      const run = await runNodeChild(['--import', cpuProbe, cliEntry, 'convert', join(work, 'export'), '--out', join(work, 'out'), '--quiet', ...(history ? ['--history'] : [])], { timeoutMs: 3_600_000, env: { WIKIPORT_BENCH_CPU_FILE: cpuFile } });
      const cpuMs = existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8')) || null : null;
      const seconds = run.wallMs / 1000;
      runs.push({
        entitiesBytes,
        pages: generated.pages,
        historicalVersions: generated.historical,
        history,
        wallMs: Math.round(run.wallMs),
        cpuMs,
        pagesPerSecond: Math.round(generated.pages / seconds),
        pagesPerCpuSecond: cpuMs ? Math.round(generated.pages / (cpuMs / 1000)) : null,
        megabytesPerSecond: Math.round((entitiesBytes / 1_000_000 / seconds) * 10) / 10,
        peakRssBytes: run.peakRssBytes,
        exitCode: run.exitCode,
        note: run.exitCode === 0 ? 'ok' : firstErrorLine(run),
      });
      log(`${mb} MB: ${Math.round(seconds)} s, peak RSS ${run.peakRssBytes ? Math.round(run.peakRssBytes / 1e6) : '?'} MB`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return runs;
}

export function formatXmlBackupTable(runs: readonly XmlBackupRun[]): string {
  const lines = ['| entities.xml | pages (+ earlier versions) | --history | wall | CPU | pages/s (wall) | pages/CPU s | MB/s (wall) | peak RSS |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const r of runs) {
    lines.push(
      `| ${(r.entitiesBytes / 1e6).toFixed(0)} MB | ${r.pages} (+${r.historicalVersions}) | ${r.history ? 'yes' : 'no'} | ${(r.wallMs / 1000).toFixed(1)} s | ${r.cpuMs ? `${(r.cpuMs / 1000).toFixed(1)} s` : '?'} | ${r.pagesPerSecond} | ${r.pagesPerCpuSecond ?? '?'} | ${r.megabytesPerSecond} | ${r.peakRssBytes ? `${Math.round(r.peakRssBytes / 1e6)} MB` : '?'} |${r.exitCode === 0 ? '' : ` ${r.note}`}`,
    );
  }
  return lines.join('\n');
}

/** `node --import tsx bench/xml-backup-bench.ts --sizes 100,500,2000 [--versions 4] [--history]` */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '50,200' }, versions: { type: 'string', default: '4' }, history: { type: 'boolean', default: false }, out: { type: 'string' } },
  });
  const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
  const runs = await runXmlBackupBench(sizes, Number(values.versions), values.history, (line) => console.error(`[bench] ${line}`));
  console.log(formatXmlBackupTable(runs));
  if (values.out) writeFileSync(values.out, `${JSON.stringify(runs, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
