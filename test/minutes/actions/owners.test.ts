import { describe, expect, it } from 'vitest';
import { isActionDetail, labelledOwner, ownersAsWritten, severalOwners } from '../../../src/minutes/actions/owners.js';

/** Owners of an action as pages write them (issue 13, set P). Invented names. */
const people: Record<string, string> = { kai: 'Kai Brennan', olu: 'Olu Adeyemi', 'olu adeyemi': 'Olu Adeyemi', priya: 'Priya Nair' };
const resolve = (written: string): string | null => people[written.toLowerCase()] ?? null;

describe('owners of an action', () => {
  it('several people of the meeting become their full names, joined by ", "', () => {
    expect(severalOwners('Kai & Olu', resolve)).toBe('Kai Brennan, Olu Adeyemi');
    expect(severalOwners('Kai/Priya', resolve)).toBe('Kai Brennan, Priya Nair');
    expect(severalOwners('Priya and Olu Adeyemi', resolve)).toBe('Priya Nair, Olu Adeyemi');
  });

  it('a team or a pair that is not two people of the meeting is not several owners', () => {
    expect(severalOwners('R&D', resolve)).toBeNull();
    expect(severalOwners('Sales and Marketing', resolve)).toBeNull();
    expect(severalOwners('Kai', resolve)).toBeNull();
    expect(ownersAsWritten('Sales and Marketing', resolve)).toBe('Sales and Marketing');
  });

  it('reads an owner label anywhere in the line, not the due date after it', () => {
    expect(labelledOwner('Order the badges. Owner: Kai. Due: ASAP', resolve)).toBe('Kai Brennan');
    expect(labelledOwner('Order the badges (Owner: Priya; due by next meeting)', resolve)).toBe('Priya Nair');
    expect(labelledOwner('Order the badges — Verantwortlich: Olu — Termin: 3. Mai', resolve)).toBe('Olu Adeyemi');
    expect(labelledOwner('Order the badges by Friday', resolve)).toBeNull();
  });

  it('tells an action\'s detail line from an action', () => {
    expect(isActionDetail('Owner: Kai')).toBe(true);
    expect(isActionDetail('Due: 27/03/2026')).toBe(true);
    expect(isActionDetail('Kai to order the badges')).toBe(false);
  });
});
