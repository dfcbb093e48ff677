import type { BlockContext } from './storage-blocks.js';
import {
  codeMacro, dynamicMacro, escapeXml, expand, heading, image, inlineText, isoDate, layout, list, mention, orgName,
  pageLink, panel, paragraph, personName, status, table, taskList, unknownMacro, words,
} from './storage-blocks.js';

/** The kinds of page a real wiki is made of, with the share of each in the generated corpus. */
export type PageKind = 'minutes' | 'how-to' | 'reference' | 'status-report' | 'engineering' | 'index';

export const PAGE_KIND_WEIGHTS: readonly (readonly [PageKind, number])[] = [
  ['minutes', 25], ['how-to', 22], ['reference', 15], ['status-report', 15], ['engineering', 15], ['index', 8],
];

/** Meeting notes as the Confluence template (and years of hand edits) leave them. */
function minutesBody(ctx: BlockContext): string {
  const { rng } = ctx;
  const parts: string[] = [];
  if (rng.chance(0.4)) parts.push(dynamicMacro(ctx));
  parts.push(`<h2>Date</h2><p><time datetime="${isoDate(rng)}" /></p>`);
  const attendees: string[] = [];
  for (let i = rng.int(3, 12); i > 0; i--) attendees.push(`<li>${mention(ctx)}${rng.chance(0.3) ? `, ${escapeXml(orgName(rng))}` : ''}</li>`);
  parts.push(`<h2>Attendees</h2><ul>${attendees.join('')}</ul>`);
  if (rng.chance(0.5)) {
    // Old minutes keep attendance in a two-column table with a merged "alternate" column.
    const rows = rng.int(4, 10);
    parts.push(`<h3>Steering committee</h3>${table(ctx, rows, rng.int(2, 4))}`);
  }
  parts.push(`<h2>Goals</h2>${list(ctx, 2)}`);
  const items: string[] = ['<tr><th>Time</th><th>Item</th><th>Who</th><th>Notes</th></tr>'];
  for (let i = rng.int(2, 8); i > 0; i--) {
    items.push(`<tr><td>${rng.int(5, 30)} min</td><td>${escapeXml(words(rng, 2, 5))}</td><td>${mention(ctx)}</td><td>${rng.chance(0.4) ? list(ctx, 2) : inlineText(ctx, 2)}</td></tr>`);
  }
  parts.push(`<h2>Discussion items</h2><table><tbody>${items.join('')}</tbody></table>`);
  if (rng.chance(0.3)) parts.push(`<h3>Notes</h3>${list(ctx, 4)}`);
  parts.push(`<h2>Action items</h2>${taskList(ctx, 2)}`);
  if (rng.chance(0.2)) parts.push(`<h2>Decisions</h2>${panel(ctx, paragraph(ctx))}`);
  return parts.join('');
}

function howToBody(ctx: BlockContext): string {
  const { rng } = ctx;
  const parts: string[] = [paragraph(ctx)];
  if (rng.chance(0.3)) parts.push(panel(ctx, paragraph(ctx)));
  for (let s = rng.int(1, 5); s > 0; s--) {
    parts.push(heading(ctx, rng.int(2, 3)));
    for (let p = rng.int(1, 3); p > 0; p--) parts.push(paragraph(ctx));
    if (rng.chance(0.6)) parts.push(list(ctx, rng.int(1, 4)));
    if (rng.chance(0.35)) parts.push(codeMacro(ctx));
    if (rng.chance(0.25)) parts.push(image(ctx));
    if (rng.chance(0.15)) parts.push(expand(ctx, paragraph(ctx) + list(ctx, 2)));
  }
  if (rng.chance(0.2)) parts.push(`<h2>Related</h2><ul><li>${pageLink(ctx)}</li><li>${pageLink(ctx)}</li></ul>`);
  return parts.join('');
}

/** Reference pages: the large tables (inventories, contact lists, matrices) wikis are full of. */
function referenceBody(ctx: BlockContext): string {
  const { rng } = ctx;
  const parts: string[] = [paragraph(ctx)];
  for (let t = rng.int(1, 2); t > 0; t--) {
    parts.push(heading(ctx, 2));
    const big = rng.chance(0.25);
    parts.push(table(ctx, big ? rng.int(30, 100) : rng.int(4, 15), big ? rng.int(6, 13) : rng.int(2, 6)));
    if (rng.chance(0.4)) parts.push(paragraph(ctx));
  }
  if (rng.chance(0.2)) parts.push(unknownMacro(ctx));
  return parts.join('');
}

function statusReportBody(ctx: BlockContext): string {
  const { rng } = ctx;
  const rows: string[] = ['<tr><th>Workstream</th><th>Owner</th><th>Status</th><th>Comment</th></tr>'];
  for (let i = rng.int(3, 12); i > 0; i--) {
    rows.push(`<tr><td>${escapeXml(words(rng, 1, 3))}</td><td>${mention(ctx)}</td><td>${status(ctx)}</td><td>${inlineText(ctx, 2)}</td></tr>`);
  }
  const summary = layout(ctx, [paragraph(ctx) + list(ctx, 2), panel(ctx, paragraph(ctx))]);
  const parts = [summary, `<h2>Workstreams</h2><table><tbody>${rows.join('')}</tbody></table>`, `<h2>Next steps</h2>${taskList(ctx, 2)}`];
  if (rng.chance(0.3)) parts.push(`<h2>Risks</h2>${list(ctx, 3)}`);
  if (rng.chance(0.25)) parts.push(unknownMacro(ctx));
  return parts.join('');
}

function engineeringBody(ctx: BlockContext): string {
  const { rng } = ctx;
  const parts: string[] = [];
  if (rng.chance(0.5)) parts.push(dynamicMacro(ctx));
  parts.push(panel(ctx, `<p>Owner: ${mention(ctx)} ${status(ctx)}</p>`));
  for (let s = rng.int(2, 5); s > 0; s--) {
    parts.push(heading(ctx, 2), paragraph(ctx));
    if (rng.chance(0.7)) parts.push(codeMacro(ctx));
    if (rng.chance(0.3)) parts.push(table(ctx, rng.int(3, 10), rng.int(2, 5)));
    if (rng.chance(0.3)) parts.push(unknownMacro(ctx));
    if (rng.chance(0.2)) parts.push(expand(ctx, codeMacro(ctx)));
  }
  return parts.join('');
}

function indexBody(ctx: BlockContext): string {
  const { rng } = ctx;
  const links: string[] = [];
  for (let i = rng.int(3, 15); i > 0; i--) links.push(`<li>${pageLink(ctx)} ${rng.chance(0.3) ? emoticonLikeNote(ctx) : ''}</li>`);
  const cells = [`<h2>Pages</h2><ul>${links.join('')}</ul>`, dynamicMacro(ctx) + paragraph(ctx)];
  if (rng.chance(0.4)) cells.push(panel(ctx, paragraph(ctx)));
  return layout(ctx, cells) + (rng.chance(0.5) ? unknownMacro(ctx) : '');
}

function emoticonLikeNote(ctx: BlockContext): string {
  return `(${escapeXml(personName(ctx.rng))}) ${status(ctx)}`;
}

export function pageBody(kind: PageKind, ctx: BlockContext): string {
  switch (kind) {
    case 'minutes': return minutesBody(ctx);
    case 'how-to': return howToBody(ctx);
    case 'reference': return referenceBody(ctx);
    case 'status-report': return statusReportBody(ctx);
    case 'engineering': return engineeringBody(ctx);
    case 'index': return indexBody(ctx);
  }
}
