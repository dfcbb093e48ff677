/**
 * File and folder names for exported pages: safe on Linux, macOS and Windows, stable from run to
 * run, unique inside their folder even on case-insensitive disks, and never outside the export
 * folder whatever the title says (`../../etc/passwd`, `/abs`, `a\b`, `CON`, emoji, 300 chars).
 */

const maxStemLength = 100;
/**
 * File systems cap a name at 255 bytes (ext4, APFS, NTFS in UTF-16 units), whatever the script:
 * 100 Japanese characters are 300 bytes in UTF-8. A stem, clash suffix included, stays under 200
 * bytes, which leaves room for the extension (`.json`, an attachment's up to 17) and the temporary
 * suffix of an atomic write (`.PID.8HEX.tmp`, at most 21).
 */
const maxStemBytes = 200;
/** An attachment's extension, in bytes, dot excluded. */
const maxExtensionBytes = 16;
const windowsReserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Names the export itself uses at the top of the folder. */
export const reservedRootStems: ReadonlySet<string> = new Set(['attachments']);

/** One page's file stem (no extension, no folder) from its title; `page-ID` when nothing is left. */
export function safeFileStem(title: string, id: string): string {
  let stem = title.normalize('NFC');
  // Path separators and characters Windows forbids become a dash; control characters go.
  stem = stem.replace(/[/\\:*?"<>|]/g, '-').replace(/\p{Cc}|\p{Cf}/gu, '');
  // Emoji and other pictographs are not letters: drop them, keep the words.
  stem = stem.replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{20E3}/gu, ' ');
  stem = stem.replace(/\s+/g, ' ').replace(/-{2,}/g, '-').replace(/( ?- ?)+/g, (m) => (m.includes(' ') ? ' - ' : '-'));
  // No leading dots (hidden files, `..`), no trailing dots or spaces (Windows).
  stem = stem.replace(/^[\s.-]+/, '').replace(/[\s.-]+$/, '');
  stem = truncate(stem, maxStemLength, maxStemBytes).replace(/[\s.-]+$/, '');
  if (stem === '') return `page-${sanitizeId(id)}`;
  const base = stem.split('.')[0] ?? stem;
  // Windows reserves the device name whatever extension follows (`NUL.txt`), so mark the stem before its first dot.
  if (windowsReserved.test(base.trim())) stem = `${base}_${stem.slice(base.length)}`;
  return stem;
}

export interface PageNode {
  id: string;
  title: string;
  parentId: string | null;
}

/**
 * A path (folder/stem, `/`-separated, no extension) for every page: children live in a folder
 * named like their parent's file (`Parent.md`, `Parent/Child.md`); pages whose parent is not
 * exported sit at the top. `pinned` keeps the paths of a previous run when they still fit (same
 * folder, same title), so a name chosen to settle a clash does not move between runs. Siblings whose names clash (ignoring case) get ` (ID)` added.
 */
export function planPagePaths(pages: readonly PageNode[], pinned: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const children = new Map<string, PageNode[]>();
  for (const page of pages) {
    const parent = page.parentId && byId.has(page.parentId) && page.parentId !== page.id ? page.parentId : '';
    const list = children.get(parent) ?? [];
    list.push(page);
    children.set(parent, list);
  }
  const out = new Map<string, string>();
  const visit = (parentKey: string, folder: string, depth: number): void => {
    const siblings = [...(children.get(parentKey) ?? [])].sort(compareIds);
    const taken = new Set<string>(folder === '' ? [...reservedRootStems] : []);
    const claim = (page: PageNode, stem: string): void => {
      taken.add(fileNameKey(stem));
      out.set(page.id, folder === '' ? stem : `${folder}/${stem}`);
    };
    const rest: PageNode[] = [];
    for (const page of siblings) {
      const previous = pinned.get(page.id);
      const stem = previous ? pinnedStem(previous, folder) : null;
      if (stem && !taken.has(fileNameKey(stem)) && stem === safeStemOrKeep(stem) && namesTitle(stem, page)) claim(page, stem);
      else rest.push(page);
    }
    for (const page of rest) {
      const plain = safeFileStem(page.title, page.id);
      let stem = plain;
      if (taken.has(fileNameKey(stem))) stem = clashStem(plain, page.id, 1);
      for (let n = 2; taken.has(fileNameKey(stem)); n++) stem = clashStem(plain, page.id, n);
      claim(page, stem);
    }
    // A cycle in parent ids cannot recurse forever: depth is bounded by the page count.
    if (depth > pages.length) return;
    for (const page of siblings) {
      if (children.has(page.id)) visit(page.id, out.get(page.id) as string, depth + 1);
    }
  };
  visit('', '', 0);
  // Pages caught in a parent cycle (never reached from the top) go to the top, named by id.
  for (const page of pages) if (!out.has(page.id)) out.set(page.id, `${safeFileStem(page.title, page.id)} (${sanitizeId(page.id)})`);
  return out;
}

/** A file name (for attachments): the stem rules applied to the part before the extension. */
export function safeFileName(name: string, fallbackId: string): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? truncate(name.slice(dot + 1).replace(/[^\p{L}\p{N}]/gu, ''), maxExtensionBytes, maxExtensionBytes) : '';
  const stem = safeFileStem(dot > 0 ? name.slice(0, dot) : name, fallbackId);
  return ext ? `${stem}.${ext}` : stem;
}

