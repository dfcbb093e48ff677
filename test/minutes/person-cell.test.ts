import { describe, expect, it } from 'vitest';
import { collectOrganizations, looksLikePersonName, parsePersonCell, parsePersonText } from '../../src/minutes/person-cell.js';
import { looksLikeOrganization } from '../../src/minutes/organizations.js';

const none = { knownOrganizations: new Set<string>() };
const person = (name: string | null, organization: string | null, present: boolean | null = null) => ({
  name, organization, present, accountId: null, userKey: null,
});

describe('person cells', () => {
  it.each([
    ['Leonardo Garcia, Linaro', person('Leonardo Garcia', 'Linaro')],
    ['Ada Lovelace (Analytical Engines Ltd)', person('Ada Lovelace', 'Analytical Engines Ltd')],
    ['Grace Hopper - US Navy', person('Grace Hopper', 'US Navy')],
    ['Grace Hopper – US Navy', person('Grace Hopper', 'US Navy')],
    ['Randy Linnell', person('Randy Linnell', null)],
    ['Jean-Luc Picard, Starfleet ✗', person('Jean-Luc Picard', 'Starfleet', false)],
    ['Tomasz Wiśniewski ✓', person('Tomasz Wiśniewski', null, true)],
  ])('reads %j', (text, expected) => {
    expect(parsePersonText(text, none)).toEqual(expected);
  });

  it('reads a company alone as a seat with nobody named: known names, org suffixes, acronyms', () => {
    expect(parsePersonText('Red Hat', none)).toEqual(person(null, 'Red Hat'));
    expect(parsePersonText('Acme Widgets GmbH', none)).toEqual(person(null, 'Acme Widgets GmbH'));
    expect(parsePersonText('CERN', none)).toEqual(person(null, 'CERN'));
  });

  it('reads a company alone by context: named as the organization of others on the page', () => {
    const known = collectOrganizations(['Irene Vasquez, Solstice Energy', 'Paul Girard (Solstice Energy)']);
    expect(known.has('solstice energy')).toBe(true);
    expect(parsePersonText('Solstice Energy', { knownOrganizations: known })).toEqual(person(null, 'Solstice Energy'));
  });

  it('reads a lone word as a company where the column pairs names with companies', () => {
    expect(parsePersonText('Nordwind', { knownOrganizations: new Set(), organizationsExpected: true })).toEqual(person(null, 'Nordwind'));
    expect(parsePersonText('Nordwind', none)).toEqual(person('Nordwind', null));
  });

  it('ignores empty cells and placeholders', () => {
    for (const text of ['', ' ', '-', 'TBD', 'n/a', 'N/A', '…']) expect(parsePersonText(text, none)).toBeNull();
  });

  it('does not read sentences or numbers as people', () => {
    expect(parsePersonText('Meeting ID: 938 5333 7073', none)).toBeNull();
    expect(parsePersonText('42', none)).toBeNull();
  });

  it('reads a Cloud mention with the company after it', () => {
    const html = '<a data-mention data-account-id="557058:abc">@Ada Lovelace</a> (Linaro) ✓';
    expect(parsePersonCell(html, none)).toEqual([{ name: 'Ada Lovelace', organization: 'Linaro', present: true, accountId: '557058:abc', userKey: null }]);
  });

  it('reads a Data Center mention by user key; a mention without a name keeps the id only', () => {
    const html = '<a data-mention data-userkey="8a7f0001">@Priya Raman</a>, <a data-mention data-userkey="8a7f0002">@8a7f0002</a>';
    expect(parsePersonCell(html, none)).toEqual([
      { name: 'Priya Raman', organization: null, present: null, accountId: null, userKey: '8a7f0001' },
      { name: null, organization: null, present: null, accountId: null, userKey: '8a7f0002' },
    ]);
  });

  it('reads one person per line of a cell', () => {
    expect(parsePersonCell('<p>Ann Lee, Acme</p><p>Bob Tran<br>Cyd Moss</p>', none).map((p) => p.name)).toEqual(['Ann Lee', 'Bob Tran', 'Cyd Moss']);
  });

  it('knows organization shapes', () => {
    expect(looksLikeOrganization('Lumen Optics Ltd')).toBe(true);
    expect(looksLikeOrganization('Fernhill University')).toBe(true);
    expect(looksLikeOrganization('Grant Likely')).toBe(false);
  });
});

