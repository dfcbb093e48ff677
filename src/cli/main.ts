import yargs from 'yargs';
import { ExitCode, isWikiportError } from '../errors.js';
import { withGlobalOptions } from './global-options.js';
import { loadCommands } from './commands.js';
import { redactSecrets } from './redact-secrets.js';
import { protectStdioArguments } from './stdio-argument.js';

/** Runs the CLI; returns (and sets) the process exit code. Never prints a stack trace for bad input. */
export async function main(rawArgs: string[]): Promise<number> {
  const args = protectStdioArguments(rawArgs);
  const commands = await loadCommands(args);
  let parser = withGlobalOptions(yargs(args))
    .scriptName('wikiport')
    .usage('$0 <command> [options]\n\nMove Confluence content in and out of Confluence without losing it.')
    .strict()
    .demandCommand(1, 'Name a command; `wikiport --help` lists them.')
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  for (const command of commands) parser = parser.command(command);
  try {
    await parser.parseAsync();
    return finish(typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok);
  } catch (error) {
    if (error instanceof UsageError || isWikiportError(error)) {
      console.error(`wikiport: ${redactSecrets(error.message)}`);
      if (error instanceof UsageError) console.error('Run `wikiport --help` for usage.');
      return finish(isWikiportError(error) ? error.exitCode : ExitCode.usage);
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`wikiport: unexpected error: ${redactSecrets(message)}`);
    console.error('This is a bug in wikiport; please report it with the command you ran.');
    return finish(ExitCode.usage);
  }
}

class UsageError extends Error {}

function finish(code: number): number {
  process.exitCode = code;
  return code;
}
