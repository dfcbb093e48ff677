import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/shared-corpus.js';

const bin = join(repoRoot, 'bin', 'wikiport.js');

describe('wikiport --help', () => {
  it('lists the commands, and the connection options on a command that connects', () => {
    const out = execFileSync('node', [bin, '--help'], { encoding: 'utf8' });
    expect(out).toContain('convert');
    expect(execFileSync('node', [bin, 'export', '--help'], { encoding: 'utf8' })).toContain('--base-url');
  });

  it('rejects an unknown command with exit code 2 and no stack trace', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync('node', [bin, 'frobnicate'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const e = error as { status: number; stderr: string };
      status = e.status;
      stderr = e.stderr;
    }
    expect(status).toBe(2);
    expect(stderr).toMatch(/wikiport:/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
