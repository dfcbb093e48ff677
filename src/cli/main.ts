// cli/: one file per command, yargs wiring only; calls export/, push/, report/, sandbox/, convert.ts. No conversion or I/O logic of its own.
import yargs, { type Argv } from 'yargs';
import { ExitCode, isWikiportError } from '../errors.js';
import { withGlobalOptions } from './global-options.js';
import { loadCommands } from './commands.js';
import { terminalText } from './redact-secrets.js';
import { protectStdioArguments, STDIO_PLACEHOLDER } from './stdio-argument.js';
import { fileSystemProblem } from '../files/file-system-problem.js';

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
  parser = parser.middleware(refuseStdioWhereUnread, true).middleware(warnDebugLogging, true);
  skipHelpRendering(parser);
  try {
    await parser.parseAsync();
    return finish(typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok);
  } catch (error) {
    if (error instanceof UsageError || isWikiportError(error)) {
      console.error(`wikiport: ${terminalText(error.message, { newlines: true })}`);
      if (error instanceof UsageError) console.error('Run `wikiport --help` for usage.');
      return finish(isWikiportError(error) ? error.exitCode : ExitCode.usage);
    }
    const disk = fileSystemProblem(error);
    if (disk) {
      console.error(`wikiport: ${terminalText(disk, { newlines: true })}`);
      return finish(ExitCode.usage);
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`wikiport: unexpected error: ${terminalText(message, { newlines: true })}`);
    console.error('This is a bug in wikiport; please report it with the command you ran.');
    return finish(ExitCode.usage);
  }
}

class UsageError extends Error {}

/** Commands that send credentials to the wiki. */
const NETWORK_COMMANDS = new Set(['export', 'push', 'restore']);

/**
 * Node's own debug log (`NODE_DEBUG=http`, `net`, `tls` …) prints every request's headers, the
 * Authorization header and so the credentials included, before wikiport can mask anything: a
 * warning, so that the log is not pasted into a bug report as it is.
 */
function warnDebugLogging(argv: Record<string, unknown>): void {
  const command = String((argv._ as unknown[] | undefined)?.[0] ?? '');
  const modules = (process.env.NODE_DEBUG ?? '').split(/[\s,]+/).filter((m) => /^(?:https?|http2|net|tls|undici|fetch|\*)$/i.test(m));
  if (!NETWORK_COMMANDS.has(command) || modules.length === 0) return;
  console.error(`wikiport: warning: NODE_DEBUG=${modules.join(',')} makes Node print each request's headers, your credentials included (Authorization): do not share this output`);
}

/**
 * `-` reaches a command as STDIO_PLACEHOLDER. `convert` reads it back (standard input, `--out -`)
 * and `report --out -` is its standard output; anywhere else it would become a file or folder
 * named after the placeholder, so it is refused in one line before the command runs.
 */
function refuseStdioWhereUnread(argv: Record<string, unknown>): void {
  const command = String((argv._ as unknown[] | undefined)?.[0] ?? '');
  if (command === 'convert') return;
  for (const [key, value] of Object.entries(argv)) {
    if (key === '$0' || key === '_' || /[A-Z]/.test(key) || !(Array.isArray(value) ? value : [value]).includes(STDIO_PLACEHOLDER)) continue;
    if (command === 'report' && key === 'out') {
      delete argv[key];
      continue;
    }
    const positional = (command === 'push' && key === 'paths') || (command === 'report' && key === 'dir');
    throw new UsageError(`${command} ${positional ? `<${key}>` : `--${key}`}: "-" (standard input or output) does not work here; name a folder or file`);
  }
}

/**
 * yargs renders the whole help text before it runs any command's handler, and keeps it in case
 * the handler asks for it (it never does here: errors end in one line and a pointer to --help).
 * Laying out that text measures every string's width (string-width, Intl.Segmenter): about a
 * third of a one-page convert's start-up. `--help` itself renders it anew, so nothing is lost.
 */
function skipHelpRendering(parser: Argv): void {
  const internal = (parser as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.();
  const usage = internal?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

function finish(code: number): number {
  process.exitCode = code;
  return code;
}
