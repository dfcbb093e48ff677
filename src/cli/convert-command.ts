import type { CommandModule } from 'yargs';
import { ExitCode } from '../errors.js';
import { convertFiles, summaryLine, type FromOption } from '../export/convert-files.js';
import type { OutputFormat } from '../convert.js';
import type { GlobalOptions } from './global-options.js';
import { loadRedactionRules } from '../redact/load-redaction-rules.js';
import { convertSpecialInputs } from '../export/html-export/convert-special-inputs.js';
import { sniffFormat } from '../export/convert-files.js';
import { convertXmlInputs, xmlSummaryLine } from '../export/xml-backup/convert-xml-inputs.js';

interface ConvertArgs extends GlobalOptions {
  inputs: string[];
  from: FromOption;
  to: OutputFormat;
  out?: string;
  redact: boolean;
  redactRules?: string;
  jiraBaseUrl?: string;
  space?: string[];
  history: boolean;
  comments: boolean;
  maxBodyMb: number;
  forNewSite: boolean;
}

export const command: CommandModule<GlobalOptions, ConvertArgs> = {
  command: 'convert <inputs..>',
  describe: 'Convert pages offline between storage XHTML, Markdown and JSON',
  builder: (y) =>
    y
      .positional('inputs', { type: 'string', array: true, describe: 'Files to convert' })
      .option('from', { choices: ['auto', 'storage', 'markdown', 'json', 'html-export'] as const, default: 'auto' as const, describe: 'Input format (auto: .json is JSON, a file starting with < is storage, else Markdown)' })
      .option('to', { choices: ['md', 'storage', 'json'] as const, default: 'md' as const, describe: 'Output format' })
      .option('out', { type: 'string', describe: 'Output folder: one file per input, plus a report file; or FILE.ndjson: one JSON page a line' })
      .option('redact', { type: 'boolean', default: false, describe: 'Mask passcodes, passwords, PINs and URL tokens in the output' })
      .option('redact-rules', { type: 'string', describe: 'YAML/JSON file of extra redaction rules (implies --redact)' })
      .option('jira-base-url', { type: 'string', describe: 'Jira site address: Jira issue links point there (default: host-relative /browse/KEY)' })
      .option('space', { type: 'string', array: true, describe: 'XML site backup: convert only these spaces (keys)' })
      .option('history', { type: 'boolean', default: false, describe: 'XML export: also keep every earlier version (storage under .wikiport/history/, a versions list in the JSON)' })
      .option('comments', { type: 'boolean', default: false, describe: 'XML export: also put the page comments at the end of the Markdown (they are always in the JSON)' })
      .option('for-new-site', { type: 'boolean', default: false, describe: 'XML export: Markdown without the old site\'s ids and parents, and no pages in the manifest, so that `push --create` makes every file a new page on another Confluence' })
      .option('max-body-mb', { type: 'number', default: 5, describe: 'XML export: pages with a larger body keep their storage only (conversion costs about 30 times the body in memory)' })
      .example('$0 convert Confluence-space-export.xml.zip --out team/ --history', 'An XML space export or site backup: every page with its versions, comments and attachments')
      .example('$0 convert LDCG-export.zip --out ldcg/', 'An HTML space export: Markdown + JSON per page, in its page tree')
      .example('$0 convert page.storage.xhtml', 'Print the Markdown of one page')
      .example('$0 convert pages/*.xhtml --out md/', 'Convert many pages into md/')
      .example('$0 convert notes.md --to storage', 'Markdown back to storage XHTML') as never,
  handler: async (args) => {
    const redact = args.redact || args.redactRules ? await loadRedactionRules(args.redactRules) : undefined;
    const xml = await convertXmlInputs({
      inputs: args.inputs,
      out: args.out,
      spaces: args.space ?? [],
      history: args.history,
      comments: args.comments,
      maxBodyMb: args.maxBodyMb,
      forNewSite: args.forNewSite,
      redact,
      ...(args.jiraBaseUrl ? { jiraBaseUrl: args.jiraBaseUrl } : {}),
      onLine: args.quiet ? () => undefined : (line) => console.error(line),
      onFailure: (line) => console.error(`wikiport: ${line}`),
    });
    if (xml.handled) {
      if (args.json) process.stdout.write(`${JSON.stringify({ exports: xml.results, failed: xml.failed }, null, 2)}\n`);
      else if (!args.quiet) console.log(xmlSummaryLine(xml.results, args.out ?? '', xml.failed));
      if (xml.failed > 0) process.exitCode = ExitCode.somePagesFailed;
      return;
    }
    const special = await convertSpecialInputs({
      inputs: args.inputs,
      out: args.out,
      redact,
      formatOf: (input, text) => (args.from === 'auto' ? sniffFormat(input, text) : args.from),
      onLine: args.quiet ? () => undefined : (line) => console.error(line),
      onFailure: (line) => console.error(`wikiport: ${line}`),
    });
    if (special.handled) {
      if (args.json) process.stdout.write(`${JSON.stringify({ pages: special.pages, failed: special.failed, written: special.written }, null, 2)}\n`);
      else if (!args.quiet) console.log(`Converted ${special.pages} pages into ${args.out}${special.failed ? `, ${special.failed} failed` : ''}`);
      if (special.failed > 0) process.exitCode = ExitCode.somePagesFailed;
      return;
    }
    const summary = await convertFiles({
      inputs: args.inputs,
      from: args.from,
      to: args.to,
      out: args.out,
      redact,
      ...(args.jiraBaseUrl ? { jiraBaseUrl: args.jiraBaseUrl } : {}),
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
