import { describe, expect, it } from 'vitest';
import { mdToStorage, roundTrip, storageToMd, squash } from './construct-trip.js';

const vendor = '<ac:structured-macro ac:name="vendor-checklist" ac:schema-version="1" ac:macro-id="ab12"><ac:parameter ac:name="theme">compact</ac:parameter><ac:rich-text-body><p>Check the <strong>backups</strong>.</p></ac:rich-text-body></ac:structured-macro>';

describe('rich-body-macro construct', () => {
  it('shows the body, names the macro, keeps the wrapper invisibly', () => {
    const md = storageToMd(vendor);
    expect(md).toContain('*[vendor-checklist macro kept from Confluence]* <!-- wikiport:block dynamic vendor-checklist <ac:structured-macro ac:name="vendor-checklist" ac:schema-version="1" ac:macro-id="ab12"><ac:parameter ac:name="theme">compact</ac:parameter><ac:rich-text-body> -->');
    expect(md).toContain('Check the **backups**.');
  });

  it('names the title when the macro has one', () => {
    expect(storageToMd('<ac:structured-macro ac:name="ui-tab" ac:schema-version="1"><ac:parameter ac:name="title">Signer [API]</ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>'))
      .toContain('*[ui-tab macro: Signer \\[API\\]]* <!--');
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
