import type { CommandModule } from 'yargs';

/**
 * Every CLI command, one file each in this folder, by the name it is run with. Adding a command is
 * one entry here.
 */
const COMMANDS: Readonly<Record<string, () => Promise<{ command: unknown }>>> = {
  convert: () => import('./convert-command.js'),
  schema: () => import('./schema-command.js'),
  report: () => import('./report-command.js'),
  export: () => import('./export-command.js'),
  sandbox: () => import('./sandbox-command.js'),
  push: () => import('./push-command.js'),
  restore: () => import('./restore-command.js'),
};

/**
 * The commands yargs needs for these arguments. `wikiport convert ...` loads the convert command
 * alone: each command's modules (the HTTP client and sandbox of export/push, the converter of
 * convert...) cost start-up time that a run of another command never uses. Anything else (help,
 * version, a misspelt or missing command, options before the command) loads them all, so that
 * help lists every command and yargs can suggest the closest name.
 */
export async function loadCommands(args: readonly string[] = []): Promise<CommandModule[]> {
  const first = args[0];
  const only = first !== undefined && Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  const modules = await Promise.all(only ? [only()] : Object.values(COMMANDS).map((load) => load()));
  return modules.map((m) => m.command as CommandModule);
}
