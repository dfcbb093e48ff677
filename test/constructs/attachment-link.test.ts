import { describe, expect, it } from 'vitest';
import { mdToHub, mdToStorage, roundTrip, storageToHub, storageToMd } from './construct-trip.js';

const link = (inner: string): string => `<p>See <ac:link>${inner}</ac:link>.</p>`;

describe('attachment-link construct', () => {
  it('storage → hub: file name and, for another page, its owner', () => {
    expect(storageToHub(link('<ri:attachment ri:filename="plan.pdf" />'))).toBe('<p>See <a data-attachment="plan.pdf">plan.pdf</a>.</p>');
    expect(storageToHub(link('<ri:attachment ri:filename="org.pdf"><ri:page ri:space-key="HR" ri:content-title="Org chart" /></ri:attachment>')))
      .toBe('<p>See <a data-attachment="org.pdf" data-page-title="Org chart" data-space-key="HR" data-content-type="page">org.pdf</a>.</p>');
  });

  it('links into the attachments folder, encoded, or to the owner page with ?preview=', () => {
    expect(storageToMd(link('<ri:attachment ri:filename="Q3 plan &amp; budget (v2).pptx" /><ac:plain-text-link-body><![CDATA[the plan]]></ac:plain-text-link-body>')))
      .toBe('See [the plan](attachments/Q3%20plan%20%26%20budget%20%28v2%29.pptx).\n');
    expect(storageToMd(link('<ri:attachment ri:filename="plan.pdf" />'), { attachmentsDir: '../_attachments/123' })).toBe('See [plan.pdf](../_attachments/123/plan.pdf).\n');
    expect(storageToMd(link('<ri:attachment ri:filename="org.pdf"><ri:page ri:space-key="HR" ri:content-title="Org chart" /></ri:attachment>')))
      .toBe('See [org.pdf](/display/HR/Org+chart?preview=org.pdf).\n');
  });

  it('Markdown → storage restores ri:attachment, with its owner page', () => {
    expect(mdToStorage('[sheet](attachments/Buddy%20pairs.xlsx)')).toBe('<p><ac:link><ri:attachment ri:filename="Buddy pairs.xlsx" /><ac:plain-text-link-body><![CDATA[sheet]]></ac:plain-text-link-body></ac:link></p>');
    expect(mdToStorage('[org.pdf](/display/HR/Org+chart?preview=org.pdf)')).toBe('<p><ac:link><ri:attachment ri:filename="org.pdf"><ri:page ri:space-key="HR" ri:content-title="Org chart" /></ri:attachment></ac:link></p>');
  });

  it('other relative links are not attachments', () => {
    expect(mdToHub('[notes](attachments-old/notes.txt) [x](other/attachments/y.pdf)')).not.toContain('data-attachment');
  });

  it('round-trips to a fixed point, blog-post owners included', () => {
    for (const inner of ['<ri:attachment ri:filename="a b.pdf" />', '<ri:attachment ri:filename="s.pdf"><ri:blog-post ri:space-key="EDGE" ri:content-title="Lab safety" ri:posting-day="2024/11/04" /></ri:attachment>']) {
      const trip = roundTrip(link(inner));
      expect(trip.mdAgain).toBe(trip.md);
      expect(trip.storage).toBe(link(inner));
    }
  });

  it('messy input: no file name keeps only the text', () => {
    expect(storageToMd(link('<ri:attachment /><ac:plain-text-link-body><![CDATA[lost file]]></ac:plain-text-link-body>'))).toBe('See lost file.\n');
  });
});
