import { Random } from './random.js';
import type { PageKind } from './page-kinds.js';
import { PAGE_KIND_WEIGHTS, pageBody } from './page-kinds.js';
import type { BlockContext } from './storage-blocks.js';
import { isoDate, words } from './storage-blocks.js';
import { NAMES, TOPICS } from './vocabulary.js';

/** One generated Confluence page: what the REST API would return about it, body in storage format. */
export interface GeneratedPage {
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
  pages: number;
  seed?: number;
  spaceKey?: string;
  /** Id of the first page; the others follow in order. */
  firstId?: number;
}

export const DEFAULT_SEED = 20240125;

/**
 * The benchmark corpus: `pages` storage pages with the construct mix of a real wiki, in a page tree
 * (a few top-level sections, minutes under their meeting series, everything else under sections).
 * Deterministic: the same options give byte-identical pages. Pages are produced lazily, so a
 * 10,000-page space need not be held twice.
 */
export function* generatePages(options: CorpusOptions): Generator<GeneratedPage> {
  const seed = options.seed ?? DEFAULT_SEED;
  const spaceKey = options.spaceKey ?? 'BENCH';
  const firstId = options.firstId ?? 100001;
  const rng = new Random(seed);
  const accountIds = NAMES.map(() => `5b${rng.hex(22)}`);
  const titles: string[] = [];
  const sections: string[] = [];
  const minutesSeries: string[] = [];
  const seenTitles = new Set<string>();

  for (let n = 0; n < options.pages; n++) {
    const id = String(firstId + n);
    // Each page draws from its own stream, so page n is the same whatever the corpus size.
    const pageRng = new Random((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0);
    let kind: PageKind = pageRng.weighted(PAGE_KIND_WEIGHTS);
    let parentId: string | null;
    let title: string;
    if (n === 0 || (n < 2000 && n % 97 === 0)) {
      kind = 'index';
      parentId = sections.length > 0 ? (sections[0] ?? null) : null;
      title = n === 0 ? `${spaceKey} Home` : `${pageRng.pick(TOPICS)} ${sections.length}`;
      sections.push(id);
    } else if (kind === 'minutes' && minutesSeries.length > 0 && pageRng.chance(0.9)) {
      parentId = pageRng.pick(minutesSeries);
      title = `${isoDate(pageRng)} ${pageRng.pick(TOPICS)} Meeting notes`;
    } else {
      parentId = pageRng.pick(sections);
      title = kind === 'minutes' ? `${pageRng.pick(TOPICS)} meetings` : `${pageRng.pick(TOPICS)}: ${words(pageRng, 2, 5)}`;
      if (kind === 'minutes') minutesSeries.push(id);
    }
    // Confluence titles are unique in a space; real ones collide, then get a suffix by hand.
    let unique = title;
    for (let k = 2; seenTitles.has(unique); k++) unique = `${title} (${k})`;
    seenTitles.add(unique);
    const ctx: BlockContext = { rng: pageRng, spaceKey, pageTitles: titles.slice(-200), accountIds };
    const body = pageBody(kind, ctx);
    titles.push(unique);
    yield {
      id,
      title: unique,
      spaceKey,
      parentId,
      version: pageRng.int(1, 40),
      labels: pageRng.chance(0.4) ? [pageRng.pick(['meeting-notes', 'how-to', 'architecture', 'archived', 'team'])] : [],
      createdAt: `${isoDate(pageRng)}T${String(pageRng.int(0, 23)).padStart(2, '0')}:${String(pageRng.int(0, 59)).padStart(2, '0')}:00.000Z`,
      kind,
      body,
    };
  }
}

export function generateCorpus(options: CorpusOptions): GeneratedPage[] {
  return [...generatePages(options)];
}
