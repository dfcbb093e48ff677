import { WikiportError } from '../errors.js';
import { startSandbox } from './server.js';
import type { Sandbox } from './server.js';
import type { SandboxOptions } from './types.js';

export interface ServeOutput {
  info(line: string): void;
}

/**
 * What `wikiport sandbox` prints: how to reach the server and how to use it. Credentials the user
 * chose (`--token`, `--pat`) are not echoed; the sandbox's own defaults are, since they are not
 * secrets and the user needs them.
 */
export function describeSandbox(sandbox: Sandbox, userChoseCredentials = false): string[] {
  const auth = sandbox.auth;
  const secret = (value: string): string => (userChoseCredentials ? '<the one you gave>' : value);
  const credentials = 'pat' in auth ? `--pat ${secret(auth.pat)}` : `--email ${auth.email} --token ${secret(auth.token)}`;
  const env =
    'pat' in auth
      ? `CONFLUENCE_BASE_URL=${sandbox.baseUrl} CONFLUENCE_PAT=${secret(auth.pat)}`
      : `CONFLUENCE_BASE_URL=${sandbox.baseUrl} CONFLUENCE_EMAIL=${auth.email} CONFLUENCE_API_TOKEN=${secret(auth.token)}`;
  const spaces = sandbox.store.spaces().map((s) => `${s.key} (${sandbox.store.listSpace(s.id).length} pages)`).join(', ');
  return [
    `Confluence ${sandbox.flavor === 'dc' ? 'Data Center' : 'Cloud'} sandbox listening on ${sandbox.origin}`,
    `  base URL:    ${sandbox.baseUrl}`,
    `  credentials: ${credentials}`,
    `  spaces:      ${spaces || '(none)'}`,
    '',
    'Try:',
    `  wikiport export --base-url ${sandbox.baseUrl} ${credentials} --space MIN --out ./out`,
    `  or set ${env}`,
    '',
    'Press Ctrl-C to stop.',
  ];
}

/**
 * Runs the sandbox until `stop` fires (the CLI wires it to SIGINT/SIGTERM), then closes it and
 * prints the request counts. A port in use is a usage error with a way out.
 */
export async function serveSandbox(options: SandboxOptions, stop: AbortSignal, out: ServeOutput, json = false): Promise<Sandbox> {
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new WikiportError(`port ${options.port ?? 0} is already in use; pass --port 0 to pick a free one, or another port`);
    if (error instanceof Error && error.message.startsWith('sandbox data:')) throw new WikiportError(error.message);
    throw error;
  }
  const userChoseCredentials = options.auth !== undefined;
  if (json) {
    const auth = userChoseCredentials ? ('pat' in sandbox.auth ? { pat: '<the one you gave>' } : { email: sandbox.auth.email, token: '<the one you gave>' }) : sandbox.auth;
    out.info(JSON.stringify({ baseUrl: sandbox.baseUrl, origin: sandbox.origin, port: sandbox.port, flavor: sandbox.flavor, auth }));
  } else {
    for (const line of describeSandbox(sandbox, userChoseCredentials)) out.info(line);
  }
  if (!stop.aborted) await new Promise<void>((resolve) => stop.addEventListener('abort', () => resolve(), { once: true }));
  await sandbox.close();
  if (!json) out.info(`Stopped after ${sandbox.stats.requests} requests (${sandbox.stats.status429} answered 429, ${sandbox.stats.bytesSent} bytes sent).`);
  return sandbox;
}
