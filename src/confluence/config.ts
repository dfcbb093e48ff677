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
    throw new WikiportError('No Confluence base URL: set --base-url or CONFLUENCE_BASE_URL (e.g. https://SITE.atlassian.net/wiki)');
  }
  const pat = options.pat ?? env.CONFLUENCE_PAT;
  const token = options.token ?? env.CONFLUENCE_API_TOKEN;
  const email = options.email ?? env.CONFLUENCE_EMAIL;
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
