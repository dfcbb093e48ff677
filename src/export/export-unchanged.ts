import type { ConfluenceClient, RemotePage } from '../confluence/client.js';
import { currentLabels } from './export-labels.js';
import { keptStorage } from './export-kept-storage.js';
import type { ExportPlan } from './export-plan.js';
import { sameLabels } from '../manifest/label-sets.js';
import type { Manifest } from '../manifest/manifest.js';

export interface UnchangedPages {
  /** Nothing to do. */
  skip: RemotePage[];
  /** Written again from the kept storage (body and current labels filled in): labels or --redact changed. */
  kept: Map<string, RemotePage>;
  /** Would be written from the kept storage, but it is missing or altered: fetch their bodies. */
  fetchToo: RemotePage[];
}

/**
 * Sorts the pages the plan does not fetch. Labels change without a new version, so they are
 * checked (see currentLabels; the bulk lookup only with `lookUpLabels`); a page whose labels changed, or whose files were written with
 * other --redact settings, is written again from the storage kept at export, without a request.
 */
export async function sortUnchanged(
  client: Pick<ConfluenceClient, 'labelsOf'>,
  out: string,
  plan: Pick<ExportPlan, 'skip' | 'rerender'>,
  previous: Manifest | null,
  isFatal: (error: unknown) => boolean,
  lookUpLabels: boolean,
): Promise<UnchangedPages> {
  const labels = await currentLabels(client, [...plan.skip, ...plan.rerender], isFatal, lookUpLabels);
  const exported = (page: RemotePage): string[] => previous?.pages[page.id]?.labels ?? [];
  const labelsOf = (page: RemotePage): string[] => labels.get(page.id) ?? exported(page);
  const skip: RemotePage[] = [];
  const rerender = [...plan.rerender];
  for (const page of plan.skip) (sameLabels(labelsOf(page), exported(page)) ? skip : rerender).push(page);
  const kept = new Map<string, RemotePage>();
  const fetchToo: RemotePage[] = [];
  for (const page of rerender) {
    const storage = await keptStorage(out, previous?.pages[page.id]);
    if (storage === null) fetchToo.push(page);
    else kept.set(page.id, { ...page, storage, labels: labelsOf(page) });
  }
  return { skip, kept, fetchToo };
}
