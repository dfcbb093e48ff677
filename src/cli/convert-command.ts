import type { CommandModule } from 'yargs';
import { join } from 'node:path';
import { ExitCode, WikiportError } from '../errors.js';
import type { FromOption } from '../export/convert-files.js';
import type { OutputFormat } from '../convert.js';
import type { GlobalOptions } from './global-options.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { convertTarget } from './convert-target.js';
import { readStdin } from './read-stdin.js';
import { stdioArgument } from './stdio-argument.js';
import { folderOrZip } from '../export/xml-backup/backup-input.js';

interface ConvertArgs extends GlobalOptions {
  inputs: string[];
  from: FromOption;
  to?: OutputFormat;
  out?: string;
  redact: boolean;
  redactRules?: string;
  jiraBaseUrl?: string;
  space?: string[];
  history: boolean;
  comments: boolean;
  maxBodyMb: number;
  forNewSite: boolean;
  threads?: number;
}

/** The `--json` summary of every kind of convert run: page files, HTML space exports, NDJSON. */
interface ConvertJsonSummary {
  /** Pages converted. */
  pages: number;
  failed: { input: string; reason: string }[];
  /** Files written; empty when the page went to standard output. */
  written: string[];
  /** Conversion report entries (kept-invisible macros, dropped markup...), also printed on stderr. */
  reportEntries: number;
  reportFile: string | null;
}

export const command: CommandModule<GlobalOptions, ConvertArgs> = {
  command: 'convert <inputs..>',
  describe: 'Convert pages offline between storage XHTML, Markdown and JSON',
  builder: (y) =>
    y
      .positional('inputs', { type: 'string', array: true, describe: 'Files to convert; - reads one page from standard input' })
      .option('from', { choices: ['auto', 'storage', 'markdown', 'json', 'html-export'] as const, default: 'auto' as const, describe: 'Input format (auto: .json is JSON, .md Markdown, an HTML export page html-export, else a text starting with < is storage, { JSON, anything else Markdown)' })
      .option('to', { choices: ['md', 'storage', 'json'] as const, describe: 'Output format (default: from the --out FILE name, else md; an HTML space export: md and json unless one is named)' })
      .option('out', { type: 'string', describe: 'Where to write: a folder (one file per input, plus a report file); FILE.md, FILE.json, FILE.xhtml for one input; FILE.ndjson (one JSON page a line); - or nothing: standard output (one input)' })
      .option('redact', { type: 'boolean', default: false, describe: 'Mask passcodes, passwords, PINs and URL tokens in the output' })
      .option('redact-rules', { type: 'string', describe: 'YAML/JSON file of extra redaction rules (implies --redact)' })
      .option('jira-base-url', { type: 'string', describe: 'Jira site address: Jira issue links point there (default: host-relative /browse/KEY)' })
      .option('space', { type: 'string', array: true, describe: 'XML site backup: convert only these spaces (keys)' })
      .option('history', { type: 'boolean', default: false, describe: 'XML export: also keep every earlier version (storage under .wikiport/history/, a versions list in the JSON)' })
      .option('comments', { type: 'boolean', default: false, describe: 'XML export: also put the page comments at the end of the Markdown (they are always in the JSON)' })
      .option('for-new-site', { type: 'boolean', default: false, describe: 'XML export: Markdown without the old site\'s ids and parents, and no pages in the manifest, so that `push --create` makes every file a new page on another Confluence' })
      .option('threads', { type: 'number', describe: 'Page files with --out: convert on this many threads (default 1; more threads use further cores, at most one per 100 files, and about 35 MB each)' })
      .option('max-body-mb', { type: 'number', default: 5, describe: 'XML export: pages with a larger body keep their storage only (conversion costs about 30 times the body in memory)' })
      .example('$0 convert Confluence-space-export.xml.zip --out team/ --history', 'An XML space export or site backup: every page with its versions, comments and attachments')
      .example('$0 convert LDCG-export.zip --out ldcg/', 'An HTML space export: Markdown + JSON per page, in its page tree')
      .example('$0 convert page.storage.xhtml', 'Print the Markdown of one page')
      .example('$0 convert - --to md < page.xhtml', 'Read the page from standard input')
      .example('$0 convert page.storage.xhtml --out notes.md', 'Write one page to one file')
      .example('$0 convert pages/*.xhtml --out md/', 'Convert many pages into md/')
      .example('$0 convert notes.md --to storage', 'Markdown back to storage XHTML') as never,
  handler: async (parsed) => {
    // Loaded here, not at the top: `wikiport --help` and the other commands never pay for the
    // converter, and a run of page files loads neither the XML nor the HTML export reader, nor the
    // redaction rules unless asked (start-up).
    const { convertFiles, summaryLine, sniffFormat } = await import('../export/convert-files.js');
    const args = { ...parsed, inputs: parsed.inputs.map(stdioArgument), ...(parsed.out !== undefined ? { out: stdioArgument(parsed.out) } : {}) };
    const redact = args.redact || args.redactRules ? await (await import('../redact/load-redaction-rules.js')).loadRedactionRules(args.redactRules) : undefined;
    // XML space exports and site backups (a zip or a folder with entities.xml) first: any zip that
    // is not an HTML export goes there, so that a zip which is no export gets its one-line answer.
    if (args.inputs.some((input) => folderOrZip(input) !== null)) {
      const { convertXmlInputs, xmlSummaryLine } = await import('../export/xml-backup/convert-xml-inputs.js');
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
    }
    const target = await convertTarget(args.inputs, args.out, args.to);
    const failed: { input: string; reason: string }[] = [];
    let reportEntries = 0;
    const onReportLine = (line: string): void => {
      reportEntries++;
      if (!args.quiet) console.error(line);
    };
    const onFailure = (line: string): void => console.error(`wikiport: ${line}`);

    if (target.kind === 'html-export' || target.kind === 'ndjson') {
      const { convertSpecialInputs } = await import('../export/html-export/convert-special-inputs.js');
      const special = await convertSpecialInputs({
        inputs: args.inputs,
        out: target.path,
        redact,
        ...(target.kind === 'html-export' && target.formats ? { formats: target.formats } : {}),
        formatOf: (input, text) => (args.from === 'auto' ? sniffFormat(input, text) : args.from),
        onLine: onReportLine,
        onFailure: (line) => {
          failed.push(splitFailure(line));
          onFailure(line);
        },
      });
      const written = special.written.map((w) => (w === target.path ? w : join(target.path, w)));
      finish(args, { pages: special.pages, failed, written, reportEntries, reportFile: null }, `Converted ${special.pages} pages into ${target.path}${special.failed ? `, ${special.failed} failed` : ''}`);
      return;
    }

    let text = '';
    const summary = await convertFiles({
      inputs: args.inputs,
      from: args.from,
      to: target.to,
      ...(target.kind === 'folder' ? { out: target.path } : {}),
      ...(target.kind === 'file' ? { stdout: (t: string) => void (text += t) } : {}),
      stdin: () => readStdin(),
      redact,
      ...(redact ? { redactRulesFile: args.redactRules ?? null } : {}),
      threads: threadsOption(args.threads),
      ...(args.jiraBaseUrl ? { jiraBaseUrl: args.jiraBaseUrl } : {}),
      onReportLine,
      onFailure,
    });
    const written = summary.converted.flatMap((f) => (f.output ? [f.output] : []));
    if (target.kind === 'file' && summary.converted.length === 1) {
      await writeFileAtomic(target.path, text);
      written.push(target.path);
    }
    finish(
      args,
      { pages: summary.converted.length, failed: summary.failed, written, reportEntries, reportFile: summary.reportFile ?? null },
      target.kind === 'folder' ? summaryLine(summary, target.path, target.to) : target.kind === 'file' && written.length ? `Converted ${args.inputs[0]} to ${target.to} in ${target.path}` : undefined,
      target.kind === 'stdout',
    );
  },
};

