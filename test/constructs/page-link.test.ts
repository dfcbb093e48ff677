import { describe, expect, it } from 'vitest';
import { mdToHub, mdToStorage, roundTrip, storageToHub, storageToMd } from './construct-trip.js';

const link = (inner: string, anchor = ''): string => `<p><ac:link${anchor ? ` ac:anchor="${anchor}"` : ''}>${inner}</ac:link></p>`;
const body = (text: string): string => `<ac:plain-text-link-body><![CDATA[${text}]]></ac:plain-text-link-body>`;

describe('page-link construct', () => {
  it('storage → hub: title, space key, type, anchor', () => {
    expect(storageToHub(link(`<ri:page ri:space-key="SRE" ri:content-title="SLOs &amp; budgets" />${body('budgets')}`, 'Error budgets')))
      .toBe('<p><a data-page-title="SLOs &amp; budgets" data-space-key="SRE" data-content-type="page" data-anchor-target="Error budgets">budgets</a></p>');
  });

  it('without an exported file: stable wiki URLs for every kind of target', () => {
    expect(storageToMd(link('<ri:page ri:space-key="DATAF" ri:content-title="Developer setup (macOS)" />'))).toBe('[Developer setup (macOS)](/display/DATAF/Developer+setup+%28macOS%29)\n');
    expect(storageToMd(link('<ri:page ri:content-title="Tessera ADRs" />'))).toBe('[Tessera ADRs](/pages/viewpage.action?title=Tessera+ADRs)\n');
    expect(storageToMd(link('<ri:blog-post ri:space-key="PLAT" ri:content-title="Mesh retired" ri:posting-day="2024/09/03" />'))).toBe('[Mesh retired](/display/PLAT/2024/09/03/Mesh+retired)\n');
    expect(storageToMd(link('<ri:space ri:space-key="CAMPUS" />'))).toBe('[CAMPUS](/display/CAMPUS)\n');
    expect(storageToMd(link(`<ri:content-entity ri:content-id="98304117" />${body('Notes')}`))).toBe('[Notes](/pages/viewpage.action?pageId=98304117)\n');
    expect(storageToMd(link(body('the timeline'), 'timeline'))).toBe('[the timeline](#timeline)\n');
  });

  it('uses the base URL when one is known', () => {
    expect(storageToMd(link('<ri:page ri:space-key="OPS" ri:content-title="Runbook" />'), { baseUrl: 'https://wiki.example.com' })).toBe('[Runbook](https://wiki.example.com/display/OPS/Runbook)\n');
  });

  it('links to the exported file when linkTargets knows it, with the wiki path as title', () => {
    const linkTargets = (t: { title: string; spaceKey: string | null }): string | null => (t.title === 'Runbook' ? '../OPS/runbook.md' : null);
    const md = storageToMd(link(`<ri:page ri:space-key="OPS" ri:content-title="Runbook" />${body('the runbook')}`, 'step 2'), { linkTargets });
    expect(md).toBe('[the runbook](../OPS/runbook.md#step%202 "/display/OPS/Runbook")\n');
    expect(mdToStorage(md)).toBe('<p><ac:link ac:anchor="step 2"><ri:page ri:space-key="OPS" ri:content-title="Runbook" /><ac:plain-text-link-body><![CDATA[the runbook]]></ac:plain-text-link-body></ac:link></p>');
  });

  it('Markdown → storage: no link body when the text is the title, rich body when formatted', () => {
    expect(mdToStorage('[Glossary](/display/PLAT/Glossary)')).toBe('<p><ac:link><ri:page ri:space-key="PLAT" ri:content-title="Glossary" /></ac:link></p>');
    expect(mdToStorage('[**Tiers**](/display/SRE/Service+tiers)')).toBe('<p><ac:link><ri:page ri:space-key="SRE" ri:content-title="Service tiers" /><ac:link-body><strong>Tiers</strong></ac:link-body></ac:link></p>');
  });

  it('links to other sites stay plain links', () => {
    expect(mdToHub('[Kafka](https://cwiki.apache.org/confluence/display/KAFKA/Index)')).toBe('<p><a href="https://cwiki.apache.org/confluence/display/KAFKA/Index">Kafka</a></p>');
  });

  it('round-trips every kind to a fixed point, restoring the same resource', () => {
    const cases = [
      link('<ri:page ri:space-key="SRE" ri:content-title="Runbooks: writing them, keeping them [alive]" />'),
      link(`<ri:blog-post ri:content-title="Postgres 16: lessons" ri:posting-day="2025/01/15" />${body('Postgres')}`),
      link(`<ri:page ri:content-title="2023-12-07 LDCG SC Meeting Agenda/Minutes" />`),
      link(body('benchmarks'), 'benchmarks'),
    ];
    for (const storage of cases) {
      const trip = roundTrip(storage);
      expect(trip.mdAgain).toBe(trip.md);
      expect(trip.storage).toBe(storage.replace(/ ri:posting-day="2025\/01\/15"/, ' ri:posting-day="2025/01/15"'));
    }
  });

  it('messy input: a page link without a title keeps its text', () => {
    expect(storageToMd(link(`<ri:page ri:space-key="OPS" />${body('somewhere')}`))).toBe('somewhere\n');
  });
});

