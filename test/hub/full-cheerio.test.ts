import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs a module script in a fresh Node process (through tsx, as the sources are TypeScript) and returns its output. */
function inFreshProcess(script: string): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

const LOADED = `
const { createRequire } = await import('node:module');
const cache = createRequire(import.meta.url).cache;
console.log(JSON.stringify({ undici: Object.keys(cache).some((k) => k.includes('/undici/')), cheerio: Object.keys(cache).some((k) => /cheerio[\\\\/]dist[\\\\/]commonjs[\\\\/]index/.test(k)) }));
`;

describe("cheerio's full entry", () => {
  it('is not loaded to convert storage to Markdown and JSON (it costs every CLI start about 90 ms)', () => {
    const out = inFreshProcess(`
      const { convertMany } = await import('./src/convert-many.ts');
      convertMany('<p>Hello <strong>world</strong></p><table><tr><th>a</th></tr><tr><td>1</td></tr></table>', { from: 'storage', to: ['md', 'json'] });
      ${LOADED}`);
    expect(JSON.parse(out)).toEqual({ undici: false, cheerio: false });
  });

  it('is loaded on first use, for an HTML export page', () => {
    const out = inFreshProcess(`
      const { fullCheerio } = await import('./src/hub/full-cheerio.ts');
      fullCheerio().load('<p>x</p>');
      ${LOADED}`);
    expect(JSON.parse(out)).toEqual({ undici: true, cheerio: true });
  });
});
