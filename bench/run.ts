import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './child-process.js';
import { runBench } from './harness.js';
import { updateReadmeTable } from './readme-table.js';
import { formatTable } from './results-table.js';

/**
 * `npm run bench [-- --quick] [--out FILE] [--no-build] [--skip-export] [--skip-cli] [--markdown] [--update-readme]`:
 * runs the benchmark, prints one table (`--markdown`: as GFM, for the README), writes
 * bench/results.json (atomically); `--update-readme` puts the table in docs/benchmarks.md.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: join(repoRoot, 'bench', 'results.json') },
      'no-build': { type: 'boolean', default: false },
      'skip-cli': { type: 'boolean', default: false },
      'skip-export': { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      'update-readme': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench -- [--quick] [--out FILE] [--no-build] [--skip-cli] [--skip-export] [--markdown] [--update-readme]');
    return;
  }
  const results = await runBench({
    mode: values.quick ? 'quick' : 'full',
    build: !values['no-build'],
    skipCli: values['skip-cli'],
    skipExport: values['skip-export'],
    previousResults: values.out,
    log: (line) => console.error(`[bench] ${line}`),
  });
  console.log(values.markdown ? formatTable(results.rows, true) : results.table);
  const notes = [
    `conversion: ${results.conversion.note}`,
    `pandoc: ${results.conversion.pandoc.note}`,
    `convert process: ${results.cli.note}`,
    `real pages: ${results.real.note}${results.real.conversion ? `; pandoc: ${results.real.conversion.pandoc.note}` : ''}`,
    `start-up: ${results.startup.note}`,
    `export: ${results.export.note}`,
  ];
  console.log(`\n${notes.join('\n')}`);
  const m = results.machine;
  console.log(`\nmachine: ${m.cpus} CPUs, ${m.cpuModel}, Node ${m.node}, ${m.platform}; ${(results.durationMs / 1000).toFixed(0)} s`);
  const tmp = `${values.out}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(tmp, values.out);
  console.log(`results: ${values.out}`);
  if (values['update-readme']) {
    updateReadmeTable(join(repoRoot, 'docs', 'benchmarks.md'), formatTable(results.rows, true));
    console.log('docs/benchmarks.md: Benchmarks table updated');
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
