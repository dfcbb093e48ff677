/**
 * What replaces a secret in the hub's text (`--redact`). It lives in the hub because writers
 * know it too: the Markdown writer leaves it unescaped so that it reads `[redacted]`.
 */
export const TEXT_MASK = '[redacted]';
