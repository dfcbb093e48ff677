import type { CommandModule } from 'yargs';
import { ExitCode, WikiportError } from '../errors.js';
import type { ExportFormat } from '../export/export.js';
import type { GlobalOptions } from './global-options.js';
import { redactSecrets } from './redact-secrets.js';

interface ExportArgs extends GlobalOptions {
  space?: string;
  page?: string;
  descendants: boolean;
  cql?: string;
  out: string;
  format: string;
  attachments: boolean;
  refreshLabels: boolean;
  concurrency: number;
  redact: boolean;
  redactRules?: string;
  jiraBaseUrl?: string;
}

export const command: CommandModule<GlobalOptions, ExportArgs> = {
  command: 'export',
  describe: 'Export a space, a page tree or a CQL query from Confluence to Markdown and JSON files',
  builder: (y) =>
    y
      .option('space', { type: 'string', describe: 'Space key to export' })
      .option('page', { type: 'string', describe: 'Page id to export' })
      .option('descendants', { type: 'boolean', default: false, describe: 'With --page: also every page below it' })
      .option('cql', { type: 'string', describe: 'CQL query whose pages to export' })
      .option('out', { type: 'string', demandOption: true, describe: 'Output folder (re-runs fetch only what changed)' })
      .option('format', { type: 'string', default: 'md', describe: 'Comma-separated: md, json, ndjson (page JSON files also gathered into DIR/pages.ndjson)' })
      .option('attachments', { type: 'boolean', default: false, describe: 'Download attachments and images and link them' })
      .option('refresh-labels', { type: 'boolean', default: false, describe: 'On a re-run, also check unchanged pages for label-only changes (v2: one search per 200 pages; v1 always does)' })
      .option('concurrency', { type: 'number', default: 4, describe: 'Requests in flight at once' })
      .option('redact', { type: 'boolean', default: false, describe: 'Mask passcodes, passwords, PINs and URL tokens in the pages written' })
      .option('redact-rules', { type: 'string', describe: 'YAML/JSON file of extra redaction rules (implies --redact)' })
      .option('jira-base-url', { type: 'string', describe: 'Jira site address: Jira issue links point there (default: host-relative /browse/KEY)' })
      .example('$0 export --space OPS --out ./ops --format md,json', 'Export a whole space')
      .example('$0 export --page 98305 --descendants --out ./minutes --attachments', 'A page and its tree, with attachments')
      .example('$0 export --cql \'label = "minutes" and space = OPS\' --out ./minutes', 'Pages matching a CQL query') as never,
  handler: async (args) => {
    if (!Number.isInteger(args.concurrency) || args.concurrency < 1 || args.concurrency > 64) {
      throw new WikiportError(`--concurrency takes a whole number from 1 to 64, got ${String(args.concurrency)}`);
    }
    // Loaded here, not at the top: `wikiport --help` and the other commands never pay for them (start-up).
    const [{ configFromOptions }, { exportPages }, { createProgressReporter }] = await Promise.all([
      import('../confluence/config.js'),
      import('../export/export.js'),
      import('../export/progress.js'),
    ]);
    const formats = args.format.split(',').map((f) => f.trim()).filter(Boolean) as ExportFormat[];
    const connection = configFromOptions(args);
    const redact = args.redact || args.redactRules ? await (await import('../redact/load-redaction-rules.js')).loadRedactionRules(args.redactRules) : undefined;
    const progress = createProgressReporter({ quiet: args.quiet || args.json, tty: Boolean(process.stderr.isTTY) });
    let summary;
    try {
      summary = await exportPages({
        connection,
        space: args.space,
        page: args.page,
        descendants: args.descendants,
        cql: args.cql,
        out: args.out,
        formats,
        attachments: args.attachments,
        refreshLabels: args.refreshLabels,
        concurrency: args.concurrency,
        onProgress: (e) => progress.onEvent(e),
        ...(redact ? { redact } : {}),
        ...(args.jiraBaseUrl ? { jiraBaseUrl: args.jiraBaseUrl } : {}),
      });
    } finally {
      progress.stop();
    }
    for (const problem of summary.ndjson?.problems ?? []) console.error(redactSecrets(`wikiport: ${problem}`));
    for (const path of summary.editedOldFiles) {
      console.error(redactSecrets(`wikiport: kept ${path}: its page was renamed or moved, but the file was edited since the last export`));
    }
    for (const failure of summary.failures) {
      console.error(redactSecrets(`wikiport: page ${failure.id}${failure.title ? ` (${failure.title})` : ''} failed: ${failure.reason}`));
    }
    if (args.json) {
      console.log(redactSecrets(JSON.stringify(summary, null, 2)));
    } else if (!args.quiet) {
      const p = summary.pages;
      console.error(
        `wikiport: ${p.written} written${p.rerendered > 0 ? ` (${p.rerendered} from the kept storage: labels or --redact changed)` : ''}, ${p.skipped} unchanged, ${p.failed} failed, ${p.deleted} deleted upstream; ` +
          `${summary.requests} requests (${summary.requestsPerPage} per page) into ${summary.out}`,
      );
    }
    process.exitCode = summary.failures.length > 0 ? ExitCode.somePagesFailed : ExitCode.ok;
  },
};
