// export/: space, tree and CQL export, convert --out file writing, HTML-export and NDJSON orchestration: the I/O around the pure readers and writers of formats/. Imports formats/, confluence/, manifest/, files/, redact/.
import { refuseOtherSite } from '../manifest/manifest-site.js';
import { fileSystemProblem } from '../files/file-system-problem.js';
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { createClient, type ConfluenceClient, type RemotePage } from '../confluence/client.js';
import { attachmentsFolder, exportAllAttachments } from './export-attachments.js';
import { markDeletedUpstream } from './export-deletions.js';
import { mentionedUsers } from './export-mentions.js';
import { prepareExportedPage, type PreparedPage } from './export-page.js';
import { removeReplacedFiles } from './export-moves.js';
import { sortUnchanged } from './export-unchanged.js';
import { planExport } from './export-plan.js';
import { exportSource, listScope } from './export-scope.js';
import type { ExportAdoption, ExportFailure, ExportFormat, ExportOptions, ExportSummary, PageFileFormat } from './export-types.js';
import { emptyManifest, manifestPath, readManifest, writeManifest, type Manifest } from '../manifest/manifest.js';
import { ManifestJournal, journalPath, removeJournal, type JournalLine } from '../manifest/manifest-journal.js';
import { readWrittenRecord } from '../manifest/written-record.js';
import { manifestDirName } from '../manifest/manifest-schema.js';
import { planPagePaths } from '../files/safe-names.js';
import { WikiportError } from '../errors.js';
import { removeStaleTempFiles } from '../files/stale-temp-files.js';
import { lockFolder } from '../files/folder-lock.js';
import { OutputTree } from '../files/no-links-below.js';
import { runPool } from './export-pool.js';
import { writeExportNdjson } from './ndjson-from-export.js';
import { redactionFingerprint } from '../redact/redaction-fingerprint.js';
import { redactText } from '../redact/redact-text.js';
import { makeFolder } from '../files/make-folder.js';

export type { ExportOptions, ExportSummary, ExportFailure, ExportAdoption, ExportFormat, ExportProgressEvent } from './export-types.js';

/** Pages whose bodies are fetched in one bulk call (v1 CQL caps bodies at 50 per response). */
const fetchChunk = 50;

/** Pages of one export worker whose files are being written while it converts the next ones. */
const pagesWrittenPerWorker = 4;

/**
 * Exports a space, a page (tree) or a CQL result to Markdown and/or JSON files, with a manifest
 * that lets the next run fetch only what changed. One failing page is reported and the rest go
 * on; errors that stop everything (credentials, unknown space, unreachable host) are thrown.
 */
export async function exportPages(options: ExportOptions): Promise<ExportSummary> {
  // One export at a time into a folder: two would append to one journal and each fold the
  // other's lines (the second failed at its end, after all its work, saying the journal changed).
  const out = resolve(options.out);
  await ensureOutputFolder(out);
  await new OutputTree(out).assertFolderNoLinks('.wikiport/storage');
  const lock = await lockFolder(join(out, manifestDirName), 'export.lock', `wikiport export into ${out}`);
  try {
    return await exportPagesLocked(options);
  } finally {
    await lock.release();
  }
}

