/**
 * Writes docs/commands.md from the yargs definitions of src/cli/, so the reference lists exactly
 * the options each command's --help does (a test compares the file with this output).
 * Run: npm run docs:commands
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yargs, { type Argv, type CommandModule } from 'yargs';
import { loadCommands } from '../src/cli/commands.js';
import { withGlobalOptions } from '../src/cli/global-options.js';

interface OptionRow {
  name: string;
  group: string;
  type: string;
  default?: unknown;
  choices?: readonly unknown[];
  describe: string;
  required: boolean;
}

interface CommandReference {
  usage: string;
  describe: string;
  positionals: OptionRow[];
  options: OptionRow[];
  examples: [string, string][];
}

/** What is not in the option tables: the habits a user needs to know, per command. */
const NOTES: Readonly<Record<string, string>> = {
  convert: [
    'Input: one or more files; `-` reads one page from standard input (its format is sniffed, or given with `--from`).',
    'A folder with `index.html`, or a `.zip`, is a Confluence HTML space export: it converts into a folder (`--out DIR`, Markdown and JSON per page unless `--to` names one) or into `--out FILE.ndjson`; `--to storage` is refused (a rendered export holds no storage XHTML).',
    '',
    'Output (`--out`): nothing or `-` prints the one page on standard output; a name ending in `.md`, `.markdown`, `.json`, `.xhtml`, `.xml`, `.html`, `.htm` or `.txt` is one file (one input only; its extension gives `--to` when `--to` is not set); `FILE.ndjson` holds one JSON page a line; anything else (or an existing folder, or a name ending in `/`) is a folder with one file per input and `wikiport-convert-report.txt`.',
    '',
    '`--json` prints the same summary for every kind of run: `{ "pages", "failed": [{ "input", "reason" }], "written": [paths], "reportEntries", "reportFile" }`; on standard error when the page itself went to standard output.',
  ].join('\n'),
  export: [
    '`--page` takes a page id or the address copied from the browser: Cloud `https://SITE.atlassian.net/wiki/spaces/KEY/pages/123/Title`, `.../pages/viewpage.action?pageId=123`, or Data Center `https://HOST/CONTEXT/display/KEY/Title` (looked up by title with one CQL search). `--space` takes a key or a space address (`.../wiki/spaces/KEY/overview`, `.../display/KEY`).',
    'Without `--base-url` or `CONFLUENCE_BASE_URL`, the site of the address is the base URL.',
  ].join('\n'),
  push: '`--dry-run` prints each page that would change, with its storage diff, then a count line (`3 would update, 120 unchanged`); unchanged files are counted, not listed.',
  restore: '`--version` here is the backed-up page version to restore; `wikiport --version` prints the version of wikiport.',
  sandbox: 'The sandbox is a server: `--flavor cloud|dc` chooses what it imitates, `--require-pat` or `--require-email` with `--require-token` the credentials it demands. The clients (`export`, `push`, `restore`) take `--api auto|v1|v2` and the connection options.',
};

const INTRO = `# wikiport commands

Every command and every option, generated from the command definitions in \`src/cli/\`
(\`npm run docs:commands\` rewrites this file; a test fails when it is out of date).

Options every command takes: \`--json\` (a machine-readable summary on standard output) and
\`--quiet\` (nothing but errors). The commands that talk to Confluence (\`export\`, \`push\`,
\`restore\`) also take the connection options \`--base-url\`, \`--email\`, \`--token\`, \`--pat\` and
\`--api auto|v1|v2\`, or the environment variables \`CONFLUENCE_BASE_URL\`, \`CONFLUENCE_EMAIL\`,
\`CONFLUENCE_API_TOKEN\` and \`CONFLUENCE_PAT\`.

Exit codes: 0 ok, 1 some pages failed (the others were done), 2 usage or configuration error,
3 a conflict refused a push.
`;

/** Runs one command's builder on a fresh parser and reads back what it defined. */
async function describeCommand(module: CommandModule): Promise<CommandReference> {
  const name = String(module.command).split(' ')[0] ?? '';
  let snapshot: CommandReference | undefined;
  const builder = (y: Argv): Argv => {
    // yargs keeps examples where no getter reaches them: record them on the way in.
    const examples: [string, string][] = [];
    const example = y.example.bind(y);
    y.example = ((cmd: string, what: string) => {
      examples.push([cmd.replace(/\$0/g, 'wikiport'), what]);
      return example(cmd, what);
    }) as Argv['example'];
    const built = (module.builder as (y: Argv) => Argv)(y);
    snapshot = { ...readDefinitions(built, String(module.command), String(module.describe)), examples };
    return built;
  };
  const parser = withGlobalOptions(yargs([name, '--help'])).help().version().exitProcess(false).fail(() => undefined);
  // --help stops the run once the builder has been applied; nothing is printed.
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try {
    await parser.command({ ...module, builder, handler: () => undefined }).parseAsync();
  } finally {
    process.stdout.write = write;
  }
  if (!snapshot) throw new Error(`the builder of ${name} did not run`);
  return snapshot;
}

