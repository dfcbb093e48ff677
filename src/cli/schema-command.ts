import type { CommandModule } from 'yargs';

export const command: CommandModule = {
  command: 'schema',
  describe: 'Print the JSON Schema (draft 2020-12) of the page document that `convert --to json` writes',
  builder: (y) => y,
  handler: async () => {
    // Loaded here, not at the top: `wikiport --help` and the other commands never pay for zod's schemas (start-up).
    const { pageDocumentJsonSchema } = await import('../model/json-schema.js');
    process.stdout.write(`${JSON.stringify(pageDocumentJsonSchema(), null, 2)}\n`);
  },
};
