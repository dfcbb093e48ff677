import { existsSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { WikiportError } from '../errors.js';
import { withConnectionOptions, type ConnectionOptions, type GlobalOptions } from './global-options.js';
import { redactSecrets, terminalText } from './redact-secrets.js';

interface RestoreArgs extends GlobalOptions, ConnectionOptions {
  pageId: string;
  version?: number;
  dir?: string;
  message?: string;
  dryRun: boolean;
}

export const command: CommandModule<GlobalOptions, RestoreArgs> = {
  command: 'restore <page-id>',
  describe: 'Put a version that push backed up back on the wiki (as a new version)',
  builder: (y) =>
    // `--version N` names a page version here, not wikiport's own version.
    withConnectionOptions(y.version(false))
      .positional('page-id', { type: 'string', describe: 'Page id' })
      .option('version', { type: 'number', describe: 'Backed-up version to restore (default: the newest backup)' })
      .option('dir', { type: 'string', describe: 'Export folder holding .wikiport/backups (default: the one around the current folder)' })
      .option('message', { type: 'string', describe: 'Version comment' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Say what would be restored; send no write' })
      .example('$0 restore 98305 --version 7 --dir ./minutes', 'Bring back the body of version 7') as never,
  handler: async (args) => {
    // Loaded here, not at the top: `wikiport --help` and the other commands never pay for them (start-up).
    const [{ createClient }, { configFromOptions }, { findExportDir }, { restorePage }] = await Promise.all([
      import('../confluence/client.js'),
      import('../confluence/config.js'),
      import('../push/push-inputs.js'),
      import('../push/restore.js'),
    ]);
    if (args.version !== undefined && !(Number.isInteger(args.version) && args.version > 0)) {
      throw new WikiportError(`--version takes a page version number (1, 2, ...), got ${String(args.version)}`);
    }
    if (args.dir !== undefined && !existsSync(args.dir)) throw new WikiportError(`--dir ${args.dir}: no such folder`);
    const exportDir = args.dir ?? findExportDir(process.cwd()) ?? process.cwd();
    const result = await restorePage({
      client: createClient(configFromOptions(args)),
      exportDir,
      pageId: String(args.pageId),
      ...(args.version !== undefined ? { version: args.version } : {}),
      ...(args.message !== undefined ? { message: args.message } : {}),
      dryRun: args.dryRun,
    });
    if (args.json) console.log(redactSecrets(JSON.stringify(result, null, 2)));
    else if (!args.quiet) console.error(terminalText(`wikiport restore: page ${result.pageId} "${result.title}": ${result.message}`));
  },
};
