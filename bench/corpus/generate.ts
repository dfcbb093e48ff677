import { Random } from './random.js';
import type { PageKind } from './page-kinds.js';
import { PAGE_KIND_WEIGHTS, pageBody } from './page-kinds.js';
import type { BlockContext } from './storage-blocks.js';
import { words } from './storage-blocks.js';
import { NAMES, TOPICS } from './vocabulary.js';

/** One generated Confluence page: what the REST API would return about it, body in storage format. */
export interface GeneratedPage {
  /** Position in the corpus, 0-based. */
  index: number;
  id: string;
  title: string;
  spaceKey: string;
  parentId: string | null;
  version: number;
  labels: string[];
  createdAt: string;
  kind: PageKind;
  /** Storage XHTML, as `body.storage.value`. */
  body: string;
}

export interface CorpusOptions {
  seed?: number;
  spaceKey?: string;
  /** Id of the first page; page n has id firstId + n. */
  firstId?: number;
}

export const DEFAULT_SEED = 20240125;
const DEFAULT_FIRST_ID = 100001;
/** Every SECTION_EVERY-th page (below SECTION_LIMIT) is a section index page; page 0 is the home page. */
const SECTION_EVERY = 97;
const SECTION_LIMIT = 2000;
/** Every SERIES_EVERY-th page (offset 1) heads a meeting series that later minutes pages sit under. */
const SERIES_EVERY = 13;
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(2012, 0, 2);

function pageRandom(seed: number, index: number, stream: number): Random {
  return new Random((seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(stream, 0x85ebca6b)) >>> 0);
}

function isSection(index: number): boolean {
  return index === 0 || (index < SECTION_LIMIT && index % SECTION_EVERY === 0);
}

function isSeriesHead(index: number): boolean {
  return !isSection(index) && index % SERIES_EVERY === 1;
}

function kindOf(seed: number, index: number): PageKind {
  if (isSection(index)) return 'index';
  if (isSeriesHead(index)) return 'minutes';
  return pageRandom(seed, index, 1).weighted(PAGE_KIND_WEIGHTS);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The title of page `index`, computable alone (page links name random other pages). Unique in the
 * space, as Confluence requires: minutes carry their own meeting date (one per page index), other
 * pages a number the way long-lived wikis number their drafts and reviews.
 */
export function titleOf(index: number, options: CorpusOptions = {}): string {
  const seed = options.seed ?? DEFAULT_SEED;
  const spaceKey = options.spaceKey ?? 'BENCH';
  if (index === 0) return `${spaceKey} Home`;
  const rng = pageRandom(seed, index, 2);
  const topic = rng.pick(TOPICS);
  if (isSection(index)) return `${topic} (section ${index / SECTION_EVERY})`;
  if (isSeriesHead(index)) return `${topic} meetings ${Math.ceil(index / SERIES_EVERY)}`;
  const kind = kindOf(seed, index);
  if (kind === 'minutes') return `${isoDay(EPOCH_MS + index * DAY_MS)} ${topic} Meeting notes`;
  const text = words(rng, 2, 5);
  return `${topic}: ${text.charAt(0).toUpperCase()}${text.slice(1)} (${kind} ${index})`;
}

function parentOf(index: number, seed: number, kind: PageKind): number | null {
  if (index === 0) return null;
  const rng = pageRandom(seed, index, 3);
  const lastSection = Math.min(index - 1, SECTION_LIMIT - 1);
  const section = rng.int(0, Math.floor(lastSection / SECTION_EVERY)) * SECTION_EVERY;
  if (isSection(index)) return 0;
  if (kind === 'minutes' && !isSeriesHead(index) && index > SERIES_EVERY) {
    const series = rng.int(0, Math.floor((index - 2) / SERIES_EVERY)) * SERIES_EVERY + 1;
    if (isSeriesHead(series)) return series;
  }
  return section;
}

/**
 * Page `index` of the benchmark corpus, computed alone: a storage page with the construct mix of a
 * real wiki (see page-kinds.ts), in a page tree (sections under the home page, minutes under their
 * meeting series, everything else under a section). Deterministic: the same index and options give
 * byte-identical pages on every machine, whatever the corpus size. A server can therefore make
 * bodies on demand instead of holding 10,000 of them.
 */
export function generatePage(index: number, options: CorpusOptions = {}): GeneratedPage {
  const seed = options.seed ?? DEFAULT_SEED;
  const spaceKey = options.spaceKey ?? 'BENCH';
  const firstId = options.firstId ?? DEFAULT_FIRST_ID;
  const kind = kindOf(seed, index);
  const rng = pageRandom(seed, index, 4);
  const people = new Random(seed);
  const accountIds = NAMES.map(() => `5b${people.hex(22)}`);
  const userKeys = NAMES.map(() => people.hex(32));
  const ctx: BlockContext = {
    rng,
    spaceKey,
    accountIds,
    userKeys,
    otherPageTitle: () => titleOf(index === 0 ? 0 : rng.int(0, index - 1), options),
  };
  const body = pageBody(kind, ctx);
  const parent = parentOf(index, seed, kind);
  const meta = pageRandom(seed, index, 5);
  return {
    index,
    id: String(firstId + index),
    title: titleOf(index, options),
    spaceKey,
    parentId: parent === null ? null : String(firstId + parent),
    version: meta.int(1, 40),
    labels: kind === 'minutes' ? ['meeting-notes'] : meta.chance(0.3) ? [meta.pick(['how-to', 'architecture', 'archived', 'team'])] : [],
    createdAt: new Date(EPOCH_MS + index * DAY_MS + meta.int(0, DAY_MS - 1)).toISOString(),
    kind,
    body,
  };
}

/** Pages 0..count-1, lazily. */
export function* generatePages(count: number, options: CorpusOptions = {}): Generator<GeneratedPage> {
  for (let index = 0; index < count; index++) yield generatePage(index, options);
}

export function generateCorpus(count: number, options: CorpusOptions = {}): GeneratedPage[] {
  return [...generatePages(count, options)];
}
