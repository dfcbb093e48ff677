import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withoutRepeatedActions } from '../../src/minutes/action-items.js';
import type { ActionItem } from '../../src/model/meeting.js';

/**
 * An action listed again (a recap at the end, with a due date added or a status said after it) is
 * kept once; the result is the same whatever the order of comparisons. The reference below compares
 * each item with every kept one, as the rule reads.
 */
const key = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const STATUS = / (?:still |not yet |not )?(?:open|done|carried over)$/;
const DUE = /^(?:by|due) .*\d/;
function same(a: string, b: string): boolean {
  if (a === b) return true;
  if ((STATUS.test(a) || STATUS.test(b)) && a.replace(STATUS, '') === b.replace(STATUS, '') && a.replace(STATUS, '').split(' ').length >= 3) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(`${short} `) && DUE.test(long.slice(short.length + 1));
}
function reference(items: readonly ActionItem[]): ActionItem[] {
  const kept: ActionItem[] = [];
  for (const item of items) {
    const first = kept.find((k) => same(key(k.text), key(item.text)) && (k.assignee === null || item.assignee === null || k.assignee === item.assignee));
    if (first === undefined) kept.push(item);
    else {
      first.assignee ??= item.assignee;
      first.due ??= item.due;
      first.done ||= item.done;
    }
  }
  return kept;
}

describe('withoutRepeatedActions', () => {
  it('keeps each action once, as comparing every pair would', () => {
    const text = fc
      .tuple(fc.constantFrom('send the figures', 'book the hall now', 'fix it', 'send the figures to Ann'), fc.constantFrom('', ' by 3 May', ' due 2024-05-03', ' - still open', ' (done)', ' carried over', '.'))
      .map(([task, tail]) => task + tail);
    const item = fc.record({ text, assignee: fc.constantFrom(null, 'Ann Webb', 'Bo Hart'), due: fc.constantFrom(null, '2024-05-03'), done: fc.boolean() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        expect(withoutRepeatedActions(items.map((i) => ({ ...i })))).toEqual(reference(items.map((i) => ({ ...i }))));
      }),
      { numRuns: process.env.WIKIPORT_DEEP ? 2000 : 200 },
    );
  });
});
