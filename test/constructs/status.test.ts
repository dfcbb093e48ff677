import { describe, expect, it } from 'vitest';
import { mdToHub, mdToStorage, reportOf, roundTrip, storageToHub, storageToMd } from './construct-trip.js';

const macro = (params: string): string => `<p>State: <ac:structured-macro ac:name="status" ac:schema-version="1" ac:macro-id="9f1e">${params}</ac:structured-macro> today</p>`;
const param = (name: string, value: string): string => `<ac:parameter ac:name="${name}">${value}</ac:parameter>`;

describe('status construct', () => {
  it('storage → hub keeps colour, title and the subtle style', () => {
    const hub = storageToHub(macro(param('colour', 'Green') + param('title', 'DONE') + param('subtle', 'true')));
    expect(hub).toContain('<span data-status="Green" data-subtle="true">DONE</span>');
  });

  it('is a badge in Markdown: colour circle, bold solid, italic subtle', () => {
    expect(storageToMd(macro(param('colour', 'Red') + param('title', 'BLOCKED')))).toBe('State: **[🔴 BLOCKED]** today\n');
    expect(storageToMd(macro(param('colour', 'Blue') + param('title', 'In review') + param('subtle', 'true')))).toBe('State: *[🔵 In review]* today\n');
  });

  it('defaults: no colour is Grey, no title shows the colour name, lower-case colours are recognised', () => {
    expect(storageToMd(macro(''))).toBe('State: **[⚪ Grey]** today\n');
    expect(storageToMd(macro(param('colour', 'purple') + param('title', 'x')))).toBe('State: **[🟣 x]** today\n');
  });

  it('escapes Markdown in the title and reads it back unchanged', () => {
    const md = storageToMd(macro(param('colour', 'Yellow') + param('title', 'Needs [triage] *now*')));
    expect(md).toBe('State: **[🟡 Needs \\[triage\\] \\*now\\*]** today\n');
    expect(mdToHub(md)).toContain('<span data-status="Yellow">Needs [triage] *now*</span>');
  });

  it('Markdown → storage restores the macro with its parameters', () => {
    const storage = mdToStorage('Ship: *[🟢 On track]*');
    expect(storage).toBe('<p>Ship: <ac:structured-macro ac:name="status" ac:schema-version="1"><ac:parameter ac:name="colour">Green</ac:parameter><ac:parameter ac:name="title">On track</ac:parameter><ac:parameter ac:name="subtle">true</ac:parameter></ac:structured-macro></p>');
  });

  it('plain bold text in brackets without a colour circle is not a status', () => {
    expect(mdToHub('**[DONE]**')).toBe('<p><strong>[DONE]</strong></p>');
  });

  it('round-trips to a fixed point', () => {
    const trip = roundTrip(macro(param('colour', 'Grey') + param('title', 'TODO')));
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('reports an unknown colour', () => {
    const report = reportOf(macro(param('colour', 'Magenta') + param('title', 'odd')));
    expect(report.entries.some((e) => e.construct === 'status' && e.message.includes('Magenta'))).toBe(true);
  });
});

describe('status construct, neighbours', () => {
  it('inside bold text the bold closes before the badge and reopens after it, as a fixed point', () => {
    const lozenge = (colour: string, title: string): string => `<ac:structured-macro ac:name="status" ac:schema-version="1">${param('colour', colour)}${param('title', title)}</ac:structured-macro>`;
    const storage = `<p><strong>State: ${lozenge('Green', 'OK')}</strong></p><p><strong>Build ${lozenge('Red', 'failed')} on main</strong> since Monday</p><p><em>Was ${lozenge('Yellow', 'at risk')}</em></p>`;
    const md = storageToMd(storage);
    expect(md).toBe('**State:** **[🟢 OK]**\n\n**Build** **[🔴 failed]** **on main** since Monday\n\n*Was* **[🟡 at risk]**\n');
    const trip = roundTrip(storage);
    expect(trip.mdAgain).toBe(md);
    expect(trip.storage).toContain('<ac:parameter ac:name="title">failed</ac:parameter>');
  });

  it('a badge inside a link inside bold is left where it is', () => {
    const storage = `<p><strong><a href="https://ci.example.com/job/42">job ${'<ac:structured-macro ac:name="status" ac:schema-version="1"><ac:parameter ac:name="colour">Blue</ac:parameter><ac:parameter ac:name="title">queued</ac:parameter></ac:structured-macro>'}</a></strong></p>`;
    const trip = roundTrip(storage);
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('two lozenges side by side stay two badges', () => {
    const two = '<p><ac:structured-macro ac:name="status" ac:schema-version="1"><ac:parameter ac:name="colour">Green</ac:parameter><ac:parameter ac:name="title">A</ac:parameter></ac:structured-macro><ac:structured-macro ac:name="status" ac:schema-version="1"><ac:parameter ac:name="colour">Red</ac:parameter><ac:parameter ac:name="title">B</ac:parameter></ac:structured-macro></p>';
    const trip = roundTrip(two);
    expect(trip.md).toBe('**[🟢 A]** **[🔴 B]**\n');
    expect(mdToHub(trip.md)).toBe('<p><span data-status="Green">A</span> <span data-status="Red">B</span></p>');
    expect(trip.mdAgain).toBe(trip.md);
  });
});
