import { createReadStream } from 'node:fs';
import { readFile, rmdir, unlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import type { RemotePage } from '../../confluence/client.js';
import { convertMany } from '../../convert-many.js';
import { ExitCode, WikiportError } from '../../errors.js';
import type { RedactionRule } from '../../redact/redaction-rule.js';
import { redactionFingerprint } from '../../redact/redaction-fingerprint.js';
import { writeFileAtomic } from '../../files/atomic-write.js';
import { attachmentsFolder } from '../export-attachments.js';
import { linkTargetsFor, relativeFromPage } from '../export-links.js';
import { emptyManifest, readManifest, sha256, storageRelativePath, writeManifest, manifestDirName, type Manifest, type ManifestAttachment, type ManifestPage } from '../../manifest/manifest.js';
import { planPagePaths, safeFileName, type PageNode } from '../../files/safe-names.js';
import { removeStaleTempFiles } from '../../files/stale-temp-files.js';
import type { PageVersion } from '../../model/page-history.js';
import { BackupIndex, isMetadataClass } from '../../formats/xml-backup/backup-index.js';
import { planBackup, describe, type BackupPlan, type PlannedPage } from '../../formats/xml-backup/backup-plan.js';
import { EntitiesXmlError, HibernateObjectReader, refOf, textOf, type HibernateObject } from '../../formats/xml-backup/hibernate-objects.js';
import { addExtrasToPageJson, commentsMarkdownSection, pageComments, wikiMarkupAsStorage, withoutSiteIds } from '../../formats/xml-backup/page-extras.js';
import type { BackupContent } from '../../formats/xml-backup/backup-model.js';
import { usersFileName } from '../../report/load-meeting-history.js';
import { spilledCommentBodies } from './comment-spill.js';
import type { CommentBodyStore } from '../../formats/xml-backup/backup-index.js';
import { openBackupSource, type AttachmentCopy, type BackupSource } from './backup-source.js';
import { makeFolder } from '../../files/make-folder.js';

export interface XmlBackupOptions {
  /** The export: a .zip, or the folder holding entities.xml. */
  input: string;
  /** Output folder. */
  out: string;
  /** Space keys to convert (a site backup holds many); all when empty. */
  spaces?: readonly string[];
  /** Also keep every earlier version's storage and list the versions in the JSON. */
  history?: boolean;
  /** Also put the comments at the end of the Markdown (they are always in the JSON). */
  comments?: boolean;
  formats?: readonly ('md' | 'json')[];
  /**
   * For moving the pages to another Confluence with `push --create`: the Markdown names no page
   * id, version or parent of the old site, and the manifest lists no pages, so every file is a
   * new page to push (under the page of its folder, created first).
   */
  forNewSite?: boolean;
  /**
   * Bodies larger than this many megabytes are kept as storage only, without Markdown or JSON:
   * converting costs about 30 times a body's size in memory, and one such page must not take the
   * memory of the whole run. Default 5.
   */
  maxBodyMb?: number;
  redact?: readonly RedactionRule[];
  jiraBaseUrl?: string;
  now?: () => Date;
  /** Progress, one line at a time (pass started, pages written so far). */
  onProgress?: (line: string) => void;
  /** Conversion notes as they come; without it they are gathered in `reportLines`. */
  onReportLine?: (line: string) => void;
}

export interface XmlBackupResult {
  out: string;
  spaces: string[];
  pages: number;
  blogPosts: number;
  versions: number;
  comments: number;
  attachments: number;
  /** Pages and blog posts left out on purpose: in the trash, drafts, other spaces. */
  skipped: BackupPlan['skipped'];
  /** One line each: what is wrong and where; the rest was converted. Any line means exit 1. */
  problems: string[];
  /** Conversion notes, each starting with the page's file. */
  reportLines: string[];
  written: string[];
}

/** Comment bodies are kept whole up to this many characters (in memory, from the first pass). */
const maxCommentLength = 1_000_000;
/** The longest body the second pass gathers: well below V8's longest string. */
const maxBodyLength = 256 * 1024 * 1024;

/** Folder name of a site backup's blog posts, under their space. */
const blogFolderId = (spaceId: string): string => `blog:${spaceId}`;
const spaceFolderId = (spaceId: string): string => `space:${spaceId}`;

/**
 * `wikiport convert BACKUP.zip --out DIR`: every current page and blog post of a Confluence XML
 * export (space export or site backup) into the tree, Markdown, JSON and manifest `export`
 * writes. entities.xml is read twice, streaming: the first pass gathers everything but the page
 * bodies (spaces, users, versions, comments, labels, attachments), the second converts each page
 * as its body goes by. Broken references, missing files and odd bodies are one line each; the
 * rest is converted.
 */
export async function convertXmlBackup(options: XmlBackupOptions): Promise<XmlBackupResult> {
  const source = await openBackupSource(options.input);
  const commentBodies = spilledCommentBodies();
  try {
    return await convertWithBodies(options, source, commentBodies);
  } finally {
    commentBodies.close();
  }
}

async function convertWithBodies(options: XmlBackupOptions, source: BackupSource, commentBodies: CommentBodyStore): Promise<XmlBackupResult> {
  const now = (options.now ? options.now() : new Date()).toISOString();
  const progress = options.onProgress ?? (() => {});
  const formats = options.formats && options.formats.length > 0 ? [...new Set(options.formats)] : (['md', 'json'] as const);
  const out = resolve(options.out);
  const problems: string[] = [];
  const where = `${options.input}: entities.xml`;

  progress('reading entities.xml (pass 1: spaces, users, pages, comments, labels, attachments)');
  const index = new BackupIndex({ keepHistory: options.history ?? false, commentBodies });
  // Comment bodies are kept from this pass; a page body is gathered only to be dropped, so no
  // more of it than a comment could need.
  const truncated = await readPass(source, { wantClass: isMetadataClass, wantCollection: () => false, maxTextLength: maxCommentLength }, (o) => index.add(o));
  if (index.objects === 0) {
    throw new WikiportError(`${where} ${truncated ?? 'holds no Confluence objects (no spaces, pages or users)'}: nothing to convert`, ExitCode.somePagesFailed);
  }
  if (truncated) problems.push(`${where} ${truncated}; converting what comes before`);

  const plan = planBackup(index, options.spaces ?? []);
  for (const problem of plan.problems) problems.push(problem);
  for (const id of index.cutCommentBodies) problems.push(`${where}: comment ${id} has a body of more than ${maxCommentLength} characters; cut there`);
  for (const id of index.orphanCommentBodies()) problems.push(`${where}: a comment body refers to comment ${id}, which is not in the export; left out`);

  await ensureOutputFolder(out);
  await removeStaleTempFiles(out);
  const previous = await readManifest(out).catch(() => null);

  const multiSpace = plan.spaces.length > 1;
  const paths = planTree(plan, multiSpace);
  const remote = new Map<string, RemotePage>();
  for (const p of plan.pages) remote.set(p.content.id, remotePageOf(p));
  const byId = new Map(plan.pages.map((p) => [p.content.id, p]));
  const versionOwner = new Map<string, { page: PlannedPage; version: BackupContent }>();
  if (options.history) for (const p of plan.pages) for (const v of p.history) versionOwner.set(v.id, { page: p, version: v });
  const userNames = userNameLookup(index);
  const redaction = options.redact ? redactionFingerprint(options.redact) : null;

  const manifest: Manifest = emptyManifest({
    baseUrl: null,
    source: plan.spaces.length === 1 ? { kind: 'space', value: plan.spaces[0]!.key, descendants: false } : null,
    formats: [...formats],
  });
  const result: XmlBackupResult = {
    out,
    spaces: plan.spaces.map((s) => s.key),
    pages: 0,
    blogPosts: 0,
    versions: 0,
    comments: 0,
    attachments: 0,
    skipped: plan.skipped,
    problems,
    reportLines: [],
    written: [],
  };

  const historyPath = (pageId: string, version: number): string => `${manifestDirName}/history/${pageId.replace(/[^0-9A-Za-z_-]/g, '_')}/v${version}.xhtml`;
  const versionsOf = (page: PlannedPage): PageVersion[] => [
    ...page.history.map((v) => ({
      number: v.version,
      author: userNames.byKey(v.lastModifierKey ?? v.creatorKey),
      date: v.updatedAt ?? v.createdAt,
      message: v.versionComment,
      storage: historyPath(page.content.id, v.version),
    })),
    {
      number: page.content.version,
      author: userNames.byKey(page.content.lastModifierKey ?? page.content.creatorKey),
      date: page.content.updatedAt ?? page.content.createdAt,
      message: page.content.versionComment,
      storage: storageRelativePath(page.content.id),
    },
  ];
  // Earlier versions in wiki markup, by page: one line per page at the end.
  const wikiVersions = new Map<PlannedPage, number[]>();
  const converted = new Set<string>();
  /** Pages whose files were written (their attachments are copied). */
  const writtenIds = new Set<string>();
  /** The page files written by this run, so a file another page had before is not taken for its own. */
  const writtenPaths = new Set<string>();
  // The paths each page of this run is about to write, claimed before its first await: pages are
  // written concurrently, so a page that moved never removes its old file once another page of
  // this run has claimed that name (two pages that swapped names), even while that write is under way.
  const claimedPaths = new Set<string>();

  const maxBodyBytes = (options.maxBodyMb ?? 5) * 1_000_000;
  const writePage = async (page: PlannedPage, body: string, bodyType: number): Promise<void> => {
    const content = page.content;
    const label = describe(content);
    const bytes = body.length > maxBodyBytes / 3 ? Buffer.byteLength(body) : 0;
    if (bytes > maxBodyBytes) {
      await writeStorageOnly(page, body);
      problems.push(
        `${label}: its body is ${(bytes / 1e6).toFixed(1)} MB, more than --max-body-mb ${maxBodyBytes / 1e6}: storage kept in ${storageRelativePath(content.id)}, ` +
          `no Markdown or JSON (convert that file alone, or again with a higher --max-body-mb)`,
      );
      return;
    }
    let storage = body;
    if (bodyType === 0) {
      problems.push(`${label}: its body is wiki markup (Confluence before 4.0), not storage; kept as preformatted text`);
      storage = wikiMarkupAsStorage(body);
    } else if (bodyType !== 2) {
      problems.push(`${label}: its body has type ${bodyType}, not storage (2); converted as storage`);
    }
    const path = paths.get(content.id)!;
    const folder = attachmentsFolder(content.id);
    const meta = {
      id: content.id,
      title: content.title,
      spaceKey: page.space?.key ?? null,
      version: content.version,
      parentId: page.parentId,
      labels: page.labels,
      sourceUrl: null,
      createdAt: content.createdAt,
      updatedAt: content.updatedAt,
    };
    const from = remote.get(content.id)!;
    const comments = pageComments(page.comments, (key) => userNames.byKey(key), (id) => commentBodies.get(id));
    const many = convertMany(storage, {
      from: 'storage',
      to: formats,
      meta,
      perFormat: (format) => ({
        linkTargets: linkTargetsFor(from, format as 'md' | 'json', remote, paths),
        ...(page.attachments.length > 0 ? { attachmentsDir: relativeFromPage(`${path}.${format}`, folder) } : {}),
      }),
      userNames: userNames.forConverter,
      ...(options.redact ? { redact: options.redact } : {}),
      ...(options.jiraBaseUrl ? { jiraBaseUrl: options.jiraBaseUrl } : {}),
    });
    const files: ManifestPage['files'] = { storage: { path: storageRelativePath(content.id), sha256: sha256(storage) } };
    const outputs: Array<[string, string]> = [[files.storage.path, storage]];
    for (const r of many.results) {
      const format = r.format as 'md' | 'json';
      let text = r.output;
      if (format === 'json') {
        text = addExtrasToPageJson(text, {
          createdBy: userNames.byKey(content.creatorKey),
          updatedBy: userNames.byKey(content.lastModifierKey ?? content.creatorKey),
          ...(options.history ? { versions: versionsOf(page) } : {}),
          comments,
        });
      } else {
        if (options.comments) text = text.replace(/\n*$/, '\n') + commentsMarkdownSection(comments);
        if (options.forNewSite) text = withoutSiteIds(text);
      }
      const relative = `${path}.${format}`;
      outputs.push([relative, text]);
      files[format] = { path: relative, sha256: sha256(text) };
      const lines = r.report.toLines(relative);
      if (options.onReportLine) for (const line of lines) options.onReportLine(line);
      else for (const line of lines) result.reportLines.push(line);
    }
    for (const [relative] of outputs) claimedPaths.add(relative);
    const edited = await editedSinceLastRun(out, previous, content.id, outputs, writtenPaths);
    if (edited) {
      problems.push(`${label}: ${edited} was edited since the last conversion into ${options.out}; left as it is (push it, or delete it and convert again)`);
      // Its old entry stays, so that the next run still sees the edit.
      if (previous?.pages[content.id]) manifest.pages[content.id] = previous.pages[content.id]!;
      return;
    }
    await Promise.all(outputs.map(([relative, text]) => writeFileAtomic(join(out, relative), text)));
    for (const [relative] of outputs.slice(1)) result.written.push(relative);
    for (const [relative] of outputs) writtenPaths.add(relative);
    await removeMovedFiles(out, previous, content.id, outputs, claimedPaths);
    writtenIds.add(content.id);
    if (content.kind === 'blogpost') result.blogPosts++;
    else result.pages++;
    result.comments += comments.length;
    if ((result.pages + result.blogPosts) % 1000 === 0) progress(`${result.pages + result.blogPosts} pages written`);
    if (options.forNewSite) return;
    manifest.pages[content.id] = {
      id: content.id,
      title: content.title,
      spaceKey: meta.spaceKey,
      version: Math.max(1, content.version),
      parentId: page.parentId,
      labels: page.labels,
      sourceUrl: null,
      files,
      attachments: [],
      attachmentsExported: false,
      redaction,
      jiraBaseUrl: options.jiraBaseUrl ?? null,
      exportedAt: now,
      deleted: false,
      deletedAt: null,
    };
  };

  const writeStorageOnly = async (page: PlannedPage, storage: string): Promise<void> => {
    const content = page.content;
    const path = storageRelativePath(content.id);
    await writeFileAtomic(join(out, path), storage);
    manifest.pages[content.id] = {
      id: content.id,
      title: content.title,
      spaceKey: page.space?.key ?? null,
      version: Math.max(1, content.version),
      parentId: page.parentId,
      labels: page.labels,
      sourceUrl: null,
      files: { storage: { path, sha256: sha256(storage) } },
      attachments: [],
      attachmentsExported: false,
      redaction,
      jiraBaseUrl: options.jiraBaseUrl ?? null,
      exportedAt: now,
      deleted: false,
      deletedAt: null,
    };
  };

  const fail = (page: PlannedPage, error: unknown): void => {
    problems.push(`${describe(page.content)}: ${error instanceof Error ? error.message : String(error)}; skipped`);
  };

  progress(`reading entities.xml (pass 2: ${plan.pages.length} page bodies${options.history ? ' and their earlier versions' : ''})`);
  // Pages are converted as their bodies go by and written in the background, at most this many at
  // once: each file is flushed to disk, and the disk would otherwise keep the CPU waiting.
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = 32;
  const track = (write: Promise<void>): void => {
    const done: Promise<void> = write.finally(() => inFlight.delete(done));
    inFlight.add(done);
  };
  const onBody = (object: HibernateObject): void => {
    const owner = refOf(object, 'content');
    if (!owner) return;
    const bodyType = Number(textOf(object, 'bodyType') ?? '2');
    const page = byId.get(owner.id);
    if (page) {
      if (converted.has(owner.id)) {
        problems.push(`${describe(page.content)}: a second body (${object.id}) in the export; the first one is kept`);
        return;
      }
      converted.add(owner.id);
      const body = textOf(object, 'body') ?? '';
      if (object.cut?.has('body')) {
        problems.push(`${describe(page.content)}: its body is larger than this reader can hold (${maxBodyLength / 1024 / 1024} M characters); left out`);
        return;
      }
      track(writePage(page, body, bodyType).catch((error: unknown) => fail(page, error)));
      return;
    }
    const old = versionOwner.get(owner.id);
    if (old) {
      let body = textOf(object, 'body') ?? '';
      if (bodyType === 0) {
        wikiVersions.set(old.page, [...(wikiVersions.get(old.page) ?? []), old.version.version]);
        body = wikiMarkupAsStorage(body);
      }
      result.versions++;
      track(writeFileAtomic(join(out, historyPath(old.page.content.id, old.version.version)), body));
    }
  };
  const truncated2 = await readPass(source, { wantClass: (c) => c === 'BodyContent', wantCollection: () => false, maxTextLength: maxBodyLength }, onBody, async () => {
    while (inFlight.size > maxInFlight) await Promise.race(inFlight);
  });
  await Promise.all(inFlight);
  if (truncated2 && !truncated) problems.push(`${where} ${truncated2}; converting what comes before`);
  for (const [page, numbers] of wikiVersions) {
    problems.push(`${describe(page.content)}: version(s) ${numbers.sort((a, b) => a - b).join(', ')} are wiki markup (Confluence before 4.0), not storage; kept as preformatted text`);
  }

  for (const page of plan.pages) {
    if (converted.has(page.content.id)) continue;
    problems.push(`${describe(page.content)}: no body in the export${truncated ? ' (cut off with the file)' : ''}; written empty`);
    await writePage(page, '', 2).catch((error: unknown) => fail(page, error));
  }

  progress('copying attachments');
  await copyAttachments(source, out, plan, writtenIds, manifest, problems, result);

  if (options.history) await writeFileAtomic(join(out, manifestDirName, usersFileName), `${JSON.stringify(userNames.all(), null, 2)}\n`);
  manifest.updatedAt = now;
  await writeManifest(out, manifest);
  return result;
}

/** One pass over entities.xml; returns what is wrong with the document when it is not whole, else null. */
async function readPass(
  source: BackupSource,
  options: ConstructorParameters<typeof HibernateObjectReader>[1],
  onObject: (object: HibernateObject) => void,
  afterChunk?: () => Promise<void>,
): Promise<string | null> {
  const reader = new HibernateObjectReader(onObject, options);
  try {
    await source.readEntities(async (chunk) => {
      reader.write(chunk);
      if (afterChunk) await afterChunk();
    });
  } catch (error) {
    if (error instanceof WikiportError) throw error;
    try {
      reader.end();
    } catch {
      // the read failure is the news
    }
    return `could not be read to its end (${(error as Error).message})`;
  }
  try {
    reader.end();
    return null;
  } catch (error) {
    if (error instanceof EntitiesXmlError) return error.message;
    throw error;
  }
}

/**
 * Paths for every page: the tree from the parent links; blog posts in a `Blog` folder of their
 * space; with several spaces, each space in a folder named by its key.
 */
function planTree(plan: BackupPlan, multiSpace: boolean): Map<string, string> {
  const nodes: PageNode[] = [];
  const virtual = new Set<string>();
  const top = (spaceId: string | null): string | null => (multiSpace && spaceId ? spaceFolderId(spaceId) : null);
  if (multiSpace) {
    for (const s of plan.spaces) {
      nodes.push({ id: spaceFolderId(s.id), title: s.key, parentId: null });
      virtual.add(spaceFolderId(s.id));
    }
  }
  const blogSpaces = new Set(plan.pages.filter((p) => p.content.kind === 'blogpost').map((p) => p.content.spaceId ?? ''));
  for (const spaceId of blogSpaces) {
    nodes.push({ id: blogFolderId(spaceId), title: 'Blog', parentId: top(spaceId || null) });
    virtual.add(blogFolderId(spaceId));
  }
  for (const p of plan.pages) {
    const parentId = p.content.kind === 'blogpost' ? blogFolderId(p.content.spaceId ?? '') : (p.parentId ?? top(p.content.spaceId));
    nodes.push({ id: p.content.id, title: p.content.title, parentId });
  }
  const paths = planPagePaths(nodes);
  for (const id of virtual) paths.delete(id);
  return paths;
}

function remotePageOf(p: PlannedPage): RemotePage {
  return {
    id: p.content.id,
    title: p.content.title,
    spaceKey: p.space?.key ?? null,
    spaceId: p.content.spaceId,
    version: p.content.version,
    parentId: p.parentId,
    ancestorIds: null,
    status: 'current',
    storage: null,
    labels: p.labels,
    webUrl: null,
  };
}

function userNameLookup(index: BackupIndex) {
  const byLogin = new Map<string, string>();
  for (const user of index.users.values()) if (user.name) byLogin.set(user.name.toLowerCase(), user.key);
  const byKey = (key: string | null): string | null => index.userName(key);
  return {
    byKey,
    /** Key -> name of every user, for `report --history` (old versions mention users by key). */
    all: (): Record<string, string> => {
      const names: Record<string, string> = {};
      for (const key of [...index.users.keys()].sort()) {
        const name = byKey(key);
        if (name) names[key] = name;
      }
      return names;
    },
    forConverter: (user: { accountId?: string; userKey?: string; username?: string }): string | null =>
      (user.userKey ? byKey(user.userKey) : null) ?? (user.username ? byKey(byLogin.get(user.username.toLowerCase()) ?? null) : null),
  };
}

async function copyAttachments(
  source: BackupSource,
  out: string,
  plan: BackupPlan,
  writtenIds: ReadonlySet<string>,
  manifest: Manifest,
  problems: string[],
  result: XmlBackupResult,
): Promise<void> {
  const jobs: AttachmentCopy[] = [];
  const owners = new Map<AttachmentCopy, { pageId: string; entry: ManifestAttachment; label: string }>();
  for (const page of plan.pages) {
    if (!writtenIds.has(page.content.id)) continue;
    const folder = attachmentsFolder(page.content.id);
    const taken = new Set<string>();
    for (const a of page.attachments) {
      let name = safeFileName(a.fileName, a.id);
      if (taken.has(name.toLowerCase())) name = `${a.id.replace(/[^0-9A-Za-z_-]/g, '_')}-${name}`;
      taken.add(name.toLowerCase());
      const path = `${folder}/${name}`;
      const job: AttachmentCopy = {
        candidates: [`attachments/${page.content.id}/${a.id}/${a.version}`, `attachments/${page.content.id}/${a.id}`],
        dest: join(out, path),
      };
      jobs.push(job);
      owners.set(job, { pageId: page.content.id, entry: { id: a.id, title: a.fileName, version: a.version, path, sha256: '' }, label: `attachment "${a.fileName}" of ${describe(page.content)}` });
    }
  }
  const missing = new Map((await source.copyAttachments(jobs)).map((m) => [m.job, m.reason]));
  for (const job of jobs) {
    const owner = owners.get(job)!;
    const reason = missing.get(job);
    if (reason) {
      problems.push(`${owner.label}: ${reason}; left out`);
      continue;
    }
    owner.entry.sha256 = await fileSha256(job.dest);
    manifest.pages[owner.pageId]?.attachments.push(owner.entry);
    result.attachments++;
    result.written.push(owner.entry.path);
  }
  for (const page of plan.pages) {
    const entry = manifest.pages[page.content.id];
    if (entry) entry.attachmentsExported = entry.attachments.length === page.attachments.length;
  }
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The first file of this page that the user changed since the previous conversion recorded it, or null. */
const previousFileHashes = new WeakMap<Manifest, Map<string, string>>();
/** Path -> hash of every page file the last run recorded. */
function previousFiles(previous: Manifest): Map<string, string> {
  let files = previousFileHashes.get(previous);
  if (!files) {
    files = new Map();
    for (const page of Object.values(previous.pages)) for (const file of [page.files.md, page.files.json]) if (file) files.set(file.path, file.sha256);
    previousFileHashes.set(previous, files);
  }
  return files;
}

async function editedSinceLastRun(out: string, previous: Manifest | null, id: string, outputs: ReadonlyArray<[string, string]>, writtenPaths: ReadonlySet<string>): Promise<string | null> {
  if (!previous) return null;
  // The files the last run wrote for this page, also where the page was renamed or moved since,
  // and the files it is about to write that the last run wrote for another page (pages that
  // swapped names); not those another page of this run has just written.
  const before = previous.pages[id];
  const recordedFor = (path: string): string | undefined => {
    if (before?.files.md?.path === path) return before.files.md.sha256;
    if (before?.files.json?.path === path) return before.files.json.sha256;
    return previousFiles(previous).get(path);
  };
  const paths = [before?.files.md?.path, before?.files.json?.path, ...outputs.map(([relative]) => relative)];
  for (const path of new Set(paths)) {
    if (!path || writtenPaths.has(path)) continue;
    const recorded = recordedFor(path);
    if (recorded === undefined) continue;
    let current: Buffer;
    try {
      current = await readFile(join(out, path));
    } catch {
      continue;
    }
    if (sha256(current) !== recorded) return path;
  }
  return null;
}

/** The unedited files the last run wrote for this page under a name or folder it no longer has. */
async function removeMovedFiles(out: string, previous: Manifest | null, id: string, outputs: ReadonlyArray<[string, string]>, claimedPaths: ReadonlySet<string>): Promise<void> {
  const before = previous?.pages[id];
  if (!before) return;
  for (const recorded of [before.files.md, before.files.json]) {
    if (!recorded || outputs.some(([relative]) => relative === recorded.path) || claimedPaths.has(recorded.path)) continue;
    try {
      if (sha256(await readFile(join(out, recorded.path))) !== recorded.sha256) continue;
      // Claimed by another page while the file was read: that page's write may be landing now.
      if (claimedPaths.has(recorded.path)) continue;
      await unlink(join(out, recorded.path));
    } catch {
      continue;
    }
    // Its folder too, once empty (rmdir refuses a folder that still holds anything).
    for (let dir = dirname(recorded.path); dir !== '.' && dir !== ''; dir = dirname(dir)) {
      try {
        await rmdir(join(out, dir));
      } catch {
        break;
      }
    }
  }
}

async function ensureOutputFolder(out: string): Promise<void> {
  try {
    await makeFolder(out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WikiportError(code === 'EEXIST' || code === 'ENOTDIR' ? `--out ${out} is a file; name a folder (it is created when missing)` : `Cannot create the output folder ${out} (${code ?? 'error'})`);
  }
}
