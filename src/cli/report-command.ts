import { statSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { WikiportError } from '../errors.js';
import type { GlobalOptions } from './global-options.js';
import type { ReportFormat } from '../report/render-report.js';

interface ReportArgs extends GlobalOptions {
  dir: string;
  format: ReportFormat;
  out?: string;
  series?: string;
  history: boolean;
}

export const command: CommandModule<GlobalOptions, ReportArgs> = {
  command: 'report <dir>',
  describe: 'Attendance, action items and decisions across a meeting series (exported page JSON/NDJSON)',
  builder: (y) =>
    y
      .positional('dir', { type: 'string', demandOption: true, describe: 'Folder of page JSON / NDJSON files (or one .ndjson file)' })
      .option('format', { choices: ['md', 'csv', 'json', 'svg'] as const, default: 'md' as const, describe: 'md tables, csv (one file per table), json, or an svg attendance heatmap' })
      .option('series', { type: 'string', describe: 'Only meetings whose title contains this text, or whose parent page has this id' })
      .option('history', { type: 'boolean', default: false, describe: 'Also what each later version of a meeting page changed (attendance corrected, actions closed): pages converted from an XML export with --history' })
      .option('out', { type: 'string', describe: 'Write to this file (csv: FILE.csv for the matrix, the other tables beside it; or a folder)' })
      .example('$0 report out/minutes --format svg --out attendance.svg', 'Heatmap of who came to which meeting') as never,
  handler: async (args) => {
    // Loaded here, not at the top: `wikiport --help` and the other commands never pay for it (start-up).
    const { runReport } = await import('../report/run-report.js');
    if (args.out !== undefined && args.format !== 'csv' && statSync(args.out, { throwIfNoEntry: false })?.isDirectory()) {
      throw new WikiportError(`--out ${args.out} is a folder: name the ${args.format} file to write (only --format csv writes into a folder)`);
    }
    const result = await runReport({ input: args.dir, format: args.format, out: args.out, series: args.series, history: args.history });
    for (const problem of result.problems) console.error(`wikiport: ${problem}`);
    if (result.stdout) process.stdout.write(result.stdout);
    if (args.json) (result.stdout ? console.error : console.log)(JSON.stringify({ ...result.summary, written: result.written, problems: result.problems.length }));
    else if (!args.quiet && result.written.length) console.error(`wikiport: report of ${result.summary.meetings} meetings written to ${result.written.join(', ')}`);
    process.exitCode = result.exitCode;
  },
};
