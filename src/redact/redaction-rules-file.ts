import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { WikiportError } from '../errors.js';

/**
 * The `--redact-rules FILE` format (YAML or JSON; every key optional), added to the built-in rules:
 *
 * ```yaml
 * labels: [Bridge code, Door code]        # a value after "LABEL:" / "LABEL -" / "LABEL is" is masked
 * pins: [Conference ID]                   # like labels, but only digits are taken as the value
 * urlParams: [session, ticket]            # ?session=VALUE in any URL is masked
 * patterns:                               # regular expressions (JavaScript syntax)
 *   - name: employee-id
 *     regex: 'EMP-\d{6}'
 *     flags: i                            # optional: any of i, m, s, u
 *   - name: vault-path
 *     regex: 'vault://(?<secret>\S+)'      # a group named "secret" masks only that part
 * ```
 */
const PatternSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, "-", "_" or "." (the name appears in the report)'),
    regex: z.string().min(1, 'an empty regex would match everywhere'),
    flags: z.string().regex(/^[imsu]*$/, 'flags may only be i, m, s and u').default(''),
  })
  .strict()
  .superRefine((p, ctx) => {
    let compiled: RegExp;
    try {
      compiled = new RegExp(p.regex, p.flags);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['regex'], message: `not a valid regular expression: ${(error as Error).message}` });
      return;
    }
    if (compiled.test('')) ctx.addIssue({ code: 'custom', path: ['regex'], message: 'matches the empty string, so it would mask nothing useful; make it match at least one character' });
  });

export const RedactionRulesFileSchema = z
  .object({
    labels: z.array(z.string().trim().min(1)).default([]),
    pins: z.array(z.string().trim().min(1)).default([]),
    urlParams: z.array(z.string().trim().regex(/^[A-Za-z0-9_.\-[\]]+$/, 'a query parameter name')).default([]),
    patterns: z.array(PatternSchema).default([]),
  })
  .strict();
export type RedactionRulesFile = z.infer<typeof RedactionRulesFileSchema>;

/** Parses and validates a rules file's text; `fileName` only names it in errors. Pure. */
export function parseRedactionRules(text: string, fileName: string): RedactionRulesFile {
  let data: unknown;
  try {
    data = text.trim() === '' ? {} : parseYaml(text);
  } catch (error) {
    throw new WikiportError(`${fileName}: not valid YAML or JSON (${(error as Error).message.split('\n')[0]}). See "--redact-rules" in the README for the format.`);
  }
  const parsed = RedactionRulesFileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
    throw new WikiportError(`${fileName}: invalid redaction rules: ${problems}. Expected keys: labels, pins, urlParams, patterns (see "--redact-rules" in the README).`);
  }
  return parsed.data;
}
