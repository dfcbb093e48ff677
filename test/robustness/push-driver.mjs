// Runs one push of an export folder in its own process (so a test can SIGKILL it).
// Arguments: baseUrl email token exportDir.
import { createClient, pushPages } from '../../dist/index.js';

const [baseUrl, email, token, dir] = process.argv.slice(2);
const client = createClient({ baseUrl, email, token });
const summary = await pushPages({ paths: [dir], client, cwd: dir, message: 'resumable push' });
process.stdout.write(JSON.stringify(summary.pages.map((p) => [p.file, p.status])));
process.exitCode = summary.exitCode;