describe('parentheses that are not organizations', () => {
  it.each(['chair', 'Independent', 'note taker', 'joined late'])('"Ann Lee (%s)" has no organization', (word) => {
    expect(parsePersonText(`Ann Lee (${word})`, none)).toEqual(person('Ann Lee', null));
  });

  it('"Ann Lee (remote)" has no organization, and says she was there', () => {
    expect(parsePersonText('Ann Lee (remote)', none)).toEqual({ ...person('Ann Lee', null), present: true });
  });

  it('applies to mentions too', () => {
    expect(parsePersonCell('<a data-mention data-userkey="k">@Tomasz Wiśniewski</a> (remote)', none)[0]!.organization).toBeNull();
  });
});

describe('"Last, First" in a person cell', () => {
  it('reads "Muller, Ana" as Ana Muller when Ana is a first name on the page, or the column holds full names with companies', () => {
    expect(parsePersonText('Muller, Ana', { knownOrganizations: new Set(), firstNames: new Set(['ana']) })).toEqual(person('Ana Muller', null));
    expect(parsePersonText('Muller, Ana ✓', { knownOrganizations: new Set(), fullNamesExpected: true })).toEqual(person('Ana Muller', null, true));
    expect(parsePersonText('Muller, Ana', none)).toEqual(person('Muller', 'Ana'));
  });

  it('keeps a known company, and longer names, as "Name, Company"', () => {
    expect(parsePersonText('Andy, Arm', { knownOrganizations: new Set(), firstNames: new Set(['arm']), fullNamesExpected: true })).toEqual(person('Andy', 'Arm'));
    expect(parsePersonText('Olaf, Nordwind', { knownOrganizations: new Set(['nordwind']), fullNamesExpected: true })).toEqual(person('Olaf', 'Nordwind'));
    expect(parsePersonText('Ana Muller, Helix', { knownOrganizations: new Set(), firstNames: new Set(['helix']) })).toEqual(person('Ana Muller', 'Helix'));
  });

  it('learns first names from full names and mentions, organizations not from "Word, Word"', async () => {
    const { collectFirstNames } = await import('../../src/minutes/person-cell.js');
    expect([...collectFirstNames(['Ana Muller, Helix', '@Chen Wei', 'Greta', 'Muller, Ana'])].sort()).toEqual(['ana', 'chen']);
    expect([...collectOrganizations(['Muller, Ana', 'Greta Lindqvist, Helix'])]).toEqual(['helix']);
  });
});

describe('names in a script written without capitals (Georgian)', () => {
  it('takes a Georgian name as a name although Unicode calls its letters lower case', () => {
    expect(looksLikePersonName('ლევან გელაშვილი')).toBe(true);
  });
  it('still refuses a Latin phrase in lower case (decoy)', () => {
    expect(looksLikePersonName('budget review')).toBe(false);
  });
});

describe('titles in scripts without capitals', () => {
  const context = { knownOrganizations: new Set<string>() };
  it('drops a Persian, Bengali, Nepali or Georgian title before a name of two words', () => {
    expect(parsePersonText('مهندس رضا کاظمی', context)?.name).toBe('رضا کاظمی');
    expect(parsePersonText('শ্রী অমল দত্ত', context)?.name).toBe('অমল দত্ত');
    expect(parsePersonText('श्री हरि प्रसाद', context)?.name).toBe('हरि प्रसाद');
    expect(parsePersonText('ბატონი დავით ხუციშვილი', context)?.name).toBe('დავით ხუციშვილი');
  });
  it('keeps the word when one word alone follows it (decoy: it may be the name)', () => {
    expect(parsePersonText('خانم کاظمی', context)?.name).toBe('خانم کاظمی');
  });
});
