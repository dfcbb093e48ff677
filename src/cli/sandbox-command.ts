import type { CommandModule } from 'yargs';
import { WikiportError } from '../errors.js';
import type { SandboxAuth } from '../sandbox/types.js';

interface SandboxArgs {
  port: number;
  data?: string;
  flavor: 'cloud' | 'dc';
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
  'require-email'?: string;
  'require-token'?: string;
  'require-pat'?: string;
  json: boolean;
  quiet: boolean;
}

function rate(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw new WikiportError(`--${name} must be a share between 0 and 1 (e.g. 0.05), got ${value}`);
  return value;
}

/**
 * The sandbox is a server, so the client's connection options do not apply to it. Their old
 * sandbox meanings (`--api cloud|dc`, `--pat` and `--email` + `--token` as the credentials to
 * demand) are hidden options that name the new spelling instead of a bare "unknown argument".
 */
const RENAMED: Readonly<Record<string, string>> = {
  api: '--flavor cloud|dc (the server to imitate; --api is the REST API generation a client uses)',
  pat: '--require-pat',
  email: '--require-email',
  token: '--require-token',
  'base-url': '--port and --context-path (the sandbox serves; export and push take --base-url)',
};

function refuseClientOptions(argv: object): void {
  for (const [name, instead] of Object.entries(RENAMED)) {
    if ((argv as Record<string, unknown>)[name] !== undefined) throw new WikiportError(`sandbox takes no --${name}: use ${instead}`);
  }
}

export const command: CommandModule<object, SandboxArgs> = {
  command: 'sandbox',
  describe: 'Serve a local Confluence-compatible REST API on 127.0.0.1 (demo, tests, benchmarks)',
  builder: (y) =>
    y
      .option('port', { type: 'number', default: 8090, describe: 'Port to listen on (0 picks a free one)' })
      .option('data', { type: 'string', describe: 'Folder to seed from (default: the bundled fixtures/sandbox)' })
      .option('flavor', { choices: ['cloud', 'dc'] as const, default: 'cloud' as const, describe: 'Which Confluence to imitate: Cloud (v2 + v1 under /wiki) or Data Center (v1, PAT)' })
      .option('context-path', { type: 'string', default: '/confluence', describe: 'Data Center context path' })
      .option('generate', { type: 'number', default: 0, describe: 'Add a synthetic space GEN of this many pages' })
      .option('v1-gone', { type: 'boolean', default: false, describe: 'Cloud: answer 410 on the v1 endpoints v2 replaced, as the API gateway does' })
      .option('require-email', { type: 'string', describe: 'Cloud: answer 401 unless the client sends this email with --require-token', group: 'Access:' })
      .option('require-token', { type: 'string', describe: 'Cloud: the API token clients must send (with --require-email)', group: 'Access:' })
      .option('require-pat', { type: 'string', describe: 'The bearer token (PAT) clients must send', group: 'Access:' })
      .option('latency', { type: 'number', default: 0, describe: 'Delay every answer by this many milliseconds', group: 'Faults:' })
      .option('rate-429', { type: 'number', default: 0, describe: 'Share of requests answered 429 with Retry-After', group: 'Faults:' })
      .option('retry-after', { type: 'number', default: 1, describe: 'Retry-After seconds on 429 and 503', group: 'Faults:' })
      .option('rate-5xx', { type: 'number', default: 0, describe: 'Share of requests answered 502, 503 or 504', group: 'Faults:' })
      .option('rate-drop', { type: 'number', default: 0, describe: 'Share of connections dropped without an answer', group: 'Faults:' })
      .option('rate-truncate', { type: 'number', default: 0, describe: 'Share of JSON answers cut in half', group: 'Faults:' })
      .option('rate-limit', { type: 'number', default: 0, describe: 'Token bucket: more requests per second than this get 429 (0 = off)', group: 'Faults:' })
      .option('seed', { type: 'number', default: 1, describe: 'Seed of the fault dice (same seed, same faults)', group: 'Faults:' })
      .options(Object.fromEntries(Object.keys(RENAMED).map((name) => [name, { type: 'string' as const, hidden: true }])))
      .example('$0 sandbox --port 0', 'Cloud sandbox on a free port, seeded with the MIN meeting-minutes space')
      .example('$0 sandbox --flavor dc --generate 10000 --latency 20', 'Data Center sandbox with a 10,000-page space and 20 ms latency') as never,
  handler: async (argv) => {
    refuseClientOptions(argv);
    if (!(Number.isInteger(argv.port) && argv.port >= 0 && argv.port <= 65535)) throw new WikiportError(`--port takes a port number from 0 (any free port) to 65535, got ${String(argv.port)}`);
    const flavor = argv.flavor;
    let auth: SandboxAuth | undefined;
    if (argv['require-pat']) auth = { pat: argv['require-pat'] };
    else if (argv['require-email'] && argv['require-token']) auth = { email: argv['require-email'], token: argv['require-token'] };
    else if (argv['require-email'] || argv['require-token']) throw new WikiportError('--require-email and --require-token go together (or use --require-pat)');
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
