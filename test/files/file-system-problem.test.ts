import { describe, expect, it } from 'vitest';
import { fileSystemProblem } from '../../src/files/file-system-problem.js';

describe('fileSystemProblem', () => {
  it("says which path and why, without the atomic write's temporary suffix", () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/out/A/Page.md.3477.a56cf6f1.tmp'"), { code: 'EACCES', path: '/out/A/Page.md.3477.a56cf6f1.tmp' });
    expect(fileSystemProblem(error)).toBe('cannot write or read /out/A/Page.md: permission denied');
    expect(fileSystemProblem(Object.assign(new Error('x'), { code: 'ENOSPC', path: '/out/x.json' }))).toBe('cannot write or read /out/x.json: no space left on the device');
  });

  it('leaves other errors to their own message', () => {
    expect(fileSystemProblem(new Error('HTTP 500'))).toBeUndefined();
    expect(fileSystemProblem(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeUndefined();
  });
});
