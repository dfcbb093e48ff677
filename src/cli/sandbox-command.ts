import type { CommandModule } from 'yargs';
import { WikiportError } from '../errors.js';
import type { SandboxAuth } from '../sandbox/types.js';

interface SandboxArgs {
  port: number;
  data?: string;
  api: string;
  'context-path': string;
  generate: number;
  latency: number;
  'rate-429': number;
  'retry-after': number;
  'rate-5xx': number;
  'rate-drop': number;
  'rate-truncate': number;
  seed: number;
  'rate-limit': number;
  'v1-gone': boolean;
  email?: string;
  token?: string;
  pat?: string;
  json: boolean;
  quiet: boolean;
}

function rate(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw new WikiportError(`--${name} must be a share between 0 and 1 (e.g. 0.05), got ${value}`);
  return value;
}

export const command: CommandModule<object, SandboxArgs> = {
  command: 'sandbox',
  describe: 'Serve a local Confluence-compatible REST API on 127.0.0.1 (demo, tests, benchmarks)',
  builder: (y) =>
    y
      .option('port', { type: 'number', default: 8090, describe: 'Port to listen on (0 picks a free one)' })
      .option('data', { type: 'string', describe: 'Folder to seed from (default: the bundled fixtures/sandbox)' })
      .option('api', { type: 'string', choices: ['cloud', 'dc'], default: 'cloud', describe: 'Which Confluence to imitate: Cloud (v2 + v1 under /wiki) or Data Center (v1, PAT)' })
      .option('context-path', { type: 'string', default: '/confluence', describe: 'Data Center context path' })
      .option('generate', { type: 'number', default: 0, describe: 'Add a synthetic space GEN of this many pages' })
      .option('v1-gone', { type: 'boolean', default: false, describe: 'Cloud: answer 410 on the v1 endpoints v2 replaced, as the API gateway does' })
      .option('latency', { type: 'number', default: 0, describe: 'Delay every answer by this many milliseconds', group: 'Faults:' })
      .option('rate-429', { type: 'number', default: 0, describe: 'Share of requests answered 429 with Retry-After', group: 'Faults:' })
      .option('retry-after', { type: 'number', default: 1, describe: 'Retry-After seconds on 429 and 503', group: 'Faults:' })
      .option('rate-5xx', { type: 'number', default: 0, describe: 'Share of requests answered 502, 503 or 504', group: 'Faults:' })
      .option('rate-drop', { type: 'number', default: 0, describe: 'Share of connections dropped without an answer', group: 'Faults:' })
      .option('rate-truncate', { type: 'number', default: 0, describe: 'Share of JSON answers cut in half', group: 'Faults:' })
      .option('rate-limit', { type: 'number', default: 0, describe: 'Token bucket: more requests per second than this get 429 (0 = off)', group: 'Faults:' })
      .option('seed', { type: 'number', default: 1, describe: 'Seed of the fault dice (same seed, same faults)', group: 'Faults:' })
      .example('$0 sandbox --port 0', 'Cloud sandbox on a free port, seeded with the MIN meeting-minutes space')
      .example('$0 sandbox --api dc --generate 10000 --latency 20', 'Data Center sandbox with a 10,000-page space and 20 ms latency') as never,
  handler: async (argv) => {
    if (argv.api !== 'cloud' && argv.api !== 'dc') throw new WikiportError(`sandbox --api takes cloud or dc (the server to imitate), got ${argv.api}`);
    const flavor = argv.api;
    let auth: SandboxAuth | undefined;
    if (argv.pat) auth = { pat: argv.pat };
    else if (argv.email && argv.token) auth = { email: argv.email, token: argv.token };
    const stop = new AbortController();
    const onSignal = (): void => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const { serveSandbox } = await import('../sandbox/serve.js');
      await serveSandbox(
        {
          port: argv.port,
          flavor,
          contextPath: argv['context-path'],
          ...(auth ? { auth } : {}),
          ...(argv.data ? { data: argv.data } : {}),
          ...(argv.generate > 0 ? { generate: { pages: argv.generate } } : {}),
          v1Deprecation: argv['v1-gone'] ? 'gone' : 'headers',
          faults: {
            latencyMs: argv.latency,
            rate429: rate('rate-429', argv['rate-429']),
            retryAfterSeconds: argv['retry-after'],
            rate5xx: rate('rate-5xx', argv['rate-5xx']),
            rateDrop: rate('rate-drop', argv['rate-drop']),
            rateTruncate: rate('rate-truncate', argv['rate-truncate']),
            seed: argv.seed,
            ...(argv['rate-limit'] > 0 ? { rateLimit: { requestsPerSecond: argv['rate-limit'] } } : {}),
          },
        },
        stop.signal,
        { info: (line) => (argv.quiet ? undefined : console.log(line)) },
        argv.json,
      );
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};
