import { escapeRegExp, spansOf, URL_MASK } from './redaction-rule.js';
import type { RedactionRule, SecretSpan } from './redaction-rule.js';

/** Query (or fragment) parameters whose value grants access: Zoom `pwd`, SAS `sig`, API `key`, ... */
export const BUILT_IN_URL_PARAMS: readonly string[] = [
  'pwd', 'passwd', 'password', 'passcode', 'pass',
  'token', 'access_token', 'id_token', 'refresh_token', 'auth', 'auth_token', 'authkey', 'auth_key',
  'sig', 'signature', 'key', 'api_key', 'apikey', 'secret', 'client_secret',
  'x-amz-signature', 'x-amz-credential', 'x-amz-security-token', 'x-goog-signature', 'x-goog-credential',
];

/** Masks the value of secret parameters in any URL inside the text (`?pwd=abc&x=1` -> `?pwd=REDACTED&x=1`). */
export function urlTokenRule(params: readonly string[]): RedactionRule {
  const names = [...params].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const regex = new RegExp(`[?&#;](?:${names})=(?<secret>[^&#\\s"<>]+)`, 'gid');
  return {
    kind: 'url-token',
    signature: `url-token ${regex.source}`,
    find(text: string): SecretSpan[] {
      return spansOf(regex, text, 'url-token', URL_MASK).filter((s) => text.slice(s.start, s.end) !== URL_MASK);
    },
  };
}
