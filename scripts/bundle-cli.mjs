// `npm run build`, second step: the CLI as one bundled entry, dist/bin/main.js (plus one chunk per
// lazily loaded command), which bin/wikiport.js starts. Loading ~400 small modules (resolving,
// reading, compiling each) cost more start-up than anything the CLI then does for one page; one
// minified file is read and compiled lazily by V8. The library (dist/index.js, what
// `import 'wikiport'` loads) stays the unbundled tsc output. docs/benchmarks.md, Start-up.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bin');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: join(root, 'src', 'cli', 'main.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  // Error names and class names stay readable in messages.
  keepNames: true,
  // CommonJS dependencies (turndown, ...) call require() for Node's built-in modules.
  banner: { js: "import { createRequire as __wikiportRequire } from 'node:module'; const require = __wikiportRequire(import.meta.url);" },
  logLevel: 'warning',
});