/** Prints the summary (JSON or one line) and sets the exit code; stdout stays the page's when it holds it. */
function finish(args: ConvertArgs, summary: ConvertJsonSummary, line: string | undefined, pageOnStdout = false): void {
  if (args.json) {
    const json = `${JSON.stringify(summary, null, 2)}\n`;
    if (pageOnStdout) process.stderr.write(json);
    else process.stdout.write(json);
  } else if (!args.quiet && line !== undefined) {
    console.log(line);
  }
  if (summary.failed.length > 0) process.exitCode = ExitCode.somePagesFailed;
}

/**
 * --threads: a whole number from 1 up; by default one. Measured on a loaded 2-core machine a second
 * thread did not shorten the run and added about 35 MB of peak RSS (docs/benchmarks.md), so more
 * threads are the user's choice until a quiet run shows them paying off.
 */
function threadsOption(threads: number | undefined): number {
  if (threads === undefined) return 1;
  if (!Number.isInteger(threads) || threads < 1) {
    // yargs reads a word as NaN and an empty value as 0: name what the user can act on.
    const given = Number.isNaN(threads) ? 'a word' : String(threads);
    throw new WikiportError(`--threads must be a whole number from 1 up (threads that convert at once), not ${given}`);
  }
  return threads;
}

/** `path: reason` as printed by the export and NDJSON converters. */
function splitFailure(line: string): { input: string; reason: string } {
  const at = line.indexOf(': ');
  return at < 0 ? { input: '', reason: line } : { input: line.slice(0, at), reason: line.slice(at + 2) };
}
