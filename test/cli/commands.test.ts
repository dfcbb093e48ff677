import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/cli/commands.js';
import { main } from '../../src/cli/main.js';

const nameOf = (c: { command?: unknown }): string => String(c.command).split(' ')[0] ?? '';

describe('loadCommands: only the command being run is loaded', () => {
  it('loads every command for help, version, no command, a misspelt one, or options first', async () => {
    const all = (await loadCommands([])).map(nameOf);
    expect(all).toEqual(['convert', 'schema', 'report', 'export', 'sandbox', 'push', 'restore']);
    for (const args of [['--help'], ['--version'], ['convrt', 'a.xml'], ['--quiet', 'convert', 'a.xml'], ['toString'], ['__proto__']]) {
      expect((await loadCommands(args)).map(nameOf)).toEqual(all);
    }
  });

  it('loads the named command alone, under the name it is run with', async () => {
    const all = await loadCommands([]);
    for (const full of all) {
      const alone = await loadCommands([nameOf(full), '--help']);
      expect(alone).toHaveLength(1);
      expect(alone[0]).toBe(full);
    }
  });

  it('still runs, suggests and rejects through yargs with one command loaded', async () => {
    const errors: string[] = [];
    const log = console.error;
    console.error = (...parts: unknown[]) => void errors.push(parts.join(' '));
    try {
      expect(await main(['convert'])).toBe(2);
      expect(errors.join('\n')).toMatch(/Not enough non-option arguments/);
      errors.length = 0;
      expect(await main(['convrt', 'x.xml'])).toBe(2);
      expect(errors.join('\n')).toMatch(/convert/);
    } finally {
      console.error = log;
      process.exitCode = 0;
    }
  });
});