function pinnedStem(previous: string, folder: string): string | null {
  const slash = previous.lastIndexOf('/');
  const prevFolder = slash < 0 ? '' : previous.slice(0, slash);
  return prevFolder === folder ? previous.slice(slash + 1) : null;
}

/**
 * A clashing page's stem: its own stem, cut to leave room, then ` (ID)` (n = 1) or ` (ID-n)`.
 * The cut depends on the suffix's bytes, so the same page always gets the same name.
 */
function clashStem(plain: string, id: string, n: number): string {
  const suffix = ` (${sanitizeId(id)}${n === 1 ? '' : `-${n}`})`;
  const room = Math.max(0, maxStemBytes - utf8Bytes(suffix));
  return `${truncate(plain, maxStemLength - 24, room).replace(/[\s.-]+$/, '')}${suffix}`;
}

/** The pinned stem still spells the page's title (plain, or with a clash suffix); a renamed page gets a new name. */
function namesTitle(stem: string, page: PageNode): boolean {
  const plain = safeFileStem(page.title, page.id);
  if (fileNameKey(stem) === fileNameKey(plain)) return true;
  const suffix = new RegExp(` \\(${sanitizeId(page.id)}(?:-(\\d+))?\\)$`).exec(stem);
  if (!suffix) return false;
  const n = suffix[1] ? Number(suffix[1]) : 1;
  return fileNameKey(stem) === fileNameKey(clashStem(plain, page.id, n));
}

/** A pinned stem is only reused if it is itself safe (manifests can be edited by hand). */
function safeStemOrKeep(stem: string): string {
  return /^[\s.-]|[\s.]$|[/\\:*?"<>|]|\p{Cc}/u.test(stem) || utf8Bytes(stem) > maxStemBytes ? '' : stem;
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The key under which two file names are one file on some file system: macOS and Windows ignore
 * case, and macOS also the Unicode normal form ("Café" typed on a Mac is NFD, on Linux NFC).
 */
export function fileNameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('en-US');
}

/** Made on first use: building a segmenter loads ICU's break rules (several ms), and most names are short. */
let graphemes: Intl.Segmenter | undefined;

/**
 * At most `maxChars` code points and `maxBytes` UTF-8 bytes of `text`, cut between grapheme
 * clusters: a letter never loses its combining accents, a flag or family emoji is never halved.
 */
function truncate(text: string, maxChars: number, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes && text.length <= maxChars) return text;
  let out = '';
  let chars = 0;
  let bytes = 0;
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    const segmentChars = Array.from(segment).length;
    const segmentBytes = utf8Bytes(segment);
    if (chars + segmentChars > maxChars || bytes + segmentBytes > maxBytes) break;
    out += segment;
    chars += segmentChars;
    bytes += segmentBytes;
  }
  return out;
}

function sanitizeId(id: string): string {
  return id.replace(/[^0-9A-Za-z_-]/g, '_');
}

function compareIds(a: PageNode, b: PageNode): number {
  const na = Number(a.id);
  const nb = Number(b.id);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
