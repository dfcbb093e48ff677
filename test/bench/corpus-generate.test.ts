import { describe, expect, it } from 'vitest';
import { generateCorpus, generatePage, titleOf } from '../../bench/corpus/generate.js';

describe('benchmark corpus generator', () => {
  const pages = generateCorpus(1000);

  it('is deterministic and computes any page alone', () => {
    expect(generatePage(737)).toEqual(pages[737]);
    expect(generateCorpus(5)).toEqual(pages.slice(0, 5));
    expect(titleOf(412)).toBe(pages[412]?.title);
    expect(generatePage(3, { seed: 7 }).body).not.toBe(pages[3]?.body);
  });

  it('makes a page tree with unique titles and ids', () => {
    expect(new Set(pages.map((p) => p.title)).size).toBe(pages.length);
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
    const index = new Map(pages.map((p) => [p.id, p.index]));
    expect(pages[0]?.parentId).toBeNull();
    for (const page of pages.slice(1)) {
      const parent = index.get(page.parentId ?? '');
      expect(parent, `parent of ${page.id}`).toBeDefined();
      expect(parent).toBeLessThan(page.index);
    }
  });

  it('has the construct mix of a real wiki', () => {
    const all = pages.map((p) => p.body).join('\n');
    const constructs: Record<string, RegExp> = {
      'nested list': /<li>[^]*?<ul>[^]*?<li>/,
      'merged cells': /colspan="2"[^]*rowspan="2"|rowspan="2"[^]*colspan="2"/,
      'bold-td header': /<tr><td class="confluenceTd"><strong>/,
      'code macro with CDATA': /ac:name="code"[^>]*>(<ac:parameter[^>]*>[^<]*<\/ac:parameter>)*<ac:plain-text-body><!\[CDATA\[/,
      panel: /ac:name="(info|note|tip|warning)"/,
      expand: /ac:name="expand"/,
      status: /ac:name="status"/,
      'account-id mention': /<ri:user ri:account-id=/,
      'userkey mention': /<ri:user ri:userkey=/,
      'task list': /<ac:task-list><ac:task><ac:task-id>/,
      'page link': /<ri:page ri:content-title=/,
      'unknown macro': /ac:name="(drawio|gliffy|plantuml|com\.example\.roadmap-planner)"/,
      'dynamic macro': /ac:name="(toc|children|pagetree)"/,
      layout: /<ac:layout-section ac:type=/,
      entity: /&nbsp;|&mdash;/,
      image: /<ac:image/,
    };
    for (const [name, pattern] of Object.entries(constructs)) expect(all, name).toMatch(pattern);
    const kinds = new Set(pages.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['engineering', 'how-to', 'index', 'minutes', 'reference', 'status-report']);
    const minutes = pages.filter((p) => p.kind === 'minutes');
    expect(minutes.length).toBeGreaterThan(150);
    expect(minutes.some((p) => p.body.includes('<h2>Action items</h2><ac:task-list>'))).toBe(true);
  });

  it('has realistic sizes, with a long tail of large tables', () => {
    const sizes = pages.map((p) => Buffer.byteLength(p.body)).sort((a, b) => a - b);
    const median = sizes[500] ?? 0;
    expect(median).toBeGreaterThan(2_000);
    expect(median).toBeLessThan(30_000);
    expect(sizes[sizes.length - 1]).toBeGreaterThan(4 * median);
    expect(pages.some((p) => (p.body.match(/<tr>/g)?.length ?? 0) >= 30)).toBe(true);
  });
});
