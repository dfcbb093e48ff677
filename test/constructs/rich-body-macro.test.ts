import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { mdToStorage, roundTrip, storageToMd, squash } from './construct-trip.js';

const vendor = '<ac:structured-macro ac:name="vendor-checklist" ac:schema-version="1" ac:macro-id="ab12"><ac:parameter ac:name="theme">compact</ac:parameter><ac:rich-text-body><p>Check the <strong>backups</strong>.</p></ac:rich-text-body></ac:structured-macro>';

describe('rich-body-macro construct', () => {
  it('shows the body and no words of its own, keeping the wrapper invisibly', () => {
    const md = storageToMd(vendor);
    expect(md).toBe('<!-- wikiport:block dynamic vendor-checklist <ac:structured-macro ac:name="vendor-checklist" ac:schema-version="1" ac:macro-id="ab12"><ac:parameter ac:name="theme">compact</ac:parameter><ac:rich-text-body> -->\n\n'
      + 'Check the **backups**.\n\n<!-- wikiport:block dynamic vendor-checklist-end </ac:rich-text-body></ac:structured-macro> -->\n');
  });

  it('shows the title when the macro has one, as the page does (a tab name), and reads it back as the title', () => {
    const tab = '<ac:structured-macro ac:name="ui-tab" ac:schema-version="1"><ac:parameter ac:name="title">Signer [API] &amp; co</ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>';
    const md = storageToMd(tab);
    expect(md).toContain('*Signer \\[API\\] & co* <!--');
    expect(squash(mdToStorage(md))).toBe(tab);
  });

  it('an emphasised line that is not the title stays the author\'s text', () => {
    const tab = '<ac:structured-macro ac:name="ui-tab" ac:schema-version="1"><ac:parameter ac:name="title">One</ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>';
    const edited = storageToMd(tab).replace('*One*', '*Two*');
    expect(squash(mdToStorage(edited))).toContain('<p><em>Two</em></p>');
  });

  it('still reads the labels older versions wrote', () => {
    const old = '*[vendor-checklist macro kept from Confluence]* <!-- wikiport:block dynamic vendor-checklist <ac:structured-macro ac:name="vendor-checklist" ac:schema-version="1" ac:macro-id="ab12"><ac:parameter ac:name="theme">compact</ac:parameter><ac:rich-text-body> -->\n\n'
      + 'Check the **backups**.\n\n<!-- wikiport:block dynamic vendor-checklist-end </ac:rich-text-body></ac:structured-macro> -->\n';
    expect(squash(mdToStorage(old))).toBe(vendor);
    const oldTitled = '*[ui-tab macro: One]* <!-- wikiport:block dynamic ui-tab <ac:structured-macro ac:name="ui-tab"><ac:parameter ac:name="title">One</ac:parameter><ac:rich-text-body> -->\n\nx\n\n<!-- wikiport:block dynamic ui-tab-end </ac:rich-text-body></ac:structured-macro> -->\n';
    expect(squash(mdToStorage(oldTitled))).toBe('<ac:structured-macro ac:name="ui-tab"><ac:parameter ac:name="title">One</ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>');
  });

  it('Markdown → storage restores the wrapper byte for byte around the body', () => {
    expect(squash(mdToStorage(storageToMd(vendor)))).toBe(vendor);
    const edited = storageToMd(vendor).replace('backups', 'restores');
    expect(squash(mdToStorage(edited))).toBe(vendor.replace('backups', 'restores'));
  });

  it('round-trips nested unknown macros to a fixed point', () => {
    const tabs = '<ac:structured-macro ac:name="ui-tabs" ac:schema-version="1"><ac:rich-text-body><ac:structured-macro ac:name="ui-tab" ac:schema-version="1"><ac:parameter ac:name="title">One</ac:parameter><ac:rich-text-body><p>First</p></ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>';
    const trip = roundTrip(tabs);
    expect(trip.mdAgain).toBe(trip.md);
    expect(squash(trip.storage)).toBe(tabs);
  });

  it('an inline or malformed rich-body macro stays wholly opaque', () => {
    const inline = '<p>Text <ac:structured-macro ac:name="hint" ac:schema-version="1"><ac:rich-text-body>tip</ac:rich-text-body></ac:structured-macro> more</p>';
    const md = storageToMd(inline);
    expect(md).toContain('<!-- wikiport:inline hint');
    expect(mdToStorage(md)).toContain('<ac:structured-macro ac:name="hint" ac:schema-version="1"><ac:rich-text-body>tip</ac:rich-text-body></ac:structured-macro>');
  });
});

describe('Page Properties (the details macro)', () => {
  const props = (params = ''): string => `<ac:structured-macro ac:name="details" ac:schema-version="1">${params}<ac:rich-text-body><table><tbody><tr><th>Date</th><td>9 Oct 2031</td></tr></tbody></table></ac:rich-text-body></ac:structured-macro>`;
  const entries = (storage: string): string[] => convert(storage, { from: 'storage', to: 'md' }).report.entries.map((e) => `${e.kind} ${e.construct}: ${e.message}`);

  it('is understood: its body is shown and nothing is reported, while another unknown wrapper still is', () => {
    expect(storageToMd(props())).toContain('9 Oct 2031');
    expect(entries(props())).toEqual([]);
    expect(entries(vendor)).toEqual(['kept-invisible vendor-checklist: not understood by wikiport; its body is shown, the macro around it kept invisibly']);
  });

  it('a hidden one says so: the page hides what the Markdown shows', () => {
    expect(entries(props('<ac:parameter ac:name="hidden">true</ac:parameter>'))).toEqual(['kept-invisible details: Page Properties hidden on the page: its body is shown here, the macro around it kept invisibly']);
  });
});
