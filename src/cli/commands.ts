import type { CommandModule } from 'yargs';

/**
 * Every CLI command, one file each in this folder. Adding a command is one import and one entry here.
 */
export async function loadCommands(): Promise<CommandModule[]> {
  const modules = await Promise.all([
    import('./convert-command.js'),
    import('./schema-command.js'),
    import('./report-command.js'),
    import('./export-command.js'),
    import('./sandbox-command.js'),
    import('./push-command.js'),
    import('./restore-command.js'),
  ]);
  return modules.map((m) => m.command as CommandModule);
}
