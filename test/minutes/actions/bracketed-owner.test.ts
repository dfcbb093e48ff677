import { describe, expect, it } from 'vitest';
import { actionFromLine } from '../../../src/minutes/action-lines.js';

/** Invented owners and tasks: "[Name] task" lines as a steering group's scribe writes them. */
const people: Record<string, string> = { 'Uma Patel': 'Uma Patel', Uma: 'Uma Patel', 'Jon Berg': 'Jon Berg' };
const context = { resolve: (w: string): string | null => people[w] ?? null, mentions: [], year: 2031, knowsPeople: true };

describe('an owner in brackets opening an action line', () => {
  it('is the attendee named; a tag in brackets is not an owner', () => {
    expect(actionFromLine('[Uma] draft the charter — 12 Mar', context, false)).toMatchObject({ assignee: 'Uma Patel', due: '2031-03-12' });
    expect(actionFromLine('[Jon Berg] book the venue', context, false)?.assignee).toBe('Jon Berg');
    expect(actionFromLine('[High Priority] fix the login page', context, false)?.assignee ?? null).toBeNull();
    expect(actionFromLine('[NEW] ACTION: Uma to draft the charter', context, true)?.assignee).toBe('Uma Patel');
  });
});
