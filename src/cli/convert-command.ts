import type { CommandModule } from 'yargs';
import { ExitCode } from '../errors.js';
import { convertFiles, summaryLine, type FromOption } from '../sync/convert-files.js';
import type { OutputFormat } from '../convert.js';
import type { GlobalOptions } from './global-options.js';

interface ConvertArgs extends GlobalOptions {
  inputs: string[];
  from: FromOption;
  to: OutputFormat;
  out?: string;
}

export const command: CommandModule<GlobalOptions, ConvertArgs> = {
  command: 'convert <inputs..>',
  describe: 'Convert pages offline between storage XHTML, Markdown and JSON',
  builder: (y) =>
    y
      .positional('inputs', { type: 'string', array: true, describe: 'Files to convert' })
      .option('from', { choices: ['auto', 'storage', 'markdown', 'json'] as const, default: 'auto' as const, describe: 'Input format (auto: .json is JSON, a file starting with < is storage, else Markdown)' })
      .option('to', { choices: ['md', 'storage', 'json'] as const, default: 'md' as const, describe: 'Output format' })
      .option('out', { type: 'string', describe: 'Output folder: one file per input, plus a report file' })
      .example('$0 convert page.storage.xhtml', 'Print the Markdown of one page')
      .example('$0 convert pages/*.xhtml --out md/', 'Convert many pages into md/')
      .example('$0 convert notes.md --to storage', 'Markdown back to storage XHTML') as never,
  handler: async (args) => {
    const summary = await convertFiles({
      inputs: args.inputs,
      from: args.from,
      to: args.to,
      out: args.out,
      onReportLine: args.quiet ? undefined : (line) => console.error(line),
      onFailure: (line) => console.error(`wikiport: ${line}`),
    });
    if (args.out !== undefined) {
      if (args.json) {
        process.stdout.write(`${JSON.stringify({
          converted: summary.converted.map((f) => ({ input: f.input, output: f.output, format: f.format, report: f.reportLines.length })),
          failed: summary.failed,
          reportFile: summary.reportFile,
        }, null, 2)}\n`);
      } else if (!args.quiet) {
        console.log(summaryLine(summary, args.out, args.to));
      }
    }
    if (summary.failed.length > 0) process.exitCode = ExitCode.somePagesFailed;
  },
};
