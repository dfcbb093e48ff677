import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadCommands } from '../../src/cli/commands.js';
import { commandsReference } from '../../scripts/commands-doc.js';
import { exportDir } from '../formats/html-export/export-fixture.js';

const STORAGE = '<h2>Team sync</h2><p>Agreed: ship <strong>Friday</strong>.</p>';
const work = mkdtempSync(join(tmpdir(), 'wikiport-habits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

let counter = 0;
function file(name: string, text: string): string {
  const folder = join(work, `f${++counter}`);
  mkdirSync(folder);
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}
function freshFolder(): string {
  return join(work, `out${++counter}`);
}

/** Runs the CLI in this process, with standard input `stdin` (a pipe) and outputs captured. */
async function run(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (stdout += `${a.join(' ')}\n`));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
  if (stdin !== undefined) vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from([Buffer.from(stdin)]) as unknown as typeof process.stdin);
  const code = await main(args);
  vi.restoreAllMocks();
  process.exitCode = undefined;
  return { code, stdout, stderr };
}

async function helpOf(command: string): Promise<string> {
  return (await run([command, '--help'])).stdout;
}

/** The option names a help text lists: yargs indents them six spaces (or two, then `-h, `). */
function optionsIn(help: string): string[] {
  return [...help.matchAll(/^(?: {6}| {2}-\w, )(--[\w-]+)/gm)].map((m) => m[1] ?? '');
}

const COMMANDS = ['convert', 'schema', 'report', 'export', 'sandbox', 'push', 'restore'];

