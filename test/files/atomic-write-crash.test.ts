import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * A process killed (SIGKILL) in the middle of its writes never leaves a half file: the unsynced
 * writes of `convert --out` (durable: false) keep the temp-file-and-rename of the synced ones.
 * The writer runs in a child process (through tsx) and is killed at moments spread over its run.
 */

const repoRoot = resolve(import.meta.dirname, '..', '..');
const atomicWrite = pathToFileURL(join(repoRoot, 'src', 'files', 'atomic-write.ts')).href;
const cliMain = pathToFileURL(join(repoRoot, 'src', 'cli', 'main.ts')).href;
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wikiport-write-crash-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

/** File n's content: large enough (1 MB) that the kill often lands inside a write. */
const content = (n: number, version: string): string => `${`${version} file ${n} `.repeat(1_000_000 / 16)}\nEND ${version} ${n}\n`;

/** Runs `script` as an ES module under tsx; kills it with SIGKILL once stdout has printed `killAfter` lines. */
function runAndKill(script: string, killAfter: number): Promise<{ lines: number; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let lines = 0;
  child.stdout.on('data', (d: Buffer) => {
    lines += d.toString().split('\n').length - 1;
    if (lines >= killAfter) child.kill('SIGKILL');
  });
  return new Promise((done) => child.on('exit', (_code, signal) => done({ lines, signal })));
}

describe('a crash mid-write never leaves a half file', () => {
  it('writeFileAtomic without fsync: each target holds the old content or the new, whole', async () => {
    for (const killAfter of [1, 3, 6]) {
      const dir = tempDir();
      const count = 12;
      for (let n = 0; n < count; n += 2) writeFileSync(join(dir, `f${n}.md`), content(n, 'old'));
      const script = `
        import { writeFileAtomic } from ${JSON.stringify(atomicWrite)};
        const content = ${content.toString()};
        const writes = [];
        for (let n = 0; n < ${count}; n++) {
          writes.push(writeFileAtomic(${JSON.stringify(dir)} + '/f' + n + '.md', content(n, 'new'), { durable: false }).then(() => console.log('wrote ' + n)));
          if (writes.length >= 4) await writes.shift();
        }
        await Promise.all(writes);
        console.log('done');`;
      const run = await runAndKill(script, killAfter);
      expect(run.signal === 'SIGKILL' || run.lines >= count).toBe(true);
      for (const name of readdirSync(dir)) {
        if (name.endsWith('.tmp')) continue;
        const n = Number(/^f(\d+)\.md$/.exec(name)?.[1]);
        const text = readFileSync(join(dir, name), 'utf8');
        expect([content(n, 'old'), content(n, 'new')], `${name} after a kill at line ${killAfter}`).toContain(text);
      }
      // Only the written shapes: targets and temporary files beside them.
      for (const name of readdirSync(dir)) expect(name).toMatch(/^f\d+\.md(\.\d+\.[0-9a-f]{8}\.tmp)?$/);
    }
  }, 120_000);

  it('wikiport convert --out killed part-way: every output present is the whole output', async () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    const files: string[] = [];
    for (let n = 0; n < 60; n++) {
      const rows = Array.from({ length: 400 }, (_, r) => `<tr><td>row ${r} of page ${n}</td><td><strong>${r * n}</strong></td></tr>`).join('');
      const file = join(inputs, `page-${n}.xml`);
      writeFileSync(file, `<h2>Page ${n}</h2><table><tbody><tr><th>a</th><th>b</th></tr>${rows}</tbody></table><p>END ${n}</p>`);
      files.push(file);
    }
    const complete = join(dir, 'complete');
    const cli = (out: string): string => `
      import { main } from ${JSON.stringify(cliMain)};
      console.log('started');
      await main(['convert', '--to', 'md', '--out', ${JSON.stringify(out)}, ...${JSON.stringify(files)}]);
      console.log('done');`;
    const whole = await runAndKill(cli(complete), Number.POSITIVE_INFINITY);
    expect(whole.signal).toBeNull();
    const expected = (name: string): string => readFileSync(join(complete, name), 'utf8');
    expect(readdirSync(complete).filter((n) => n.endsWith('.md'))).toHaveLength(60);

    const killed = join(dir, 'killed');
    // Killed as soon as the process has started converting: its writes are in flight.
    await new Promise<void>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', cli(killed)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      const poll = setInterval(() => {
        if (existsSync(killed) && readdirSync(killed).length > 5) child.kill('SIGKILL');
      }, 5);
      child.on('exit', () => {
        clearInterval(poll);
        done();
      });
    });
    for (const name of existsSync(killed) ? readdirSync(killed) : []) {
      if (name.endsWith('.tmp')) continue;
      expect(readFileSync(join(killed, name), 'utf8'), name).toBe(expected(name));
    }
  }, 180_000);
});
