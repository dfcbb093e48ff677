import { describe, expect, it } from 'vitest';
import { decisionOfLine } from '../../src/minutes/decision-lines.js';

/** Invented lines: the shorthand of motions moved, seconded and carried, and a meeting bot's #agreed. */
describe('decisions written in shorthand', () => {
  it.each([
    ['M/S/C (Ida/Rolf) that the hall fee stays at £40.', 'M/S/C (Ida/Rolf) that the hall fee stays at £40.'],
    ['Budget for the fair – MSP to spend up to $500 on tents.', 'Budget for the fair – MSP to spend up to $500 on tents.'],
    ['#agreed the beta ships with two regions', 'the beta ships with two regions'],
  ])('%j is a decision', (line, text) => {
    expect(decisionOfLine(line)).toBe(text);
  });

  it.each(['Noor is finishing her MSc this spring.', 'MSC Cruises booked the venue next door.'.toLowerCase(), '#agreed'])('%j is not', (line) => {
    expect(decisionOfLine(line)).toBeNull();
  });
});
