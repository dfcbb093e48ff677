import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { seriesDir } from './series-fixture.js';

const work = mkdtempSync(join(tmpdir(), 'wikiport-report-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let out: string[] = [];
let err: string[] = [];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = 0;
});

describe('wikiport report', () => {
  it('prints Markdown by default', async () => {
    expect(await main(['report', seriesDir])).toBe(0);
    expect(out.join('')).toContain('| Ana Müller | Acme | present | present | absent | present | unknown | present |');
  });

  it('writes the SVG with --out and says where; --json prints a summary', async () => {
    const file = join(work, 'attendance.svg');
    expect(await main(['report', seriesDir, '--format', 'svg', '--out', file, '--json'])).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(JSON.parse(out.join(''))).toMatchObject({ meetings: 6, people: 6, openActions: 3, closedActions: 2, decisions: 4, written: [file], problems: 0 });
  });

  it('rejects an unknown format as a usage error', async () => {
    expect(await main(['report', seriesDir, '--format', 'pdf'])).toBe(2);
    expect(err.join('\n')).toMatch(/Invalid values|Choices/);
  });
});