describe('page-link construct, links by page id', () => {
  it('asks linkTargets by id and keeps the id in the link title', () => {
    const linkTargets = (t: { title: string; spaceKey: string | null; id?: string | null }): string | null => (t.id === '98304117' ? 'capacity.md' : null);
    const storage = '<p><ac:link><ri:content-entity ri:content-id="98304117" /><ac:plain-text-link-body><![CDATA[Capacity notes]]></ac:plain-text-link-body></ac:link></p>';
    const md = storageToMd(storage, { linkTargets });
    expect(md).toBe('[Capacity notes](capacity.md "/pages/viewpage.action?pageId=98304117")\n');
    expect(mdToStorage(md)).toBe(storage);
  });
});

describe('page-link construct, ri:url links', () => {
  it('an ac:link to a URL is an ordinary link, its text kept', () => {
    const storage = '<p><ac:link><ri:url ri:value="https://status.example.com/?x=1&amp;y=2" /><ac:plain-text-link-body><![CDATA[status page]]></ac:plain-text-link-body></ac:link></p>';
    expect(storageToMd(storage)).toBe('[status page](https://status.example.com/?x=1&y=2)\n');
    expect(storageToMd('<p><ac:link><ri:url ri:value="javascript:alert(1)" /><ac:plain-text-link-body><![CDATA[bad]]></ac:plain-text-link-body></ac:link></p>')).toBe('bad\n');
    const trip = roundTrip(storage);
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('an in-page link to a heading, or to an anchor macro in a heading, uses the heading slug and reads back to the name', () => {
    const anchorMacro = (name: string): string => `<ac:structured-macro ac:name="anchor" ac:schema-version="1"><ac:parameter ac:name="">${name}</ac:parameter></ac:structured-macro>`;
    const link = (anchor: string, text: string): string => `<ac:link ac:anchor="${anchor}"><ac:plain-text-link-body><![CDATA[${text}]]></ac:plain-text-link-body></ac:link>`;
    const page = `<h2>${anchorMacro('timeline')}Timeline (UTC)</h2><p>x</p><h2>Error budgets &amp; SLOs</h2><h2>Notes</h2><h2>Notes</h2>`
      + `<p>${link('timeline', 'the timeline')}, ${link('Error budgets &amp; SLOs', 'budgets')}, ${link('nowhere', 'gone')}</p>`;
    const md = storageToMd(page);
    expect(md).toContain('[the timeline](#timeline-utc), [budgets](#error-budgets--slos), [gone](#nowhere)');
    const back = mdToStorage(md);
    expect(back).toContain('<ac:link ac:anchor="timeline">');
    expect(back).toContain('<ac:link ac:anchor="Error budgets &amp; SLOs">');
    expect(back).toContain('<ac:link ac:anchor="nowhere">');
    expect(roundTrip(page).mdAgain).toBe(md);
  });
});
