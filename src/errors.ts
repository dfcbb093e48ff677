/** Exit codes, as DESIGN.md fixes them. */
export const ExitCode = {
  ok: 0,
  somePagesFailed: 1,
  usage: 2,
  conflict: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error the user can act on: its message names the file, page or field, what was expected
 * and what to do. The CLI prints the message alone (never a stack) and exits with `exitCode`.
 */
export class WikiportError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = ExitCode.usage, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WikiportError';
    this.exitCode = exitCode;
  }
}

export function isWikiportError(error: unknown): error is WikiportError {
  return error instanceof WikiportError;
}

/**
 * Text from the wiki (a title) or from disk, made safe to print on a terminal: control characters
 * (escape sequences, carriage returns, bells, C1 controls) and bidi overrides are written as
 * `\uXXXX`-style escapes, so a hostile title cannot retitle the window, clear the screen, reverse
 * what follows or forge a line of its own. Newlines are escaped too unless `newlines` (for text
 * of several lines by design); tabs stay.
 */
export function shownOnTerminal(text: string, options: { newlines?: boolean } = {}): string {
  // eslint-disable-next-line no-control-regex
  const unsafe = options.newlines ? /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g : /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
  return text.replace(unsafe, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
