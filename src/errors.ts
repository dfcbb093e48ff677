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
