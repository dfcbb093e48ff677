import type { Argv } from 'yargs';

/** Options every command accepts. */
export interface GlobalOptions {
  json: boolean;
  quiet: boolean;
}

/** The settings of a command that talks to Confluence; they also come from the environment. */
export interface ConnectionOptions {
  baseUrl?: string;
  email?: string;
  token?: string;
  pat?: string;
  api: 'auto' | 'v1' | 'v2';
  allowHttp: boolean;
}

/** The option names of the connection group, for the commands that must not show them. */
export const CONNECTION_OPTION_NAMES = ['base-url', 'email', 'token', 'pat', 'api', 'allow-http'] as const;

export function withGlobalOptions<T>(argv: Argv<T>): Argv<T & GlobalOptions> {
  return argv
    .option('json', { type: 'boolean', default: false, describe: 'Print a machine-readable summary on stdout' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Print nothing but errors' }) as unknown as Argv<T & GlobalOptions>;
}

/**
 * Only export, push and restore connect, so only their help lists these (a convert or report
 * run given --token is told the option is unknown, not silently ignored).
 */
export function withConnectionOptions<T>(argv: Argv<T>): Argv<T & ConnectionOptions> {
  return argv
    .option('base-url', { type: 'string', describe: 'Confluence base URL (env CONFLUENCE_BASE_URL)', group: 'Connection:' })
    .option('email', { type: 'string', describe: 'Account email for an API token (env CONFLUENCE_EMAIL)', group: 'Connection:' })
    .option('token', { type: 'string', describe: 'Cloud API token (env CONFLUENCE_API_TOKEN)', group: 'Connection:' })
    .option('pat', { type: 'string', describe: 'Personal access token / bearer token (env CONFLUENCE_PAT)', group: 'Connection:' })
    .option('api', { choices: ['auto', 'v1', 'v2'] as const, default: 'auto' as const, describe: 'REST API generation: v2 (Cloud), v1 (Data Center, older Cloud) or auto (ask the server)', group: 'Connection:' })
    .option('allow-http', { type: 'boolean', default: false, describe: 'Send credentials over plain http to a host other than this machine (warned)', group: 'Connection:' }) as unknown as Argv<T & ConnectionOptions>;
}
