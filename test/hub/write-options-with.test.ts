import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeOptionsWith, type WriteOptions } from '../../src/hub/write-options.js';

const KEYS = ['baseUrl', 'linkTargets', 'attachmentsDir', 'attachmentPaths', 'pageLinkTitles', 'jiraBaseUrl', 'anchorFragments', 'anchorNames', 'userNames', 'footnoteLabels'] as const;

/** Options with any of the keys present, absent or present and undefined. */
const someOptions = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(fc.constant(undefined), fc.string(), fc.boolean())))
  .map((pairs) => Object.fromEntries(pairs) as WriteOptions);

describe('writeOptionsWith', () => {
  it('reads every option as a spread of the options and then the ones set does', () => {
    fc.assert(
      fc.property(someOptions, someOptions, (options, set) => {
        const made = writeOptionsWith(options, set) as Record<string, unknown>;
        const spread = { ...options, ...set } as Record<string, unknown>;
        for (const key of KEYS) expect(made[key]).toBe(spread[key]);
      }),
    );
  });

  it('leaves the options it copies as they were', () => {
    const options: WriteOptions = { baseUrl: 'https://wiki.example.com' };
    const labels = new Set(['note']);
    expect(writeOptionsWith(options, { footnoteLabels: labels }).footnoteLabels).toBe(labels);
    expect(options).toEqual({ baseUrl: 'https://wiki.example.com' });
  });
});