async function exportPagesLocked(options: ExportOptions): Promise<ExportSummary> {
  const started = Date.now();
  const now = (): string => (options.now ? options.now() : new Date()).toISOString();
  const source = exportSource(options);
  const requested = normalizeFormats(options.formats);
  // ndjson is gathered from the page JSON files, so it implies writing them.
  const formats = [...new Set(requested.map((f) => (f === 'ndjson' ? 'json' : f)))] as PageFileFormat[];
  const out = resolve(options.out);
  const client = options.client ?? makeClient(options);
  const emit = options.onProgress ?? (() => {});

  await ensureOutputFolder(out);
  // Nothing is written through a link inside the output folder: the manifest's folder first.
  const tree = new OutputTree(out);
  await tree.assertFolderNoLinks('.wikiport/storage');
  for (const file of ['.wikiport/manifest.journal', '.wikiport/written.sha256']) await tree.assertFileNotLink(file);
  // A run killed part-way leaves temporary files; this run finishes its work, so clear them.
  await removeStaleTempFiles(out);
  const notices: string[] = [];
  const previous = await previousManifest(out, options.rebuildManifest ?? false, notices, now());
  if (previous) refuseOtherSite(out, previous.baseUrl, client.site.base);
  // A journal without a manifest belongs to no export this run continues.
  if (!previous) await removeJournal(out);
  const writtenBefore = await readWrittenRecord(out);
  let api: 'v1' | 'v2';
  let listed: RemotePage[];
  try {
    api = await client.api();
    // With --redact, titles are masked from the listing on: file names, links between pages, the
    // manifest, progress lines and failures all spell the masked title.
    listed = maskTitles(await listScope(client, source, api), options.redact);
  } catch (error) {
    throw (await siteProblem(client, error)) ?? error;
  }
  const redaction = options.redact ? redactionFingerprint(options.redact) : null;

  const pinned = new Map<string, string>();
  for (const entry of Object.values(previous?.pages ?? {})) {
    const file = entry.files.md ?? entry.files.json;
    if (file) pinned.set(entry.id, file.path.replace(/\.(md|json)$/, ''));
    // A published folder without a page file of its own gets one: `docs/index.md`.
    else if (entry.publishedFrom?.endsWith('/')) pinned.set(entry.id, `${entry.publishedFrom}index`);
  }
  const paths = planPagePaths(listed, pinned);
  // Pages published from a folder keep the file they came from, whatever their title or place.
  for (const page of listed) {
    const from = previous?.pages[page.id]?.publishedFrom;
    const path = from === undefined ? undefined : pinned.get(page.id);
    if (path !== undefined) paths.set(page.id, path);
  }
  const plan = planExport(listed, previous, paths, { formats, attachments: options.attachments ?? false, redaction, jiraBaseUrl: options.jiraBaseUrl ?? null }, (p) => existsSync(join(out, p)));
  const { skip, kept, fetchToo } = await sortUnchanged(client, out, plan, previous, isFatal, options.refreshLabels ?? false);
  for (const page of fetchToo) plan.fetch.push(page);
  emit({ kind: 'listed', total: listed.length, toFetch: plan.fetch.length + kept.size });

  const manifest: Manifest = previous
    ? { ...previous, pages: { ...previous.pages } }
    : emptyManifest({ baseUrl: client.site.base, source, formats: [...formats] });
  manifest.baseUrl = client.site.base;
  manifest.source = source;
  manifest.formats = [...new Set([...(previous ? manifest.formats : []), ...formats])];

  const all = new Map(listed.map((p) => [p.id, p]));
  const failures: ExportFailure[] = [];
  let written = 0;
  let warnings = 0;
  let done = skip.length;
  const total = listed.length;
  for (const page of skip) emit({ kind: 'page', id: page.id, title: page.title, outcome: 'skipped', done, total });
  const titleOf = (page: RemotePage): string => all.get(page.id)?.title ?? page.title;
  const fail = (page: RemotePage, why: string): void => {
    const masked = options.redact ? redactText(why, options.redact).text : why;
    failures.push({ id: page.id, title: titleOf(page), reason: masked });
    emit({ kind: 'page', id: page.id, title: titleOf(page), outcome: 'failed', done: ++done, total });
  };

  const written$ = new Set<string>();
  const editedOldFiles: string[] = [];
  const adopted: ExportAdoption[] = [];
  // Each chunk is either fetched in one bulk call or taken, with its bodies, from the kept storage.
  const chunks: Array<{ pages: RemotePage[]; kept: boolean }> = [];
  for (let i = 0; i < plan.fetch.length; i += fetchChunk) chunks.push({ pages: plan.fetch.slice(i, i + fetchChunk), kept: false });
  const keptPages = [...kept.values()];
  for (let i = 0; i < keptPages.length; i += fetchChunk) chunks.push({ pages: keptPages.slice(i, i + fetchChunk), kept: true });
  const ctxBase = {
    out,
    tree,
    formats,
    baseUrl: client.site.base,
    pages: all,
    paths,
    attachmentsFolder: options.attachments ? attachmentsFolder : null,
    userNames: (ref: Parameters<ConfluenceClient['knownUserName']>[0]) => client.knownUserName(ref) ?? null,
    ...(options.redact ? { redact: options.redact } : {}),
    ...(options.jiraBaseUrl ? { jiraBaseUrl: options.jiraBaseUrl } : {}),
    redaction,
    written: writtenBefore,
  };
  // Each written page is recorded at once in the manifest's journal, so an interrupted run resumes
  // from every page it finished; the manifest is written whole once, at the end. A first run
  // writes the manifest without pages before the first journal line, so that what a resumed run
  // reads has this run's settings.
  const journal = new ManifestJournal(out);
  let base: Promise<void> | null = previous ? Promise.resolve() : null;
  // The entries of the pages written stay in the journal (where each line is, not the entry: 1.1 KB
  // less a page) until the manifest is written whole, which reads each back; unless the
  // attachments step goes on to edit them.
  const journaled = new Map<string, JournalLine>();
  const keepEntries = options.attachments ?? false;
  const record = async (entry: Manifest['pages'][string]): Promise<void> => {
    base ??= writeManifest(out, { ...manifest, pages: {} });
    await base;
    if (keepEntries) {
      manifest.pages[entry.id] = entry;
      await journal.append(entry);
      return;
    }
    journaled.set(entry.id, await journal.append(entry));
    delete manifest.pages[entry.id];
  };
  const workers = Math.max(1, options.concurrency ?? 4);
  // A chunk's bodies (and the users they mention) are fetched while an earlier chunk converts: each
  // worker asks for the chunk it will most likely take next as it starts on one, so the conversion
  // does not stop at every chunk to wait for the network. Failed fetches come back as values,
  // to be reported (or thrown, when fatal) by the worker that takes the chunk, as before.
  type ChunkBodies = { fetched: Map<string, RemotePage> } | { failed: unknown };
  const bodies = new Map<number, Promise<ChunkBodies>>();
  const bodiesOf = (index: number): Promise<ChunkBodies> => {
    let fetching = bodies.get(index);
    if (fetching === undefined) {
      const { pages: chunk, kept: fromKept } = chunks[index] as (typeof chunks)[number];
      fetching = (async (): Promise<ChunkBodies> => {
        let fetched: Map<string, RemotePage>;
        try {
          fetched = fromKept ? new Map(chunk.map((p) => [p.id, p])) : await client.getPages(chunk.map((p) => p.id), { body: true, labels: true });
        } catch (error) {
          return { failed: error };
        }
        const refs = [...fetched.values()].flatMap((p) => mentionedUsers(p.storage ?? ''));
        await Promise.all(refs.map((ref) => client.resolveUser(ref)));
        return { fetched };
      })();
      // A chunk fetched ahead that no worker takes (the run stopped) fails nobody.
      fetching.catch(() => undefined);
      bodies.set(index, fetching);
    }
    return fetching;
  };
  try {
    await runPool(chunks.map((_, index) => index), workers, async (index, stopped) => {
      const { pages: chunk } = chunks[index] as (typeof chunks)[number];
      const got = await bodiesOf(index);
      bodies.delete(index);
      if (index + workers < chunks.length && !stopped()) void bodiesOf(index + workers);
      if ('failed' in got) {
        if (isFatal(got.failed)) throw got.failed;
        for (const page of chunk) fail(page, reason(got.failed));
        return;
      }
      const fetched = got.fetched;
      const finish = async (page: RemotePage, prepared: PreparedPage, before: Manifest['pages'][string] | undefined): Promise<void> => {
        const { entry } = prepared;
        try {
          await prepared.write();
          entry.attachments = before?.attachments ?? [];
          if (before) for (const file of await removeReplacedFiles(tree, before, entry)) editedOldFiles.push(file);
          // Written (its other files, its manifest entry), and reported apart: not a failure too.
          for (const path of prepared.adopted) adopted.push({ id: page.id, title: page.title, path, version: page.version });
          warnings += prepared.warnings;
        } catch (error) {
          fail(page, reason(error));
          return;
        }
        // Not being able to record pages (disk full) stops the export, as a failed manifest write does.
        await record(entry);
        written$.add(page.id);
        written++;
        emit({ kind: 'page', id: page.id, title: titleOf(page), outcome: 'written', done: ++done, total });
      };
      // A page's files are written while the next pages convert (the CPU would otherwise wait for
      // the disk: each file is flushed before its rename, and a flush takes longer than converting
      // a page); at most pagesWrittenPerWorker pages of each worker are being written at once. A
      // failure to record a page (disk full) stops the export at the worker's next page.
      const writes = new Set<Promise<void>>();
      let recordFailure: { error: unknown } | null = null;
      const throwIfRecordFailed = (): void => {
        if (recordFailure) throw recordFailure.error;
      };
      for (const listedPage of chunk) {
        // Another chunk failed for good: finish the pages being written and stop.
        if (stopped()) break;
        const page = fetched.get(listedPage.id);
        // The chunk's other bodies wait for their turn; this one is the page's own from here on,
        // and goes once its files are written.
        fetched.delete(listedPage.id);
        if (!page) {
          fail(listedPage, 'not found (404) when its body was fetched: deleted or restricted during the export');
          continue;
        }
        // Keep the listing's tree position (the bulk answer may lack ancestors).
        const merged: RemotePage = { ...page, parentId: listedPage.parentId ?? page.parentId, spaceKey: page.spaceKey ?? listedPage.spaceKey };
        const before = previous?.pages[page.id];
        let prepared: PreparedPage;
        try {
          prepared = await prepareExportedPage(merged, { ...ctxBase, now: now() }, before);
        } catch (error) {
          fail(page, reason(error));
          continue;
        }
        // A page that moves (renamed, or moved in the tree) removes its old files once its new ones
        // are written, and another page may be moving into them: it is written on its own, in order.
        const moves = before !== undefined && (['md', 'json'] as const).some((f) => before.files[f] && before.files[f]?.path !== prepared.entry.files[f]?.path);
        while (writes.size >= (moves ? 1 : pagesWrittenPerWorker)) await Promise.race(writes);
        throwIfRecordFailed();
        const writing: Promise<void> = finish(page, prepared, before)
          .catch((error: unknown) => {
            recordFailure ??= { error };
          })
          .finally(() => writes.delete(writing));
        writes.add(writing);
        if (moves) await writing;
      }
      await Promise.all(writes);
      throwIfRecordFailed();
    });
  } finally {
    // Nothing of the run goes on behind the caller's back: fetches still under way end first.
    await Promise.allSettled(bodies.values());
    await journal.close();
  }

  const skippedIds = new Set(skip.map((p) => p.id));
  const deletedIds = await markDeletedUpstream(client, plan.missing, manifest, now());
  const requestsForPages = client.stats.requests;

  const attachmentStats = options.attachments
    ? await exportAllAttachments({
        client,
        out,
        pages: listed.filter((p) => written$.has(p.id) || skippedIds.has(p.id)),
        refresh: (id) => written$.has(id),
        manifest,
        concurrency: Math.max(1, options.concurrency ?? 4),
        onFailure: (failure) => failures.push(failure),
        onPage: (pageId, downloaded) => emit({ kind: 'attachments', pageId, downloaded }),
        isFatal,
        ...(options.redact ? { redact: options.redact } : {}),
      })
    : { downloaded: 0, skipped: 0, failed: 0 };

  manifest.updatedAt = now();
  await writeManifest(out, manifest, journaled);
  const ndjson = requested.includes('ndjson') ? await writeExportNdjson(out) : null;
  emit({ kind: 'done' });
  const stats = client.stats;
  return {
    out,
    api,
    pages: { listed: listed.length, written, rerendered: kept.size, skipped: skip.length, failed: new Set(failures.filter((f) => !f.reason.startsWith('attachment')).map((f) => f.id)).size, deleted: deletedIds.length },
    failures,
    deletedIds,
    attachments: attachmentStats,
    conversionWarnings: warnings,
    ndjson,
    editedOldFiles,
    adopted,
    notices,
    requests: requestsForPages,
    attachmentRequests: stats.requests - requestsForPages,
    retries: stats.retries,
    throttled: stats.throttled,
    bytesReceived: stats.bytesReceived,
    requestsPerPage: listed.length === 0 ? 0 : round(requestsForPages / listed.length),
    durationMs: Date.now() - started,
  };
}

