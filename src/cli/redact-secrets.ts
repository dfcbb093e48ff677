import { shownOnTerminal } from '../errors.js';

/**
 * Last line of defence: whatever message reaches the terminal has the configured credentials
 * replaced. The credentials are read from the environment and the argument list.
 */
export function redactSecrets(text: string, secrets: readonly string[] = knownSecrets()): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  return out;
}

function knownSecrets(): string[] {
  const fromEnv = [process.env.CONFLUENCE_API_TOKEN, process.env.CONFLUENCE_PAT];
  const fromArgs: string[] = [];
  const argv = process.argv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    for (const flag of ['--token', '--pat']) {
      if (arg === flag && argv[i + 1]) fromArgs.push(argv[i + 1] as string);
      else if (arg.startsWith(`${flag}=`)) fromArgs.push(arg.slice(flag.length + 1));
    }
  }
  const all = [...fromEnv, ...fromArgs].filter((s): s is string => Boolean(s));
  // Basic auth headers carry base64(email:token); hide that spelling too.
  const email = process.env.CONFLUENCE_EMAIL;
  if (email) for (const s of [...all]) all.push(Buffer.from(`${email}:${s}`).toString('base64'));
  return all;
}

/** A message for the terminal: credentials replaced, control characters of titles and file names escaped. */
export function terminalText(text: string, options: { newlines?: boolean } = {}): string {
  return shownOnTerminal(redactSecrets(text), options);
}
