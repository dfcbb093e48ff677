import type { CommandModule } from 'yargs';
import { pageIdOf, parsePageArgument, parseSpaceArgument, refuseOtherSite } from '../confluence/page-address.js';
import { ExitCode, WikiportError } from '../errors.js';
import type { ExportFormat } from '../export/export.js';
import { withConnectionOptions, type ConnectionOptions, type GlobalOptions } from './global-options.js';
import { redactSecrets, terminalText } from './redact-secrets.js';

interface ExportArgs extends GlobalOptions, ConnectionOptions {
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
  rebuildManifest: boolean;
}

export const command: CommandModule<GlobalOptions, ExportArgs> = {
  command: 'export',
  describe: 'Export a space, a page tree or a CQL query from Confluence to Markdown and JSON files',
  builder: (y) =>
    withConnectionOptions(y)
      .option('space', { type: 'string', describe: 'Space key to export, or the space address copied from the browser' })
      .option('page', { type: 'string', describe: 'Page id to export, or the page address copied from the browser (.../pages/123/..., .../display/KEY/Title, viewpage.action?pageId=123)' })
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
      .option('rebuild-manifest', { type: 'boolean', default: false, describe: 'Set a damaged .wikiport/manifest.json aside and export again, keeping (and reporting) every edited file' })
      .example('$0 export --space OPS --out ./ops --format md,json', 'Export a whole space')
      .example('$0 export --page https://x.atlassian.net/wiki/spaces/OPS/pages/98305 --out ./p', 'A page by its address (the base URL too)')
      .example('$0 export --page 98305 --descendants --out ./minutes --attachments', 'A page and its tree, with attachments')
      .example('$0 export --cql \'label = "minutes" and space = OPS\' --out ./minutes', 'Pages matching a CQL query') as never,
  handler: async (args) => {
    // Loaded here, not at the top: `wikiport --help` and the other commands never pay for them (start-up).
    const [{ configFromOptions }, { createClient }, { exportPages }, { createProgressReporter }, { loadRedactionRules }] = await Promise.all([
      import('../confluence/config.js'),
      import('../confluence/client.js'),
      import('../export/export.js'),
      import('../export/progress.js'),
      import('../redact/load-redaction-rules.js'),
    ]);
    if (!Number.isInteger(args.concurrency) || args.concurrency < 1 || args.concurrency > 64) {
      throw new WikiportError(`--concurrency takes a whole number from 1 to 64, got ${String(args.concurrency)}`);
    }
    const formats = args.format.split(',').map((f) => f.trim()).filter(Boolean) as ExportFormat[];
    const page = args.page !== undefined ? parsePageArgument(args.page) : undefined;
    const space = args.space !== undefined ? parseSpaceArgument(args.space) : undefined;
    const connection = configFromOptions({ ...args, baseUrl: args.baseUrl ?? process.env.CONFLUENCE_BASE_URL ?? page?.site ?? space?.site });
    if (page) refuseOtherSite('--page', args.page ?? '', page.site, connection.baseUrl);
    if (space) refuseOtherSite('--space', args.space ?? '', space.site, connection.baseUrl);
    const pageId = page ? await pageIdOf(page, createClient(connection)) : undefined;
    const redact = args.redact || args.redactRules ? await loadRedactionRules(args.redactRules) : undefined;
    const progress = createProgressReporter({ quiet: args.quiet || args.json, tty: Boolean(process.stderr.isTTY) });
    let summary;
    try {
      summary = await exportPages({
        connection,
        space: space?.key,
        page: pageId,
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
        rebuildManifest: args.rebuildManifest,
      });
    } finally {
      progress.stop();
    }
    for (const notice of summary.notices) console.error(terminalText(`wikiport: ${notice}`));
    for (const problem of summary.ndjson?.problems ?? []) console.error(terminalText(`wikiport: ${problem}`));
    for (const path of summary.editedOldFiles) {
      console.error(terminalText(`wikiport: kept ${path}: its page was renamed or moved, but the file was edited since the last export`));
    }
    for (const kept of summary.adopted) {
      console.error(terminalText(
          `wikiport: kept ${kept.path} (page ${kept.id}): the export manifest had no record of it and it differs from what wikiport wrote; it names version ${kept.version} of this page, so it is now recorded as your edit of it: push it to send it`,
        ),
      );
    }
    for (const failure of summary.failures) {
      console.error(terminalText(`wikiport: page ${failure.id}${failure.title ? ` (${failure.title})` : ''} failed: ${failure.reason}`));
    }
    if (args.json) {
      console.log(redactSecrets(JSON.stringify(summary, null, 2)));
    } else if (!args.quiet) {
      const p = summary.pages;
      console.error(
        `wikiport: ${p.written} written${p.rerendered > 0 ? ` (${p.rerendered} from the kept storage: labels or --redact changed)` : ''}${summary.adopted.length > 0 ? ` (${summary.adopted.length} with your edited file kept)` : ''}, ${p.skipped} unchanged, ${p.failed} failed, ${p.deleted} deleted upstream; ` +
          `${summary.requests} requests (${summary.requestsPerPage} per page) into ${summary.out}`,
      );
    }
    // A kept (adopted) file exits 1 too: the export did not write what it would have, and says so.
    process.exitCode = summary.failures.length > 0 || summary.adopted.length > 0 ? ExitCode.somePagesFailed : ExitCode.ok;
  },
};