/**
 * The manifest of the last run (with its journal applied), or null on a first run. A damaged
 * journal line is reported (its page is then treated as unknown: its files are kept unless they
 * are exactly what wikiport wrote). With `rebuild`, a manifest that does not read is set aside.
 */
async function previousManifest(out: string, rebuild: boolean, notices: string[], now: string): Promise<Manifest | null> {
  const report: { damagedJournalLines?: number[] } = {};
  let manifest: Manifest | null;
  try {
    manifest = await readManifest(out, report);
  } catch (error) {
    if (!rebuild || !(error instanceof WikiportError)) throw error;
    const aside = `${manifestPath(out)}.damaged-${now.replace(/[:.]/g, '-')}`;
    await rename(manifestPath(out), aside).catch(() => {});
    await rename(journalPath(out), `${aside}.journal`).catch(() => {});
    notices.push(`the damaged manifest was moved to ${aside}; files that are exactly what wikiport wrote are overwritten, every other file is kept and reported`);
    return null;
  }
  const damaged = report.damagedJournalLines ?? [];
  if (damaged.length > 0) {
    // At most ten line numbers: a journal garbled whole would otherwise print thousands.
    const lines = damaged.length <= 10 ? damaged.join(', ') : `${damaged.slice(0, 10).join(', ')} and ${damaged.length - 10} more`;
    const one = damaged.length === 1;
    notices.push(
      `${journalPath(out)}: line${one ? '' : 's'} ${lines} did not read (damaged); ` +
        `${one ? 'its page is' : 'their pages are'} fetched again, and ${one ? 'its' : 'their'} files are overwritten only if they are exactly what wikiport wrote`,
    );
  }
  return manifest;
}

