import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert, type InputFormat } from '../../src/convert.js';
import { scorePage, type ActualMeeting, type ExpectedMeeting, type PageScore } from './score-meeting.js';

/** The inputs a page of the evaluation set may have, by file suffix. */
const INPUTS: [suffix: string, from: InputFormat][] = [
  ['.storage.xhtml', 'storage'],
  ['.md', 'markdown'],
  ['.export.html', 'html-export'],
];

export interface EvaluatedPage {
  name: string;
  style: string;
  input: string;
  expected: ExpectedMeeting;
  actual: ActualMeeting | null;
  score: PageScore;
}

function inputOf(dir: string, name: string, expected: ExpectedMeeting): { file: string; from: InputFormat } {
  const named = expected.input;
  for (const [suffix, from] of INPUTS) {
    const file = named !== undefined && named.endsWith(suffix) ? named : `${name}${suffix}`;
    if (existsSync(join(dir, file))) return { file, from };
  }
  throw new Error(`${name}: no input (${INPUTS.map(([s]) => name + s).join(', ')}) in ${dir}`);
}

/** Display names by account id / user key from NAME.users.json, as an export or the API knows them. */
function userNamesFor(path: string): ((user: { accountId?: string; userKey?: string; username?: string }) => string | null) | undefined {
  if (!existsSync(path)) return undefined;
  const names = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return (user) => names[user.accountId ?? ''] ?? names[user.userKey ?? ''] ?? names[user.username ?? ''] ?? null;
}

/** The meeting the extractor reads from one input file, as `wikiport convert --to json` gives it. */
export function extractedMeeting(dir: string, file: string, from: InputFormat, title: string | null, usersPath: string): ActualMeeting | null {
  const userNames = userNamesFor(usersPath);
  const output = convert(readFileSync(join(dir, file), 'utf8'), {
    from,
    to: 'json',
    ...(title !== null ? { meta: { title } } : {}),
    ...(userNames ? { userNames } : {}),
  }).output;
  return (JSON.parse(output) as { meeting: ActualMeeting | null }).meeting;
}

/**
 * Every page NAME.expected.json of the folder, extracted and scored, in name order; with `prefixes`,
 * only the pages whose name starts with one of them are read at all (so that nothing of a held-out
 * set, not even a debug print of the extractor, shows while another set is scored).
 */
export function evaluateFolder(dir: string, prefixes?: readonly string[]): EvaluatedPage[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length))
    .filter((name) => prefixes === undefined || prefixes.some((prefix) => name.startsWith(prefix)))
    .sort();
  return names.map((name) => {
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as ExpectedMeeting;
    const { file, from } = inputOf(dir, name, expected);
    const actual = extractedMeeting(dir, file, from, expected.title ?? null, join(dir, `${name}.users.json`));
    return { name, style: expected.style ?? '', input: file, expected, actual, score: scorePage(expected, actual) };
  });
}
