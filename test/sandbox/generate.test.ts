import { describe, expect, it } from 'vitest';
import { generateSpace } from '../../src/sandbox/generate.js';
import { SandboxStore } from '../../src/sandbox/store.js';

describe('generated spaces', () => {
  it('are identical run to run, in a tree of the given fanout, with bodies computed on demand', () => {
    const build = () => {
      const store = new SandboxStore();
      generateSpace(store, { pages: 1000, fanout: 5, historyEvery: 10, attachmentEvery: 100 });
      return store;
    };
    const a = build();
    const b = build();
    const space = a.spaceByKey('GEN');
    expect(space?.homepageId).toBe('50000001');
    const pages = a.listSpace(space?.id ?? '');
    expect(pages).toHaveLength(1000);
    expect(pages.every((p) => p.versions.every((v) => v.body === undefined))).toBe(true);
    const page = a.page('50000100');
    expect(page?.parentId).toBe(String(50000001 + Math.floor(98 / 5)));
    expect(a.bodyOf(page!)).toBe(b.bodyOf(b.page('50000100')!));
    expect(a.bodyOf(page!).length).toBeGreaterThanOrEqual(1500);
    expect(a.page('50000011')?.versions).toHaveLength(2);
    expect(a.page('50000101')?.attachments).toHaveLength(1);
    expect(a.children('50000001').map((p) => p.id)).toEqual(['50000002', '50000003', '50000004', '50000005', '50000006']);
  });

  it('mention users by account id on Cloud and by user key on Data Center', () => {
    const cloud = new SandboxStore();
    generateSpace(cloud, { pages: 3 });
    expect(cloud.bodyOf(cloud.page('50000002')!)).toContain('<ri:user ri:account-id="');
    const dc = new SandboxStore();
    generateSpace(dc, { pages: 3 }, 'dc');
    const body = dc.bodyOf(dc.page('50000002')!);
    expect(body).toMatch(/<ri:user ri:userkey="[0-9a-f]{32}" \/>/);
    expect(body).not.toContain('ri:account-id');
  });

  it('take titles, bodies, parents and labels from a custom source', () => {
    const store = new SandboxStore();
    let calls = 0;
    generateSpace(store, {
      pages: 4,
      spaceKey: 'BENCH',
      source: (i) => {
        calls++;
        return { title: `Page ${i}`, body: `<p>body ${i}</p>`, parentIndex: i === 0 ? null : 0, labels: i === 2 ? ['x'] : [] };
      },
    });
    expect(calls).toBe(4);
    const page = store.page('50000003')!;
    expect(store.current(page).title).toBe('Page 2');
    expect(store.bodyOf(page)).toBe('<p>body 2</p>');
    expect(page.parentId).toBe('50000001');
    expect(page.labels.map((l) => l.name)).toEqual(['x']);
  });

  it('keep a 10,000-page space cheap to build', () => {
    const store = new SandboxStore();
    const started = performance.now();
    generateSpace(store, { pages: 10_000 });
    expect(store.pageCount).toBe(10_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
