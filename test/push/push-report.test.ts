import { describe, expect, it } from 'vitest';
import { formatPushSummary } from '../../src/push/push-report.js';
import { emptyResult } from '../../src/push/push-types.js';

describe('the push report', () => {
  it('says "1 conflict" and never "conflict: conflict:"', () => {
    const conflict = emptyResult('a.md', {
      pageId: '1',
      status: 'conflict',
      message: 'page 1 "A" was exported at version 1 and is now at version 2 on the wiki; both your edit and the wiki\'s changed paragraph 1. Nothing was written.',
    });
    const one = formatPushSummary({ pages: [conflict], exitCode: 3 }, { diffs: false });
    expect(one).toContain('a.md (page 1): conflict: page 1 "A"');
    expect(one).not.toMatch(/conflict: conflict:/);
    expect(one.split('\n').at(-1)).toBe('wikiport push: 1 conflict');
    const two = formatPushSummary({ pages: [conflict, { ...conflict, file: 'b.md' }], exitCode: 3 }, { diffs: false });
    expect(two.split('\n').at(-1)).toBe('wikiport push: 2 conflicts');
  });
});
