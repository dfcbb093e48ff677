import { describe, expect, it } from 'vitest';
import { cldrMonths } from '../../../src/minutes/anylang/cldr-months.js';
import { firstMonthNameDate, monthNameDates, withoutMonthNameDates } from '../../../src/minutes/anylang/month-name-dates.js';
import { latinDigits } from '../../../src/minutes/anylang/digits.js';
import { findDate, parseWholeDate } from '../../../src/minutes/dates.js';

/** Dates in languages no word list of ours covers, read through CLDR's month names (invented lines). */
const first = (text: string): string | null => firstMonthNameDate(text)?.value ?? null;

describe('month names of every language ICU knows', () => {
  it('holds each month in its stand-alone, in-date and short forms, January as 1', () => {
    const { months } = cldrMonths();
    expect(months.get('mawrth')).toBe(3); // Welsh
    expect(months.get('maart')).toBe(3); // Afrikaans
    expect(months.get('մարտի')).toBe(3); // Armenian, the form inside a date
    expect(months.get('january')).toBe(1);
  });

  it('leaves out a spelling that names two different months in two languages', () => {
    // "listopad" is November in one Slavic language and October in another.
    expect(cldrMonths().months.has('listopad')).toBe(false);
  });

  it('gathers the little words written between the parts of a date', () => {
    expect(cldrMonths().connectors).toEqual(expect.arrayContaining(['de', 'г.']));
  });
});

describe('dates written with a month name in any language', () => {
  it('reads day, month and year with the words a language puts between them', () => {
    expect(first('Cyfarfod 12 Mawrth 2024')).toBe('2024-03-12');
    expect(first('Mbledhja e 12 mars 2024')).toBe('2024-03-12');
    expect(first('Vergadering 12 Maart 2024')).toBe('2024-03-12');
    expect(first('Sastanak 5. juna 2024.')).toBe('2024-06-05');
    expect(first('Xuntanza do 5 de xuño de 2024')).toBe('2024-06-05');
    expect(first('Հանդիպում 12 մարտի 2024 թ.')).toBe('2024-03-12');
    expect(first('बैठक 12 मार्च 2024')).toBe('2024-03-12');
  });

  it('reads a month with a case ending after its name', () => {
    // The name plus up to two letters: the inflected month of a language with cases; a longer word only starts like a month.
    expect(first('Pidettiin 12. Mawrthil 2024')).toBe('2024-03-12');
    expect(first('12 Mawrthiaid 2024')).toBeNull();
  });

  it('reads the year first and the month first', () => {
    expect(first('2024 m. kovo 12 d.')).toBe('2024-03-12');
    expect(first('Mawrth 12, 2024')).toBe('2024-03-12');
  });

  it('reads a Buddhist-era year as its Gregorian year', () => {
    expect(first('12 มีนาคม 2567')).toBe('2024-03-12');
  });

  it('reads day and month with dots and spaces, day first', () => {
    expect(first('Sestanek 4. 6. 2024')).toBe('2024-06-04');
  });

  it('reads nothing where a number and a year stand around words that are no month', () => {
    expect(monthNameDates('Room 12 floor 2024')).toEqual([]);
    expect(monthNameDates('We closed 12 tickets in 2024')).toEqual([]);
    expect(monthNameDates('Version 3 build 2024 released')).toEqual([]);
    expect(first('12 Mawrth 2024 31 Mawrth')).toBe('2024-03-12');
  });

  it('refuses a day that does not exist', () => {
    expect(first('31 Chwefror 2024')).toBeNull();
  });

  it('leaves a text that was nothing but a date empty', () => {
    expect(withoutMonthNameDates('12 Mawrth 2024').trim()).toBe('');
    expect(withoutMonthNameDates('Cyfarfod 12 Mawrth 2024').trim()).toBe('Cyfarfod');
  });
});

describe('digits of other scripts', () => {
  it('become ASCII digits, other text unchanged', () => {
    expect(latinDigits('١٢ مارس ٢٠٢٤')).toBe('12 مارس 2024');
    expect(latinDigits('۱۴۰۳')).toBe('1403');
    expect(latinDigits('१२ मार्च २०२४')).toBe('12 मार्च 2024');
    expect(latinDigits('no digits here')).toBe('no digits here');
  });
});

describe('findDate and parseWholeDate', () => {
  it('read a month name of any language after the forms they knew', () => {
    expect(findDate('Cyfarfod 12 Mawrth 2024')).toBe('2024-03-12');
    expect(findDate('١٢ مارس ٢٠٢٤')).toBe('2024-03-12');
    expect(findDate('Agenda for 9 March 2025')).toBe('2025-03-09');
    expect(parseWholeDate('12 Mawrth 2024')).toBe('2024-03-12');
    expect(parseWholeDate('Cyfarfod 12 Mawrth 2024')).toBeNull();
  });
});
