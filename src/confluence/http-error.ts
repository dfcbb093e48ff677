import { ExitCode, WikiportError } from '../errors.js';

/** A Confluence answer the client could not turn into data. The message names the endpoint. */
export class ConfluenceHttpError extends WikiportError {
  constructor(
    message: string,
    readonly status: number | null,
    readonly endpoint: string,
    exitCode: ExitCode = ExitCode.usage,
  ) {
    super(message, exitCode);
    this.name = 'ConfluenceHttpError';
  }
}

/**
 * A write whose outcome is unknown (the connection dropped or a gateway timed out after the
 * request was sent). It must not be retried blindly: check the page version first.
 */
export class WriteOutcomeUnknownError extends ConfluenceHttpError {
  constructor(endpoint: string, reason: string) {
    super(`${endpoint}: the write may or may not have been applied (${reason}); check the page before retrying`, null, endpoint);
    this.name = 'WriteOutcomeUnknownError';
  }
}

/** The short reason Confluence gave, from any of its error envelopes (v1, v2, gateway, HTML). */
export function serverReason(body: string): string {
  const text = body.trim();
  if (!text) return '';
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const errors = json.errors;
    if (Array.isArray(errors) && errors.length > 0) {
      const first = errors[0] as Record<string, unknown>;
      const title = typeof first.title === 'string' ? first.title : '';
      const detail = typeof first.detail === 'string' ? first.detail : '';
      return clip([title, detail].filter(Boolean).join(': '));
    }
    if (typeof json.message === 'string') return clip(json.message.replace(/^com\.atlassian\.[\w.]+Exception:\s*/, ''));
    if (typeof json.reason === 'string') return clip(json.reason);
    return '';
  } catch {
    // HTML (Tomcat, proxies, sign-in pages): keep the visible text only, not style sheets or scripts.
    const visible = text
      .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
      .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[name] ?? ' ');
    return clip(visible.replace(/\s+/g, ' ').trim());
  }
}

function clip(s: string): string {
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}

/** The error a user sees for an HTTP status. */
export function errorForStatus(status: number, endpoint: string, body: string): ConfluenceHttpError {
  const reason = serverReason(body);
  const why = reason ? `: ${reason}` : '';
  switch (status) {
    case 401:
      return new ConfluenceHttpError(
        `${endpoint}: authentication failed (401)${why}. Check --email/--token (CONFLUENCE_EMAIL, CONFLUENCE_API_TOKEN) or --pat (CONFLUENCE_PAT), and that the token has not expired`,
        status,
        endpoint,
      );
    case 403:
      return new ConfluenceHttpError(`${endpoint}: permission denied (403)${why}. The account may not read this content`, status, endpoint);
    case 404:
      return new ConfluenceHttpError(`${endpoint}: not found (404)${why}. Check the id or key, and that the account may see it`, status, endpoint);
    case 409:
      return new ConfluenceHttpError(`${endpoint}: conflict (409)${why}`, status, endpoint, ExitCode.conflict);
    case 410:
      return new ConfluenceHttpError(`${endpoint}: this endpoint is gone (410)${why}. Try --api v2`, status, endpoint);
    case 429:
      return new ConfluenceHttpError(`${endpoint}: still rate limited (429) after retries${why}. Lower --concurrency or try later`, status, endpoint, ExitCode.somePagesFailed);
    default:
      return new ConfluenceHttpError(`${endpoint}: HTTP ${status}${why}`, status, endpoint, status >= 500 ? ExitCode.somePagesFailed : ExitCode.usage);
  }
}
