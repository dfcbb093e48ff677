#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm run build`, which `npm ci` runs through the prepare script.
import('../dist/cli/main.js').then((cli) => cli.main(process.argv.slice(2))).catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('wikiport: the compiled CLI is missing; run `npm run build` (npm ci does it for you).');
    process.exit(2);
  }
  throw error;
});