interface YargsInternals {
  getOptions(): {
    key: Record<string, unknown>;
    boolean: string[];
    string: string[];
    number: string[];
    array: string[];
    hiddenOptions: string[];
    default: Record<string, unknown>;
    choices: Record<string, readonly unknown[]>;
    demandedOptions: Record<string, unknown>;
  };
  getGroups(): Record<string, string[]>;
  getInternalMethods(): { getUsageInstance(): { getDescriptions(): Record<string, string | undefined> } };
}

function readDefinitions(built: Argv, usage: string, describe: string): Omit<CommandReference, 'examples'> {
  const y = built as unknown as YargsInternals;
  const options = y.getOptions();
  const usageInstance = y.getInternalMethods().getUsageInstance();
  const descriptions = usageInstance.getDescriptions();
  const groups = y.getGroups();
  const groupOf = (key: string): string => Object.entries(groups).find(([, keys]) => keys.includes(key))?.[0]?.replace(/:$/, '') ?? 'Options';
  const typeOf = (key: string): string =>
    options.choices[key] ? 'choice' : options.boolean.includes(key) ? 'boolean' : options.number.includes(key) ? 'number' : options.array.includes(key) ? 'array' : 'string';
  const positionalNames = groups['Positionals:'] ?? [];
  const rows: OptionRow[] = Object.keys(options.key)
    .filter((key) => !options.hiddenOptions.includes(key))
    .map((key) => ({
      name: key,
      group: groupOf(key),
      type: typeOf(key),
      ...(options.default[key] !== undefined ? { default: options.default[key] } : {}),
      ...(options.choices[key] ? { choices: options.choices[key] } : {}),
      describe: (descriptions[key] ?? '').replace(/^__yargsString__:/, ''),
      required: key in options.demandedOptions || positionalNames.includes(key),
    }));
  return {
    usage: usage.replace(/^\$0 ?/, ''),
    describe,
    positionals: rows.filter((r) => positionalNames.includes(r.name)),
    options: rows.filter((r) => !positionalNames.includes(r.name)),
  };
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function optionTable(rows: readonly OptionRow[], positional: boolean): string[] {
  const lines = [`| ${positional ? 'Argument' : 'Option'} | Type | Default | Description |`, '| --- | --- | --- | --- |'];
  for (const row of rows) {
    const name = positional ? `\`<${row.name}>\`` : `\`--${row.name}\``;
    const type = row.choices ? row.choices.map((c) => `\`${String(c)}\``).join(' \\| ') : row.type;
    const fallback = row.default === undefined || (Array.isArray(row.default) && row.default.length === 0) ? (row.required ? 'required' : '') : `\`${JSON.stringify(row.default)}\``;
    lines.push(`| ${name} | ${type} | ${fallback} | ${cell(row.describe)} |`);
  }
  return lines;
}

/** The whole of docs/commands.md. */
export async function commandsReference(): Promise<string> {
  const out = [INTRO];
  for (const module of await loadCommands([])) {
    const name = String(module.command).split(' ')[0] ?? '';
    const ref = await describeCommand(module);
    out.push(`## \`wikiport ${ref.usage}\``, '', `${ref.describe}.`, '');
    if (NOTES[name]) out.push(NOTES[name], '');
    if (ref.positionals.length) out.push(...optionTable(ref.positionals, true), '');
    const groups = [...new Set(ref.options.map((r) => r.group))].sort((a, b) => (a === 'Options' ? -1 : b === 'Options' ? 1 : 0));
    for (const group of groups) {
      if (group !== 'Options') out.push(`${group}:`, '');
      out.push(...optionTable(ref.options.filter((r) => r.group === group), false), '');
    }
    if (ref.examples.length) {
      out.push('Examples:', '', '```sh');
      for (const [cmd, what] of ref.examples) out.push(`# ${what}`, cmd);
      out.push('```', '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../docs/commands.md', import.meta.url));
  writeFileSync(target, await commandsReference());
  console.log(`wrote ${target}`);
}
