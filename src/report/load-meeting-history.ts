import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { convert } from '../convert.js';
import { manifestDirName } from '../manifest/manifest-schema.js';
import { meetingChanges, type MeetingChange, type MeetingVersion } from './meeting-changes.js';
import { ReportMeetingSchema, type ReportPage } from './series-input.js';

/** Where a converted XML export keeps its users (key -> name), for the mentions of old versions. */
export const usersFileName = 'users.json';

/**
 * `report --history`: for each minutes page converted from an XML export with `--history`, the
 * meeting of every kept version (read from its storage under the export's `.wikiport/`) and
 * what each version changed. A version whose storage is gone is one problem line; the others go on.
 */
export async function loadMeetingHistory(
  pages: ReadonlyArray<{ source: string; file: string; page: ReportPage }>,
  problems: string[],
): Promise<MeetingChange[]> {
  const changes: MeetingChange[] = [];
  const users = new Map<string, Map<string, string>>();
  for (const { source, file, page } of pages) {
    if (!page.versions || page.versions.length < 2 || !page.meeting?.date) continue;
    const root = await exportRoot(dirname(file));
    if (!root) {
      problems.push(`${source}: lists versions but no ${manifestDirName}/ folder is above it, so their storage cannot be read; no history for it`);
      continue;
    }
    if (!users.has(root)) users.set(root, await readUsers(root));
    const names = users.get(root)!;
    const userNames = (u: { userKey?: string; accountId?: string }): string | null => names.get(u.userKey ?? u.accountId ?? '') ?? null;
    const versions: MeetingVersion[] = [];
    for (const v of page.versions) {
      let meeting = null;
      if (v.storage) {
        try {
          meeting = meetingOf(await readFile(join(root, v.storage), 'utf8'), page.title ?? null, userNames);
        } catch (error) {
          problems.push(`${source}: version ${v.number}: ${v.storage} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); left out of the history`);
          continue;
        }
      }
      versions.push({ number: v.number, author: v.author, date: v.date, message: v.message, meeting });
    }
    for (const change of meetingChanges(page.title ?? page.id ?? source, versions)) changes.push(change);
  }
  return changes.sort((a, b) => (a.meetingDate ?? '').localeCompare(b.meetingDate ?? '') || a.page.localeCompare(b.page) || a.version - b.version);
}

function meetingOf(storage: string, title: string | null, userNames: (u: { userKey?: string; accountId?: string }) => string | null) {
  const doc = JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title }, userNames }).output) as { meeting: unknown };
  const parsed = ReportMeetingSchema.nullable().safeParse(doc.meeting);
  return parsed.success ? parsed.data : null;
}

async function exportRoot(from: string): Promise<string | null> {
  for (let dir = from, n = 0; n < 64; n++) {
    try {
      if ((await stat(join(dir, manifestDirName))).isDirectory()) return dir;
    } catch {
      // not here: one folder up
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
  return null;
}

async function readUsers(root: string): Promise<Map<string, string>> {
  try {
    const data = JSON.parse(await readFile(join(root, manifestDirName, usersFileName), 'utf8')) as Record<string, unknown>;
    return new Map(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return new Map();
  }
}
