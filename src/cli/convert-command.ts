import type { CommandModule } from 'yargs';

export const command: CommandModule = {
  command: 'convert <inputs..>',
  describe: 'Convert pages offline between storage XHTML, Markdown and JSON',
  builder: (y) => y,
  handler: () => {
    throw new Error('not implemented');
  },
};
