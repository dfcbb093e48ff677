import { WikiportError } from '../errors.js';

/** Credentials as the user gave them; never printed. */
export interface Credentials {
  email?: string;
  token?: string;
  pat?: string;
}

/** The Authorization header value: Bearer for a PAT or scoped token, Basic for email + API token. */
export function authorizationHeader(credentials: Credentials): string {
  if (credentials.pat) return `Bearer ${credentials.pat}`;
  if (credentials.email && credentials.token) {
    return `Basic ${Buffer.from(`${credentials.email}:${credentials.token}`).toString('base64')}`;
  }
  if (credentials.token && !credentials.email) {
    throw new WikiportError('An API token needs the account email: set --email (or CONFLUENCE_EMAIL), or use --pat for a bearer token');
  }
  throw new WikiportError(
    'No Confluence credentials: set --email and --token (CONFLUENCE_EMAIL, CONFLUENCE_API_TOKEN) for Cloud, or --pat (CONFLUENCE_PAT) for Data Center',
  );
}

/** Every spelling of the secrets that could leak into text: raw values and the basic-auth blob. */
export function secretSpellings(credentials: Credentials): string[] {
  const out: string[] = [];
  if (credentials.pat) out.push(credentials.pat);
  if (credentials.token) {
    out.push(credentials.token);
    if (credentials.email) out.push(Buffer.from(`${credentials.email}:${credentials.token}`).toString('base64'));
  }
  return out.filter((s) => s.length >= 4);
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  return out;
}
