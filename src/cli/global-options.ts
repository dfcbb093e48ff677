import type { Argv } from 'yargs';

/** Options every command accepts; the connection settings also come from the environment. */
export interface GlobalOptions {
  baseUrl?: string;
  email?: string;
  token?: string;
  pat?: string;
  api: 'auto' | 'v1' | 'v2';
  allowHttp: boolean;
  json: boolean;
  quiet: boolean;
}

export function withGlobalOptions<T>(argv: Argv<T>): Argv<T & GlobalOptions> {
  return argv
    .option('base-url', { type: 'string', describe: 'Confluence base URL (env CONFLUENCE_BASE_URL)', group: 'Connection:' })
    .option('email', { type: 'string', describe: 'Account email for an API token (env CONFLUENCE_EMAIL)', group: 'Connection:' })
    .option('token', { type: 'string', describe: 'Cloud API token (env CONFLUENCE_API_TOKEN)', group: 'Connection:' })
    .option('pat', { type: 'string', describe: 'Personal access token / bearer token (env CONFLUENCE_PAT)', group: 'Connection:' })
    .option('api', { choices: ['auto', 'v1', 'v2'] as const, default: 'auto' as const, describe: 'REST API generation', group: 'Connection:' })
    .option('allow-http', { type: 'boolean', default: false, describe: 'Send credentials over plain http to a host other than this machine (warned)', group: 'Connection:' })
    .option('json', { type: 'boolean', default: false, describe: 'Print a machine-readable summary on stdout' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Print nothing but errors' }) as unknown as Argv<T & GlobalOptions>;
}
