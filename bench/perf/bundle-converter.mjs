// Bundles convert() and convertMany() of the sources at a commit (or of the working tree) into one
// ES module, so that two versions can be measured side by side in one process
// (bench/perf/convert-cpu.ts). Usage:
//   node bench/perf/bundle-converter.mjs <commit|WORKTREE> <out.mjs>
// A commit's src/ is unpacked under .bench-builds/ in the checkout (so node_modules resolves).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [which = 'WORKTREE', out = join(root, '.bench-builds', 'worktree.mjs')] = process.argv.slice(2);
let srcRoot = root;
if (which !== 'WORKTREE') {
  const sha = execFileSync('git', ['rev-parse', which], { cwd: root, encoding: 'utf8' }).trim();
  srcRoot = join(root, '.bench-builds', sha.slice(0, 12));
  rmSync(srcRoot, { recursive: true, force: true });
  mkdirSync(srcRoot, { recursive: true });
  const tar = execFileSync('git', ['archive', sha, 'src'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', srcRoot], { input: tar });
}
const entry = join(root, '.bench-builds', `entry-${process.pid}.ts`);
mkdirSync(dirname(entry), { recursive: true });
writeFileSync(entry, `export { convert } from ${JSON.stringify(join(srcRoot, 'src', 'convert.ts'))};\nexport { convertMany } from ${JSON.stringify(join(srcRoot, 'src', 'convert-many.ts'))};\n`);
await build({
  entryPoints: [entry],
  outfile: resolve(out),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  nodePaths: [join(root, 'node_modules')],
  logLevel: 'warning',
});
rmSync(entry);
console.log(`${which} -> ${out}`);
