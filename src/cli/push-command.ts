import type { CommandModule } from 'yargs';
import { withConnectionOptions, type ConnectionOptions, type GlobalOptions } from './global-options.js';
import { redactSecrets, terminalText } from './redact-secrets.js';

interface PushArgs extends GlobalOptions, ConnectionOptions {
  paths: string[];
  dryRun: boolean;
  force: boolean;
  message?: string;
  create: boolean;
  deleteRemoved: boolean;
  allowEmpty: boolean;
  parent?: string;
  space?: string;
}

export const command: CommandModule<GlobalOptions, PushArgs> = {
  command: 'push <paths..>',
  describe: 'Write edited Markdown or JSON files of an export back to Confluence as new versions (conflict-safe), or publish a folder of Markdown as a page tree',
  builder: (y) =>
    withConnectionOptions(y)
      .positional('paths', { type: 'string', array: true, describe: 'Files or folders inside an export folder, or (with --create) one folder of Markdown to publish' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Print the storage diff per page; send no write' })
      .option('force', { type: 'boolean', default: false, describe: 'Write even over a conflicting wiki edit (it is backed up first)' })
      .option('message', { type: 'string', describe: 'Version comment' })
      .option('allow-empty', { type: 'boolean', default: false, describe: 'Push a Markdown file whose body is empty (empties the page)' })
      .option('create', { type: 'boolean', default: false, describe: 'Create pages for new Markdown files; given a folder outside any export, publish it as a page tree (see docs/push.md)' })
      .option('delete-removed', { type: 'boolean', default: false, describe: 'Publishing a folder: move to the trash the pages wikiport made from files since removed from it (without it they are only reported; --dry-run lists them)' })
      .option('parent', { type: 'string', describe: 'With --create: parent page id (default: the page of the file\'s folder)' })
      .option('space', { type: 'string', describe: 'With --create: space key when the parent is not in the export; for a folder without --parent, its pages go to the top of this space' })
      .example('$0 push ./minutes', 'Push every file edited since export')
      .example('$0 push "./minutes/SC 2024-01-25.md" --dry-run', 'Show what would be sent')
      .example('$0 push ./minutes/New.md --create --parent 98305', 'Create a page')
      .example('$0 push ./handbook --create --parent 98305', 'Publish a folder of Markdown as a page tree (run again after edits)')
      .example('$0 push ./handbook --delete-removed --dry-run', 'Which pages of removed files would go to the trash') as never,
  handler: async (args) => {
    // Loaded here, not at the top: `wikiport --help` and the other commands never pay for them (start-up).
    const [{ createClient }, { configFromOptions }, { pushPages }, { formatPushSummary }, { createPublishProgress }] = await Promise.all([
      import('../confluence/client.js'),
      import('../confluence/config.js'),
      import('../push/push.js'),
      import('../push/push-report.js'),
      import('../push/publish-progress.js'),
    ]);
    const client = createClient(configFromOptions(args));
    // A dry run prints its diffs on stdout at the end; a real publish says each page as it is done.
    const progress = createPublishProgress({ quiet: args.quiet || args.json || args.dryRun, tty: Boolean(process.stderr.isTTY) });
    const summary = await pushPages({
      paths: args.paths,
      client,
      dryRun: args.dryRun,
      force: args.force,
      ...(args.message !== undefined ? { message: args.message } : {}),
      create: args.create,
      deleteRemoved: args.deleteRemoved,
      allowEmpty: args.allowEmpty,
      ...(args.parent !== undefined ? { parentId: args.parent } : {}),
      ...(args.space !== undefined ? { spaceKey: args.space } : {}),
      onProgress: (event) => progress.onPage(event),
    }).finally(() => progress.stop());
    if (args.json) console.log(redactSecrets(JSON.stringify(summary, null, 2)));
    else if (args.dryRun) console.log(redactSecrets(formatPushSummary(summary, { diffs: true })));
    else if (!args.quiet) console.error(terminalText(formatPushSummary(summary, { diffs: false }), { newlines: true }));
    else for (const page of summary.pages.filter((p) => p.status === 'conflict' || p.status === 'refused' || p.status === 'failed')) console.error(terminalText(`wikiport: ${page.file}: ${page.message}`));
    process.exitCode = summary.exitCode;
  },
};
