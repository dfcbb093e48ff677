import type { Credentials } from './auth.js';
import { isLoopbackHost, type Deployment } from './base-url.js';
import { WikiportError } from '../errors.js';
import type { RetryPolicy } from './retry.js';

export type ApiChoice = 'auto' | 'v1' | 'v2';

/** Everything `createClient` needs. */
export interface ClientConfig extends Credentials {
  baseUrl: string;
  api?: ApiChoice;
  /** Override the deployment guessed from the host (e.g. a local sandbox acting as Cloud). */
  deployment?: Deployment;
  /** Requests in flight at once, shared by every caller of this client. Default 4. */
  concurrency?: number;
  /** Per-request timeout. Default 60 s. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Send credentials over plain http to a host other than this machine (refused without it). */
  allowHttp?: boolean;
}

/** Settings from options first, then the environment (CONFLUENCE_BASE_URL, _EMAIL, _API_TOKEN, _PAT). */
export function configFromOptions(
  options: { baseUrl?: string; email?: string; token?: string; pat?: string; api?: ApiChoice; allowHttp?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): ClientConfig {
  const baseUrl = options.baseUrl ?? env.CONFLUENCE_BASE_URL;
  if (!baseUrl) {
    throw new WikiportError(`No Confluence base URL: set --base-url or CONFLUENCE_BASE_URL (e.g. https://SITE.atlassian.net/wiki)${lookAlikes(env)}`);
  }
  const pat = options.pat ?? env.CONFLUENCE_PAT;
  const token = options.token ?? env.CONFLUENCE_API_TOKEN;
  const email = options.email ?? env.CONFLUENCE_EMAIL;
  // The client says what is missing; a variable spelled almost right is the likely reason, named here.
  if (!pat && !(token && email) && lookAlikes(env) !== '') {
    const missing = token ? 'An API token needs the account email: set --email (or CONFLUENCE_EMAIL), or use --pat for a bearer token' : 'No Confluence credentials: set --email and --token (CONFLUENCE_EMAIL, CONFLUENCE_API_TOKEN) for Cloud, or --pat (CONFLUENCE_PAT) for Data Center';
    throw new WikiportError(`${missing}${lookAlikes(env)}`);
  }
  if (options.allowHttp && /^\s*http:/i.test(baseUrl)) {
    let host = baseUrl;
    try {
      host = new URL(baseUrl.trim()).hostname;
    } catch {
      // parseBaseUrl says what is wrong with it.
    }
    if (!isLoopbackHost(host)) console.error(`wikiport: warning: --allow-http: credentials go to ${host} over plain http, readable by anyone on the way`);
  }
  return {
    baseUrl,
    api: options.api ?? 'auto',
    ...(options.allowHttp ? { allowHttp: true } : {}),
    ...(pat ? { pat } : {}),
    ...(token ? { token } : {}),
    ...(email ? { email } : {}),
  };
}

const KNOWN = ['CONFLUENCE_BASE_URL', 'CONFLUENCE_EMAIL', 'CONFLUENCE_API_TOKEN', 'CONFLUENCE_PAT'] as const;

/** Which known variable a name resembles, by the words in it. */
function meantFor(name: string): (typeof KNOWN)[number] | null {
  const upper = name.toUpperCase();
  const known = KNOWN.find((k) => k === upper);
  if (known) return known;
  const words = upper.split(/[_-]+/).slice(1);
  if (words.some((w) => ['PAT', 'BEARER', 'PERSONAL'].includes(w))) return 'CONFLUENCE_PAT';
  if (words.some((w) => ['TOKEN', 'APITOKEN', 'KEY', 'APIKEY', 'PASSWORD', 'SECRET'].includes(w))) return 'CONFLUENCE_API_TOKEN';
  if (words.some((w) => ['EMAIL', 'USER', 'USERNAME', 'LOGIN', 'MAIL'].includes(w))) return 'CONFLUENCE_EMAIL';
  if (words.some((w) => ['URL', 'BASEURL', 'HOST', 'SITE', 'BASE', 'SERVER', 'DOMAIN'].includes(w))) return 'CONFLUENCE_BASE_URL';
  return null;
}

/** ` (CONFLUENCE_TOKEN is set: did you mean CONFLUENCE_API_TOKEN?)` for every such variable, names only; '' for none. */
function lookAlikes(env: NodeJS.ProcessEnv): string {
  const hints: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (!/^(?:confluence|atlassian|conf)[_-]/i.test(name) || (KNOWN as readonly string[]).includes(name) || !env[name]) continue;
    const meant = meantFor(name);
    if (meant && !env[meant]) hints.push(`${name} is set: did you mean ${meant}?`);
  }
  return hints.length > 0 ? ` (${hints.join('; ')})` : '';
}
