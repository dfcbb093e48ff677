import { describe, expect, it } from 'vitest';
import { withAffiliationLines, withEmphasizedAffiliation } from '../../../src/minutes/attendance/affiliation-lines.js';
import { parsePersonCell, parsePersonText } from '../../../src/minutes/person-cell.js';
import { peopleOnOneLine } from '../../../src/minutes/attendees-from-text.js';

const none = { knownOrganizations: new Set<string>() };
const seat = (organization: string) => ({ name: null, organization });
const named = (name: string, organization: string | null = null) => ({ name, organization });

describe('an organization on its own line of a cell', () => {
  it('belongs to the one person beside it, before or after', () => {
    expect(withAffiliationLines([named('Ana Roe'), seat('Kestrel Labs')])).toEqual([named('Ana Roe', 'Kestrel Labs')]);
    expect(withAffiliationLines([seat('Kestrel Labs'), named('Ana Roe')])).toEqual([named('Ana Roe', 'Kestrel Labs')]);
  });
  it('leaves two people, two seats, or a person with an organization of their own as they are', () => {
    const two = [named('Ana Roe'), named('Bo Li')];
    expect(withAffiliationLines(two)).toBe(two);
    const seats = [seat('Kestrel Labs'), seat('Ostro Oy')];
    expect(withAffiliationLines(seats)).toBe(seats);
    const own = [named('Ana Roe', 'Tern Labs'), seat('Kestrel Labs')];
    expect(withAffiliationLines(own)).toBe(own);
  });
  it('is read so from a table cell with a line break', () => {
    expect(parsePersonCell('<p>Ana Roe<br/>Kestrel Labs</p>', none).map((p) => [p.name, p.organization])).toEqual([['Ana Roe', 'Kestrel Labs']]);
  });
});

describe('an organization set apart by emphasis', () => {
  it('is parted from the name before it', () => {
    expect(withEmphasizedAffiliation('Ana Roe Hexagon Libraries', ['Hexagon Libraries'])).toBe('Ana Roe, Hexagon Libraries');
    expect(parsePersonCell('<p>Ana Roe <em>Hexagon Libraries</em></p>', none).map((p) => [p.name, p.organization])).toEqual([['Ana Roe', 'Hexagon Libraries']]);
  });
  it('is no organization when the emphasis is one word of the name, or the whole line', () => {
    expect(withEmphasizedAffiliation('Ana Roe', ['Roe'])).toBe('Ana Roe');
    expect(withEmphasizedAffiliation('Ana Roe', ['Ana Roe'])).toBe('Ana Roe');
    expect(parsePersonCell('<p>Ana <em>Roe Lindqvist</em></p>', none).map((p) => [p.name, p.organization])).toEqual([['Ana Roe Lindqvist', null]]);
  });
});

describe('other affiliation layouts', () => {
  it('reads "Name/Organization" without spaces', () => {
    expect(parsePersonText('Ana Roe/Kestrel Labs', none)).toMatchObject({ name: 'Ana Roe', organization: 'Kestrel Labs' });
  });
  it('reads a company with its people in brackets as those people', () => {
    expect(peopleOnOneLine('Kestrel Labs (Ana Roe, Bo Lind)', none)?.map((p) => [p.name, p.organization])).toEqual([
      ['Ana Roe', 'Kestrel Labs'],
      ['Bo Lind', 'Kestrel Labs'],
    ]);
  });
  it('does not read a person with someone in brackets as a company', () => {
    expect(peopleOnOneLine('Ana Roe (Bo Lind)', none)).toBeNull();
  });
  it('reads no organization from a count in brackets', () => {
    expect(parsePersonText('Hester Vane (12)', none)).toMatchObject({ name: 'Hester Vane', organization: null });
  });
});

describe('remarks beside an organization in brackets', () => {
  it('reads two brackets side by side as one, and a remark after a dash as no name', () => {
    expect(parsePersonText('Dan Eve (Pellet Works Ltd) (guest)', none)).toMatchObject({ name: 'Dan Eve', organization: 'Pellet Works Ltd', guest: true });
    expect(parsePersonText('Ana Roe (Kestrel Labs) - joined at 10:15', none)).toMatchObject({ name: 'Ana Roe', organization: 'Kestrel Labs' });
  });
  it('drops a country from the bracket, and reads staff as serving without a seat', () => {
    expect(parsePersonText('Dan Eve (Pellet Works, UK)', none)).toMatchObject({ name: 'Dan Eve', organization: 'Pellet Works' });
    expect(parsePersonText('Cy Dee (foundation staff)', none)).toMatchObject({ name: 'Cy Dee', organization: null, guest: true });
  });
  it('keeps a dash after the bracket that is neither a job nor a remark', () => {
    expect(parsePersonText('Ana Roe (Kestrel Labs) - Berlin office', none)?.name).not.toBe('Ana Roe (Kestrel Labs)');
  });
});

describe('a job after the affiliation', () => {
  it('is dropped after a comma or a bracket, whatever the dash', () => {
    expect(parsePersonText('Bo Lind, Ostro Labs – Vice-chair', none)).toMatchObject({ name: 'Bo Lind', organization: 'Ostro Labs' });
    expect(parsePersonText('Ana Roe (Kestrel Labs / Chair)', none)).toMatchObject({ name: 'Ana Roe', organization: 'Kestrel Labs' });
  });
  it('keeps a dash that leads to a place or anything else than a job or a remark', () => {
    expect(parsePersonText('Bo Lind, Ostro Labs – Tromsø', none)?.organization).not.toBe('Ostro Labs');
  });
});

describe('brackets after a name that say who the person is, not where they come from', () => {
  it.each(['she/her', 'he/they', 'they/them', 'UTC+2', 'CET', 'first time'])('"Ana Roe (%s)" has no organization', (inner) => {
    expect(parsePersonText(`Ana Roe (${inner})`, none)).toMatchObject({ name: 'Ana Roe', organization: null });
  });
  it('keeps an organization written after the pronouns', () => {
    expect(parsePersonText('Bo Lind (he/him), Ostro Labs', none)).toMatchObject({ name: 'Bo Lind', organization: 'Ostro Labs' });
  });
  it('keeps two capitals in brackets as an organization (a country code or a company, not a time zone)', () => {
    expect(parsePersonText('Ned Olsen (PT)', none)).toMatchObject({ name: 'Ned Olsen', organization: 'PT' });
  });
});