async function ensureOutputFolder(out: string): Promise<void> {
  try {
    await makeFolder(out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WikiportError(
      code === 'EEXIST' || code === 'ENOTDIR'
        ? `--out ${out} is a file; name a folder (it is created when missing)`
        : `Cannot create the output folder ${out} (${code ?? 'error'}); check the path and permissions`,
    );
  }
}

function makeClient(options: ExportOptions): ConfluenceClient {
  if (!options.connection) throw new WikiportError('exportPages needs a client or connection settings (baseUrl and credentials)');
  return createClient({ ...options.connection, concurrency: options.concurrency ?? options.connection.concurrency });
}

function normalizeFormats(formats: readonly ExportFormat[] | undefined): ExportFormat[] {
  const list = formats && formats.length > 0 ? [...new Set(formats)] : ['md' as const];
  for (const f of list) {
    if (f !== 'md' && f !== 'json' && f !== 'ndjson') throw new WikiportError(`--format takes md, json and/or ndjson, got "${String(f)}"`);
  }
  return list;
}

/**
 * A space or page "not found", or an answer that is not JSON, may mean the base URL is wrong: the
 * site is looked at once, and the error says so when it is ("did you mean …/wiki?").
 */
async function siteProblem(client: ConfluenceClient, error: unknown): Promise<WikiportError | null> {
  if (!(error instanceof WikiportError) || !client.checkSite) return null;
  const status = 'status' in error ? (error as WikiportError & { status: number | null }).status : null;
  if (status !== 404 && !(status !== null && status < 300)) return null;
  const problem = await client.checkSite().catch(() => null);
  return problem ? new WikiportError(problem) : null;
}

/** Authentication, permission on the whole site, unreachable host: no point going on. */
function isFatal(error: unknown): boolean {
  if (error instanceof WikiportError && 'status' in error) {
    const status = (error as WikiportError & { status: number | null }).status;
    return status === 401 || (status === null && /Cannot reach/.test(error.message));
  }
  return false;
}

function maskTitles(pages: RemotePage[], rules: ExportOptions['redact']): RemotePage[] {
  if (!rules) return pages;
  return pages.map((page) => {
    const title = redactText(page.title, rules).text;
    return title === page.title ? page : { ...page, title };
  });
}

function reason(error: unknown): string {
  return fileSystemProblem(error) ?? (error instanceof Error ? error.message : String(error));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

