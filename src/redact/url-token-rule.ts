import { escapeRegExp, spansOf, URL_MASK } from './redaction-rule.js';
import type { RedactionRule, SecretSpan } from './redaction-rule.js';

/** Query (or fragment) parameters whose value grants access: Zoom `pwd`, SAS `sig`, API `key`, ... */
export const BUILT_IN_URL_PARAMS: readonly string[] = [
  'pwd', 'passwd', 'password', 'passcode', 'pass',
  'token', 'access_token', 'id_token', 'refresh_token', 'auth', 'auth_token', 'authkey', 'auth_key',
  'sig', 'signature', 'key', 'api_key', 'apikey', 'secret', 'client_secret',
  'x-amz-signature', 'x-amz-credential', 'x-amz-security-token', 'x-goog-signature', 'x-goog-credential',
  'jwt', 'private_token', 'access-token', 'api-key', 'x-api-key',
  'session', 'sessionid', 'session_id', 'jsessionid', 'phpsessid',
];

/**
 * Webhook addresses whose path is the credential (anyone holding one can post as the integration):
 * Slack `hooks.slack.com/services/T…/B…/SECRET`, Discord `…/api/webhooks/ID/SECRET`, Microsoft Teams
 * `….webhook.office.com/webhookb2/…/IncomingWebhook/SECRET/…`, Zapier `hooks.zapier.com/hooks/catch/ID/SECRET`.
 */
const WEBHOOK_PATHS: readonly RegExp[] = [
  /\bhooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Z0-9]+\/[A-Z0-9]+\/(?<secret>[A-Za-z0-9_-]+)/gd,
  /\b(?:discord|discordapp)\.com\/api\/webhooks\/\d+\/(?<secret>[A-Za-z0-9_-]+)/gd,
  /\.webhook\.office\.com\/webhookb2\/[^\s/?#]+\/IncomingWebhook\/(?<secret>[A-Za-z0-9_-]+)/gd,
  /\boutlook\.office\.com\/webhook\/[^\s/?#]+\/IncomingWebhook\/(?<secret>[A-Za-z0-9_-]+)/gd,
  /\bhooks\.zapier\.com\/hooks\/catch\/\d+\/(?<secret>[A-Za-z0-9_-]+)/gd,
];

/** The password of an address's user part: `postgres://app:PASSWORD@db:5432`, `https://user:PASSWORD@git.example.com`. */
const USERINFO_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/?#@:"'<>]*:(?<secret>[^\s/?#@"'<>]+)@/gid;

/**
 * Masks the value of secret parameters in any URL inside the text (`?pwd=abc&x=1` -> `?pwd=REDACTED&x=1`),
 * and the password of a URL's user part (`https://user:REDACTED@host`).
 */
export function urlTokenRule(params: readonly string[]): RedactionRule {
  const names = [...params].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const regex = new RegExp(`[?&#;](?:${names})=(?<secret>[^&#?\\s"<>]+)`, 'gid');
  return {
    kind: 'url-token',
    signature: `url-token ${regex.source} ${USERINFO_PASSWORD.source} ${WEBHOOK_PATHS.map((p) => p.source).join(' ')}`,
    find(text: string): SecretSpan[] {
      const spans = [...spansOf(regex, text, 'url-token', URL_MASK), ...spansOf(USERINFO_PASSWORD, text, 'url-token', URL_MASK), ...WEBHOOK_PATHS.flatMap((p) => spansOf(p, text, 'url-token', URL_MASK))];
      return spans.filter((s) => text.slice(s.start, s.end) !== URL_MASK).sort((a, b) => a.start - b.start);
    },
  };
}
