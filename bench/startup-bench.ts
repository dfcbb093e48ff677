import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliEntry, firstErrorLine, runNodeChild } from './child-process.js';
import { median, round } from './stats.js';

export interface StartupSection {
  status: 'ok' | 'unavailable';
  note: string;
  runs: number;
  /** `wikiport --help`, spawn to exit, median. */
  helpMs: number | null;
  /** `wikiport convert page.xml` (one small page to stdout), spawn to exit, median. */
  convertOneMs: number | null;
  /** `node -e 0` in the same way: the part of both that is Node's own start-up. */
  nodeAloneMs: number | null;
}

const ONE_PAGE = '<h2>Runbook</h2><p>Restart the <strong>api</strong> pods&nbsp;first.</p><ul><li>check <code>kubectl get pods</code></li></ul>';

/** Start-up of the CLI as a user sees it, the three commands' runs interleaved. */
export async function runStartupBench(runs: number): Promise<StartupSection> {
  const work = mkdtempSync(join(tmpdir(), 'wikiport-bench-startup-'));
  try {
    const page = join(work, 'page.xml');
    writeFileSync(page, ONE_PAGE);
    const commands = { help: [cliEntry, '--help'], convertOne: [cliEntry, 'convert', page], nodeAlone: ['-e', '0'] } as const;
    const times: Record<keyof typeof commands, number[]> = { help: [], convertOne: [], nodeAlone: [] };
    // One unmeasured round fills the file cache, as a user's second run finds it.
    for (let i = 0; i <= runs; i++) {
      for (const name of Object.keys(commands) as (keyof typeof commands)[]) {
        const run = await runNodeChild([...commands[name]], { timeoutMs: 60_000 });
        if (run.exitCode !== 0) {
          return { status: 'unavailable', note: `${name} failed: ${firstErrorLine(run)}`, runs, helpMs: null, convertOneMs: null, nodeAloneMs: null };
        }
        if (i > 0) times[name].push(run.wallMs);
      }
    }
    return {
      status: 'ok',
      note: `spawn to exit, median of ${runs} interleaved runs after one warm-up round`,
      runs,
      helpMs: round(median(times.help), 1),
      convertOneMs: round(median(times.convertOne), 1),
      nodeAloneMs: round(median(times.nodeAlone), 1),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
