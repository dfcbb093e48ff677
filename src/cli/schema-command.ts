import type { CommandModule } from 'yargs';
import { pageDocumentJsonSchema } from '../model/json-schema.js';

export const command: CommandModule = {
  command: 'schema',
  describe: 'Print the JSON Schema (draft 2020-12) of the page document that `convert --to json` writes',
  builder: (y) => y,
  handler: () => {
    process.stdout.write(`${JSON.stringify(pageDocumentJsonSchema(), null, 2)}\n`);
  },
};
