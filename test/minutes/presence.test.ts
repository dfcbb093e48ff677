import { describe, expect, it } from 'vitest';
import { presenceFromEmoticon, presenceFromMarkedText, presenceFromText, splitTrailingPresence } from '../../src/minutes/presence.js';

describe('presence marks', () => {
  it.each([
    ['✓', true], ['✔', true], ['✔️', true], ['✅', true], ['x', true], ['X', true], ['yes', true], ['Yes', true],
    ['y', true], ['present', true], ['Present', true], ['(present)', true], ['Remote', true], ['In the room', true], ['(/)', true],
    ['✗', false], ['✘', false], ['❌', false], ['no', false], ['N', false], ['absent', false], ['Absent', false], ['apologies', false], ['(x)', false], ['on leave', false],
  ])('reads %s as %s', (text, expected) => {
    expect(presenceFromText(text)).toBe(expected);
  });

  it.each(['', 'maybe', 'Haruto Sato', '12', 'suspended'])('reads %j as no mark', (text) => {
    expect(presenceFromText(text)).toBeNull();
  });

  it('reads marks padded with spaces inside brackets, and no long text as a mark', () => {
    expect(presenceFromText('(      present      )')).toBe(true);
    expect(presenceFromText('[   did not attend   ]')).toBe(false);
    expect(presenceFromText('  ✔️\uFE0F\uFE0F\uFE0F\uFE0F\uFE0F\uFE0F\uFE0F\uFE0F\uFE0F\uFE0F\uFE0F\uFE0F\uFE0F\uFE0F ')).toBe(true);
    expect(presenceFromText('did not attend the kickoff')).toBeNull();
  });

  it('reads tick, cross and error emoticons', () => {
    expect(presenceFromEmoticon('tick')).toBe(true);
    expect(presenceFromEmoticon('cross')).toBe(false);
    expect(presenceFromEmoticon('error')).toBe(false);
    expect(presenceFromEmoticon('smile')).toBeNull();
  });

  it.each([
    ['Alan Turing ✓', 'Alan Turing', true],
    ['Alan Turing ✘', 'Alan Turing', false],
    ['Alan Turing (absent)', 'Alan Turing', false],
    ['Alan Turing - present', 'Alan Turing', true],
    ['Alan Turing: yes', 'Alan Turing', true],
    ['✔ Alan Turing', 'Alan Turing', true],
    ['Alan Turing, Bletchley', 'Alan Turing, Bletchley', null],
    ['Anne Noyes', 'Anne Noyes', null],
    ['Grace Hopper [ Regrets ]  ', 'Grace Hopper', false],
    ['Grace Hopper  ATTENDED)', 'Grace Hopper', true],
    ['Grace Hopper ✔️', 'Grace Hopper', true],
    ['Grace Hopper 🚫', 'Grace Hopper', false],
    ['  Grace Hopper, Navy  ', 'Grace Hopper, Navy', null],
  ])('splits a mark appended to a name: %s', (text, rest, present) => {
    expect(splitTrailingPresence(text)).toEqual({ rest, present });
  });
});

describe('a choice of marks left to fill in', () => {
  it('reads "✅ / ❌", "Yes/No" and "Y or N" as no mark', () => {
    expect(presenceFromMarkedText('✅ / ❌')).toBeNull();
    expect(presenceFromMarkedText('Yes/No')).toBeNull();
    expect(presenceFromMarkedText('Y or N')).toBeNull();
  });
  it('still reads one mark with a remark after a slash (decoy)', () => {
    expect(presenceFromMarkedText('Present / remote')).toBe(true);
    expect(presenceFromMarkedText('Absent / sick')).toBe(false);
  });
});
