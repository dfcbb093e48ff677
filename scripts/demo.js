#!/usr/bin/env node
// Offline demo: converts the sample pages in fixtures/pages to Markdown in ./out, checks that each
// one survives the trip back to storage and again to Markdown unchanged, and prints a summary.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('wikiport demo: dist/ is missing; run `npm run build` (npm ci does it) and try again.');
  process.exit(2);
}
const { convert } = await import('../dist/index.js');

const pagesDir = join(root, 'fixtures', 'pages');
const outDir = join(process.cwd(), 'out');
mkdirSync(outDir, { recursive: true });

const names = readdirSync(pagesDir).filter((f) => f.endsWith('.storage.xhtml')).map((f) => f.slice(0, -'.storage.xhtml'.length)).sort();
const rows = [];
let totalMs = 0;
let fixedPoints = 0;
for (const name of names) {
  const source = readFileSync(join(pagesDir, `${name}.storage.xhtml`), 'utf8');
  const metaPath = join(pagesDir, `${name}.meta.json`);
  const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : undefined;
  const started = performance.now();
  const result = convert(source, { from: 'storage', to: 'md', meta });
  totalMs += performance.now() - started;
  const back = convert(result.output, { from: 'markdown', to: 'storage' }).output;
  const again = convert(back, { from: 'storage', to: 'md', meta }).output;
  if (again === result.output) fixedPoints++;
  const target = join(outDir, `${name}.md`);
  writeFileSync(`${target}.tmp`, result.output);
  renameSync(`${target}.tmp`, target);
  const kept = result.report.entries.filter((e) => e.kind === 'kept-invisible').length;
  const warnings = result.report.entries.length - kept;
  rows.push({ page: name, 'markdown lines': result.output.split('\n').length, 'kept invisibly': kept, warnings, 'round trip': again === result.output ? 'same' : 'CHANGED' });
}
console.table(rows);
console.log(`Converted ${names.length} sample pages to Markdown in ${outDir} in ${totalMs.toFixed(0)} ms; ${fixedPoints}/${names.length} come back unchanged through storage.`);
process.exitCode = fixedPoints === names.length ? 0 : 1;

// A Confluence XML space export (bundled, generated from the format): pages with their tree,
// attachments, comments and every earlier version, into ./out/TEAM-xml.
const { convertXmlBackup } = await import('../dist/index.js');
const xmlOut = join(outDir, 'TEAM-xml');
const xml = await convertXmlBackup({ input: join(root, 'fixtures', 'xml-export', 'team-space'), out: xmlOut, history: true, comments: true });
console.log(
  `Converted the XML space export fixtures/xml-export/team-space to ${xmlOut}: ${xml.pages} pages, ${xml.blogPosts} blog post, ` +
    `${xml.attachments} attachments, ${xml.comments} comments, ${xml.versions} earlier versions; ${xml.problems.length} problems.`,
);
for (const problem of xml.problems) console.error(`  ${problem}`);
if (xml.problems.length > 0) process.exitCode = 1;

// Live part: a local Confluence (the sandbox) on a free port, its MIN space exported to ./out/MIN
// as Markdown and JSON through the REST client, exactly as from a real wiki.
const { startSandbox } = await import('../dist/sandbox/server.js');
const { exportPages } = await import('../dist/index.js');
const sandbox = await startSandbox({ port: 0 });
try {
  const exportDir = join(outDir, 'MIN');
  const summary = await exportPages({ connection: { baseUrl: sandbox.baseUrl, ...sandbox.auth }, space: 'MIN', out: exportDir, formats: ['md', 'json'] });
  const p = summary.pages;
  console.log(
    `Exported space MIN from the sandbox at ${sandbox.baseUrl} (REST ${summary.api}) to ${exportDir}: ${p.written} written, ` +
      `${p.skipped} unchanged, ${p.failed} failed; ${summary.requests} requests (${summary.requestsPerPage} per page).`,
  );
  for (const failure of summary.failures) console.error(`  page ${failure.id} failed: ${failure.reason}`);
  if (summary.failures.length > 0) process.exitCode = 1;
} finally {
  await sandbox.close();
}
