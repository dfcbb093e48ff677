// Runs one export in its own process (so a test can SIGKILL it), with a fixed clock so that two
// complete runs write identical bytes. Arguments: baseUrl email token outDir.
import { exportPages } from '../../dist/index.js';

const [baseUrl, email, token, out] = process.argv.slice(2);
const summary = await exportPages({
  connection: { baseUrl, email, token },
  space: 'BIG',
  out,
  formats: ['md', 'json'],
  concurrency: 4,
  now: () => new Date('2026-01-15T09:30:00.000Z'),
  // One line per finished page, so a test can kill the run at a chosen point of its progress.
  onProgress: (event) => {
    if (event.kind === 'page') process.stdout.write(`page ${event.done}/${event.total}\n`);
  },
});
process.stdout.write(`done ${JSON.stringify(summary.pages)}\n`);