describe('convert reads - from standard input and writes standard output', () => {
  it('sniffs the format of what is piped in (storage here) and prints Markdown', async () => {
    const { code, stdout } = await run(['convert', '-', '--to', 'md'], STORAGE);
    expect(code).toBe(0);
    expect(stdout).toBe('## Team sync\n\nAgreed: ship **Friday**.\n');
  });

  it('takes --from for a text that would sniff as something else, and --out - is stdout', async () => {
    const { code, stdout } = await run(['convert', '-', '--from', 'markdown', '--to', 'storage', '--out', '-'], '<b>not storage</b> *but Markdown*');
    expect(code).toBe(0);
    expect(stdout).toContain('<em>but Markdown</em>');
  });

  it('writes - into one --out FILE', async () => {
    const out = join(freshFolder(), 'page.md');
    expect((await run(['convert', '-', '--out', out], STORAGE)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('## Team sync');
  });

  it('refuses - with other inputs, into a folder, and an empty standard input, in one line each', async () => {
    const other = file('a.md', '# a');
    const cases: [string[], RegExp, number][] = [
      [['convert', '-', other, '--out', freshFolder()], /standard input\) holds one page/, 2],
      [['convert', '-', '--out', `${freshFolder()}/`], /not into a folder/, 2],
      [['convert', '-'], /standard input is empty/, 1],
    ];
    for (const [args, message, exit] of cases) {
      const { code, stderr } = await run(args, '');
      expect(code).toBe(exit);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('convert --out FILE.ext with one input writes that file', () => {
  it('writes notes.md as a file, not a folder notes.md/', async () => {
    const out = join(freshFolder(), 'notes.md');
    const { code, stdout } = await run(['convert', file('page.storage.xhtml', STORAGE), '--out', out]);
    expect(code).toBe(0);
    expect(statSync(out).isFile()).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('## Team sync\n\nAgreed: ship **Friday**.\n');
    expect(stdout).toMatch(/to md in .*notes\.md/);
  });

  it('takes the output format from the file name when --to is not given', async () => {
    const out = join(freshFolder(), 'page.xhtml');
    expect((await run(['convert', file('notes.md', '# Title\n\ntext'), '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<h1>Title<\/h1>\s*<p>text<\/p>$/);
    const json = join(freshFolder(), 'page.json');
    expect((await run(['convert', file('notes.md', '# Title'), '--out', json])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toHaveProperty('schemaVersion', 1);
  });

  it('overwrites an existing file, and still treats an existing folder named x.md as a folder', async () => {
    const out = file('old.md', 'old text');
    expect((await run(['convert', file('p.xhtml', STORAGE), '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('## Team sync');
    const folder = join(freshFolder(), 'pages.md');
    mkdirSync(folder, { recursive: true });
    expect((await run(['convert', file('p.xhtml', STORAGE), '--out', folder])).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['p.md', 'wikiport-convert-report.txt']);
  });

  it('refuses a file name with several inputs, an --out file that is not a folder, and a --to the name contradicts', async () => {
    const a = file('a.md', '# a');
    const b = file('b.md', '# b');
    const existing = file('plain-file', 'x');
    const cases: [string[], RegExp][] = [
      [['convert', a, b, '--out', join(freshFolder(), 'both.md')], /2 inputs need an output folder, but --out .*both\.md names one file/],
      [['convert', a, b, '--out', existing], /is an existing file without a page extension, not a folder/],
      [['convert', a, '--out', join(freshFolder(), 'x.md'), '--to', 'json'], /names a Markdown file but --to is json/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    }
  });
});

describe('convert --to on every input kind, and one --json shape', () => {
  const keys = ['failed', 'pages', 'reportEntries', 'reportFile', 'written'];

  it('honours --to md and --to json on an HTML space export and refuses --to storage', async () => {
    const md = freshFolder();
    expect((await run(['convert', exportDir, '--out', md, '--to', 'md', '--quiet'])).code).toBe(0);
    const written = readdirSync(md, { recursive: true }).map(String);
    expect(written.some((f) => f.endsWith('.md'))).toBe(true);
    expect(written.some((f) => f.endsWith('.json'))).toBe(false);
    const refused = await run(['convert', exportDir, '--out', freshFolder(), '--to', 'storage']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/HTML space export: .*drop --to storage/);
  });

  it('prints the same summary keys for stdout, one file, a folder, NDJSON and an HTML space export', async () => {
    const page = file('p.storage.xhtml', STORAGE);
    const runs = [
      await run(['convert', page, '--json']),
      await run(['convert', page, '--json', '--out', join(freshFolder(), 'p.md')]),
      await run(['convert', page, '--json', '--out', freshFolder()]),
      await run(['convert', page, '--json', '--out', join(freshFolder(), 'all.ndjson')]),
      await run(['convert', exportDir, '--json', '--quiet', '--out', freshFolder(), '--to', 'json']),
    ];
    // The page itself holds stdout when it goes there, so its summary goes to stderr.
    const summaries = runs.map((r, i) => JSON.parse(i === 0 ? r.stderr : r.stdout) as Record<string, unknown>);
    for (const summary of summaries) expect(Object.keys(summary).sort()).toEqual(keys);
    expect(summaries.map((s) => s.pages)).toEqual([1, 1, 1, 1, 12]);
    expect(summaries[0]?.written).toEqual([]);
    for (const summary of summaries.slice(1)) {
      for (const path of summary.written as string[]) expect(existsSync(path)).toBe(true);
    }
  });
});

describe('options in help', () => {
  it('lists the connection options on the commands that connect, and only there', async () => {
    for (const command of COMMANDS) {
      const options = optionsIn(await helpOf(command));
      const connects = ['export', 'push', 'restore'].includes(command);
      for (const name of ['--base-url', '--email', '--token', '--pat', '--api']) {
        expect(options.includes(name), `${command} --help and ${name}`).toBe(connects);
      }
    }
  });

  it('names no option twice in any command help', async () => {
    for (const command of ['', ...COMMANDS]) {
      const options = optionsIn(command ? await helpOf(command) : (await run(['--help'])).stdout);
      expect(options.length).toBeGreaterThan(1);
      expect(options.filter((name, i) => options.indexOf(name) !== i), `${command} --help`).toEqual([]);
    }
  });

  it('gives restore --version to the backed-up version, not to wikiport', async () => {
    expect(await helpOf('restore')).toMatch(/--version\s+Backed-up version to restore/);
  });

  it('rejects a connection option on a command that does not connect', async () => {
    const { code, stderr } = await run(['convert', file('a.md', '# a'), '--token', 'secret-1234']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown argument: token/);
  });

  it('keeps one --api vocabulary: the sandbox names what it imitates with --flavor', async () => {
    const sandboxHelp = await helpOf('sandbox');
    expect(sandboxHelp).toMatch(/--flavor\s[^\n]*\n?[^\n]*choices: "cloud", "dc"/);
    expect(sandboxHelp).not.toMatch(/"v1"|"v2"/);
    expect(await helpOf('export')).toMatch(/--api\s[\s\S]*?choices: "auto", "v1", "v2"/);
    for (const [old, instead] of [['--api', '--flavor'], ['--pat', '--require-pat'], ['--email', '--require-email'], ['--token', '--require-token']]) {
      const { code, stderr } = await run(['sandbox', old!, 'dc']);
      expect(code).toBe(2);
      expect(stderr).toContain(`sandbox takes no ${old}: use ${instead}`);
    }
  });

  it('documents every option of every command in docs/commands.md, which is up to date', async () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'commands.md'), 'utf8');
    expect(doc, 'docs/commands.md is stale: run npm run docs:commands').toBe(await commandsReference());
    expect((await loadCommands([])).length).toBe(COMMANDS.length);
    for (const command of COMMANDS) {
      const section = doc.split(/^## /m).find((s) => s.startsWith(`\`wikiport ${command}`) || s.startsWith(`wikiport ${command}`));
      expect(section, `a section for ${command}`).toBeDefined();
      for (const option of optionsIn(await helpOf(command))) expect(section, `${command} ${option}`).toContain(`\`${option}\``);
    }
  });
});

describe('odd arguments get one clear line, never a stack trace', () => {
  it.each([
    ['an --out whose folder is a file', (page: string) => ['convert', page, '--out', join(page, 'x.md')], /is a file, not a folder/],
    ['an --out that is the input', (page: string) => ['convert', page, '--out', page], /is the input itself/],
    ['restore --version that is no number', () => ['restore', '7', '--version', 'abc', '--dir', work], /--version takes a page version number/],
    ['restore --dir that does not exist', () => ['restore', '7', '--dir', join(work, 'missing')], /--dir .*missing: no such folder/],
    ['sandbox --port out of range', () => ['sandbox', '--port', '-5'], /--port takes a port number from 0/],
    ['report --out an existing folder for one file', () => ['report', work, '--out', work], /is a folder: name the md file/],
    ['a file name too long for the disk', (page: string) => ['convert', page, '--out', join(work, `${'x'.repeat(300)}.md`)], /cannot write or read .*x\.md: file name too long/],
  ])('%s', async (_, args, message) => {
    const page = file('p.storage.xhtml', STORAGE);
    const { code, stderr } = await run(args(page));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at |This is a bug/);
    expect(readFileSync(page, 'utf8')).toBe(STORAGE);
  });
});

describe('- on a command that does not read standard input or write standard output (found in a third hostile try)', () => {
  it.each([
    ['export --out -', ['export', '--space', 'SEC', '--out', '-', '--base-url', 'http://127.0.0.1:9/wiki', '--pat', 'x'], /export --out: "-" \(standard input or output\) does not work here/],
    ['push -', ['push', '-'], /push <paths>: "-" \(standard input or output\) does not work here/],
    ['restore --dir -', ['restore', '7', '--dir', '-'], /restore --dir: "-" \(standard input or output\) does not work here/],
    ['report -', ['report', '-'], /report <dir>: "-" \(standard input or output\) does not work here/],
  ])('%s is refused in one line, making nothing', async (_, args, message) => {
    const before = readdirSync(process.cwd());
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain('\u2063');
    expect(readdirSync(process.cwd())).toEqual(before);
  });

  it('report --out - prints on standard output, as without --out', async () => {
    const before = readdirSync(process.cwd());
    const { code, stdout } = await run(['report', join(process.cwd(), 'fixtures', 'series'), '--out', '-']);
    expect(code).toBe(0);
    expect(stdout).toContain('# Meeting series report');
    expect(readdirSync(process.cwd())).toEqual(before);
  });
});

describe('report --out under a file (found in a third hostile try)', () => {
  it('says the path is a file where a folder is needed, not "This is a bug"', async () => {
    const blocker = file('afile', 'x\n');
    const { code, stderr } = await run(['report', join(process.cwd(), 'fixtures', 'series'), '--format', 'csv', '--out', `${blocker}/`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write or read .*afile: a file is in the way of a folder/);
    expect(stderr).not.toMatch(/This is a bug|unexpected error/);
    expect(readFileSync(blocker, 'utf8')).toBe('x\n');
  });
});
