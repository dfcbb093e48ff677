import { readFile } from 'node:fs/promises';
import { WikiportError } from '../errors.js';
import { redactionRules } from './redaction-rules.js';
import { parseRedactionRules } from './redaction-rules-file.js';
import type { RedactionRule } from './redaction-rule.js';

/** The rules for `--redact` (and `--redact-rules FILE`): built-ins plus the file's, validated. The CLI edge. */
export async function loadRedactionRules(rulesFile?: string): Promise<RedactionRule[]> {
  if (!rulesFile) return redactionRules();
  let text: string;
  try {
    text = await readFile(rulesFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WikiportError(`--redact-rules ${rulesFile}: cannot read the file (${code ?? 'error'}). Give the path of a YAML or JSON rules file.`);
  }
  return redactionRules(parseRedactionRules(text, rulesFile));
}
