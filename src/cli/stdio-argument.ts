/**
 * yargs re-parses a lone `-` as an empty flag, so it never reaches a positional or an option
 * value. main() hands it to yargs as this placeholder instead, and commands read it back as `-`
 * (standard input as an input, standard output as `--out`).
 */
export const STDIO_PLACEHOLDER = '\u2063wikiport-stdio\u2063';

export function protectStdioArguments(args: readonly string[]): string[] {
  const end = args.indexOf('--');
  return args.map((arg, i) => (arg === '-' && (end < 0 || i < end) ? STDIO_PLACEHOLDER : arg));
}

export function stdioArgument(value: string): string {
  return value === STDIO_PLACEHOLDER ? '-' : value;
}
