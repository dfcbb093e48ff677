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

/**
 * turndown loads its HTML parser (domino, a whole browser DOM) when it is loaded, to parse the
 * strings it is given. The Markdown writer hands it a tree it built itself, and a string only
 * where a browser would build another tree (src/formats/markdown/turndown-tree.ts): rare, and for
 * most runs never. Here turndown's `require('@mixmark-io/domino')` gets a stand-in that loads
 * domino on the first page that needs it, which spares every run its set-up (start-up, issue 17).
 * domino is not bundled: the stand-in requires it from where turndown finds it (an installed
 * package's dependency), so its 250 KB are not in the converter's chunk, which V8 reads through
 * at every start (third round: about a sixth of the bundle a convert compiles).
 */
const dominoOnFirstUse = {
  name: 'domino-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^@mixmark-io\/domino$/ }, (args) =>
      args.namespace === 'domino-on-first-use' ? undefined : { path: 'domino', namespace: 'domino-on-first-use', pluginData: args.resolveDir },
    );
    build.onLoad({ filter: /.*/, namespace: 'domino-on-first-use' }, (args) => ({
      contents:
        "let domino; const load = () => require('node:module').createRequire(require.resolve('turndown'))('@mixmark-io/domino');" +
        ' module.exports = { createDocument: (html) => (domino ??= load()).createDocument(html) };',
      resolveDir: args.pluginData,
      loader: 'js',
    }));
  },
};
/**
 * zod's classic API and its core re-export every one of its ~50 message locales (`z.locales`,
 * `z.core.locales`), which esbuild cannot leave out, because wikiport imports the `z` namespace
 * whole: 267 KB of the 470 KB zod chunk that every command but `--help` loads and V8 reads
 * through at start. wikiport uses none of them (zod's schemas set English themselves, from
 * `locales/en.js`), so both are bundled with English alone.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/.test(args.importer) ? { path: join(dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};
/**
 * yargs, cliui and wrap-ansi each import their own `string-width`, which builds its Unicode tables
 * when it is loaded: an `Intl.Segmenter` (ICU's break rules, ~8 ms of CPU for the first) and, in
 * yargs' copy, a `\p{RGI_Emoji}` pattern with the `v` flag (~13 ms). Only help and error text
 * measures strings, and every command paid for them at start (about 20 ms of a one-page convert's
 * ~260 ms). Here each import of `string-width` gets a stand-in that loads the real module on its
 * first call: a `require` of it, which esbuild bundles as the same module evaluated on first use.
 */
const stringWidthOnFirstUse = {
  name: 'string-width-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      // ES imports only (yargs, cliui, wrap-ansi): a CommonJS require of it (cli-progress) stays as it is.
      if (args.namespace === 'string-width-on-first-use' || args.kind !== 'import-statement') return undefined;
      const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, namespace: 'string-width-on-first-use' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'string-width-on-first-use' };
    });
    build.onLoad({ filter: /.*/, namespace: 'string-width-on-first-use' }, (args) => ({
      contents:
        `let real; export default function stringWidth(string, options) { return (real ??= require(${JSON.stringify(args.path)}).default)(string, options); }`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};
// WIKIPORT_BUNDLE_OUT writes the bundle elsewhere (to compare the start-up of two builds side by side).
const outdir = process.env.WIKIPORT_BUNDLE_OUT ?? join(root, 'dist', 'bin');
rmSync(outdir, { recursive: true, force: true });
await build({
  // The worker threads of `convert --out` load their own entry, found beside the chunks.
  entryPoints: { main: join(root, 'src', 'cli', 'main.ts'), 'convert-worker': join(root, 'src', 'export', 'convert-worker.ts') },
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
  plugins: [dominoOnFirstUse, zodEnglishOnly, stringWidthOnFirstUse],
  logLevel: 'warning',
});
