import type { Random } from './random.js';
import { DYNAMIC_MACROS, EMOTICONS, LANGUAGES, NAMES, ORGS, STATUS_TITLES, TOPICS, UNKNOWN_MACROS, WORDS } from './vocabulary.js';

/**
 * Builders for the storage-format constructs a generated page is made of. Each returns storage
 * XHTML as Confluence writes it (macro ids, schema versions, CDATA, `&nbsp;`, colour spans), so the
 * converter under test meets the same mess as on a real wiki.
 */
export interface BlockContext {
  rng: Random;
  spaceKey: string;
  /** Title of another page in the space (a random earlier one), for page links. */
  otherPageTitle: () => string;
  /** Account ids of the people on the wiki, index-aligned with NAMES. */
  accountIds: readonly string[];
  /** Their user keys from the Server/Data Center era, index-aligned with NAMES. */
  userKeys: readonly string[];
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

export function words(rng: Random, min: number, max: number): string {
  const count = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(rng.pick(WORDS));
  return out.join(' ');
}

export function sentence(rng: Random): string {
  const text = words(rng, 6, 18);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function isoDate(rng: Random, fromYear = 2019, toYear = 2026): string {
  const y = rng.int(fromYear, toYear);
  const m = String(rng.int(1, 12)).padStart(2, '0');
  const d = String(rng.int(1, 28)).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function macroParams(params: Record<string, string>): string {
  return Object.entries(params).map(([k, v]) => `<ac:parameter ac:name="${k}">${escapeXml(v)}</ac:parameter>`).join('');
}

function macroOpen(ctx: BlockContext, name: string): string {
  return `<ac:structured-macro ac:name="${name}" ac:schema-version="1" ac:macro-id="${ctx.rng.uuid()}">`;
}

export function mention(ctx: BlockContext): string {
  const i = ctx.rng.int(0, ctx.accountIds.length - 1);
  // Older pages (Server/DC era) name users by user key; Cloud pages by account id.
  if (ctx.rng.chance(0.15)) return `<ac:link><ri:user ri:userkey="${ctx.userKeys[i] ?? ''}" /></ac:link>`;
  return `<ac:link><ri:user ri:account-id="${ctx.accountIds[i] ?? ''}" /></ac:link>`;
}

export function pageLink(ctx: BlockContext): string {
  const title = ctx.otherPageTitle();
  const space = ctx.rng.chance(0.8) ? ` ri:space-key="${ctx.spaceKey}"` : '';
  if (ctx.rng.chance(0.5)) return `<ac:link><ri:page ri:content-title="${escapeXml(title)}"${space} /></ac:link>`;
  return `<ac:link><ri:page ri:content-title="${escapeXml(title)}"${space} /><ac:plain-text-link-body>${cdata(words(ctx.rng, 1, 4))}</ac:plain-text-link-body></ac:link>`;
}

export function status(ctx: BlockContext): string {
  const [colour, title] = ctx.rng.pick(STATUS_TITLES);
  const subtle = ctx.rng.chance(0.2) ? macroParams({ subtle: 'true' }) : '';
  return `${macroOpen(ctx, 'status')}${macroParams({ colour, title })}${subtle}</ac:structured-macro>`;
}

export function emoticon(ctx: BlockContext): string {
  return `<ac:emoticon ac:name="${ctx.rng.pick(EMOTICONS)}" />`;
}

export function jira(ctx: BlockContext): string {
  const key = `${ctx.rng.pick(['PLAT', 'BILL', 'OPS', 'SEC', 'WEB'])}-${ctx.rng.int(1, 9999)}`;
  return `${macroOpen(ctx, 'jira')}${macroParams({ server: 'Company JIRA', serverId: ctx.rng.uuid(), key })}</ac:structured-macro>`;
}

/** A run of prose with the inline constructs real editors produce, including the useless ones. */
export function inlineText(ctx: BlockContext, maxSentences = 4): string {
  const { rng } = ctx;
  const parts: string[] = [];
  const n = rng.int(1, maxSentences);
  for (let i = 0; i < n; i++) {
    parts.push(escapeXml(sentence(rng)));
    const extra = rng.weighted<string>([
      ['none', 10], ['strong', 3], ['em', 2], ['code', 2], ['link', 2], ['mention', 2], ['page', 2], ['status', 1],
      ['colour', 2], ['nbsp', 2], ['entity', 1], ['emoticon', 1], ['jira', 1], ['date', 1], ['sub', 0.3], ['u', 0.5], ['s', 0.5],
    ]);
    switch (extra) {
      case 'strong': parts.push(`<strong>${words(rng, 1, 4)}</strong>`); break;
      case 'em': parts.push(`<em>${words(rng, 1, 4)}</em>`); break;
      case 'code': parts.push(`<code>${rng.pick(['npm ci', 'kubectl get pods', 'SELECT 1', 'git rebase -i', 'config.yaml', '--dry-run'])}</code>`); break;
      case 'link': parts.push(`<a href="https://example.com/${rng.pick(WORDS)}/${rng.int(1, 999)}?ref=wiki&amp;id=${rng.int(1, 99)}">${words(rng, 1, 3)}</a>`); break;
      case 'mention': parts.push(mention(ctx)); break;
      case 'page': parts.push(pageLink(ctx)); break;
      case 'status': parts.push(status(ctx)); break;
      case 'colour': parts.push(`<span style="color: rgb(${rng.int(0, 255)},${rng.int(0, 255)},${rng.int(0, 255)});">${words(rng, 1, 5)}</span>`); break;
      case 'nbsp': parts.push(`${words(rng, 1, 3)}&nbsp;&nbsp;`); break;
      case 'entity': parts.push(`${words(rng, 1, 2)} &mdash; ${words(rng, 1, 2)} &ldquo;${words(rng, 1, 2)}&rdquo; &hellip;`); break;
      case 'emoticon': parts.push(emoticon(ctx)); break;
      case 'jira': parts.push(jira(ctx)); break;
      case 'date': parts.push(`<time datetime="${isoDate(rng)}" />`); break;
      case 'sub': parts.push(`H<sub>2</sub>O and x<sup>2</sup>`); break;
      case 'u': parts.push(`<u>${words(rng, 1, 3)}</u>`); break;
      case 's': parts.push(`<s>${words(rng, 1, 3)}</s>`); break;
      default: break;
    }
  }
  return parts.join(' ');
}

export function paragraph(ctx: BlockContext): string {
  return `<p>${inlineText(ctx)}</p>`;
}

export function heading(ctx: BlockContext, level: number): string {
  const text = escapeXml(`${ctx.rng.pick(TOPICS)} ${words(ctx.rng, 1, 4)}`);
  return `<h${level}>${text}</h${level}>`;
}

/** Lists nested up to `depth`, with the malformed shapes the old editor left behind. */
export function list(ctx: BlockContext, depth: number): string {
  const { rng } = ctx;
  const tag = rng.chance(0.7) ? 'ul' : 'ol';
  const items: string[] = [];
  const n = rng.int(2, 5);
  for (let i = 0; i < n; i++) {
    let body = rng.chance(0.2) ? `<p>${inlineText(ctx, 2)}</p>` : inlineText(ctx, 2);
    if (depth > 1 && rng.chance(0.25)) {
      const child = list(ctx, depth - 1);
      // A `ul` directly inside a `ul` (no `li` around it) is what pasted content often looks like.
      if (rng.chance(0.2)) {
        items.push(`<li>${body}</li>${child}`);
        continue;
      }
      body += child;
    }
    items.push(`<li>${body}</li>`);
  }
  const style = rng.chance(0.1) ? ' style="list-style-type: square;"' : '';
  return `<${tag}${style}>${items.join('')}</${tag}>`;
}

function cellText(ctx: BlockContext, column: number, rich: boolean): string {
  const { rng } = ctx;
  const kind = column === 0 ? 'words' : rng.weighted<string>([
    ['words', 6], ['number', 3], ['date', 2], ['status', 1.5], ['mention', 1.5], ['empty', 2], ['para', rich ? 1 : 0.1], ['list', rich ? 0.5 : 0.05], ['tasks', rich ? 0.3 : 0.02],
  ]);
  switch (kind) {
    case 'number': return String(rng.int(0, 100000) / (rng.chance(0.5) ? 100 : 1));
    case 'date': return rng.chance(0.5) ? `<time datetime="${isoDate(rng)}" />` : isoDate(rng);
    case 'status': return status(ctx);
    case 'mention': return mention(ctx);
    case 'empty': return rng.chance(0.5) ? '' : '<br />';
    case 'para': return `<p>${inlineText(ctx, 2)}</p>`;
    case 'list': return list(ctx, 2);
    case 'tasks': return taskList(ctx, 1);
    default: return escapeXml(words(rng, 1, 6));
  }
}

/** A table with merged cells, bold-`td` or `th` headers, empty columns, colgroup and tbody. */
export function table(ctx: BlockContext, rows: number, cols: number): string {
  const { rng } = ctx;
  const emptyColumn = cols > 3 && rng.chance(0.3) ? rng.int(1, cols - 1) : -1;
  const boldHeader = rng.chance(0.35);
  const out: string[] = ['<table class="wrapped confluenceTable">'];
  if (rng.chance(0.6)) out.push(`<colgroup>${'<col />'.repeat(cols)}</colgroup>`);
  out.push('<tbody>');
  const header: string[] = [];
  for (let c = 0; c < cols; c++) {
    const text = c === emptyColumn ? '' : escapeXml(`${rng.pick(TOPICS)} ${rng.pick(WORDS)}`);
    header.push(boldHeader ? `<td class="confluenceTd"><strong>${text}</strong></td>` : `<th class="confluenceTh">${text}</th>`);
  }
  out.push(`<tr>${header.join('')}</tr>`);
  // Cells covered by a rowspan from an earlier row, per row index.
  const covered = new Map<number, Set<number>>();
  for (let r = 1; r < rows; r++) {
    const cells: string[] = [];
    const skip = covered.get(r) ?? new Set<number>();
    for (let c = 0; c < cols; c++) {
      if (skip.has(c)) continue;
      let attrs = ' class="confluenceTd"';
      let width = 1;
      if (c !== emptyColumn && rng.chance(0.04) && c + 1 < cols && !skip.has(c + 1)) {
        width = 2;
        attrs += ' colspan="2"';
      } else if (c !== emptyColumn && rng.chance(0.04) && r + 1 < rows) {
        attrs += ' rowspan="2"';
        const next = covered.get(r + 1) ?? new Set<number>();
        next.add(c);
        covered.set(r + 1, next);
      }
      cells.push(`<td${attrs}>${c === emptyColumn ? '' : cellText(ctx, c, rows < 25)}</td>`);
      c += width - 1;
    }
    out.push(`<tr>${cells.join('')}</tr>`);
  }
  out.push('</tbody></table>');
  return rng.chance(0.3) ? `<div class="table-wrap">${out.join('')}</div>` : out.join('');
}

export function taskList(ctx: BlockContext, depth: number): string {
  const { rng } = ctx;
  const tasks: string[] = [];
  const n = rng.int(1, 5);
  for (let i = 0; i < n; i++) {
    const done = rng.chance(0.4) ? 'complete' : 'incomplete';
    let body = `${mention(ctx)} ${escapeXml(words(rng, 3, 10))}`;
    if (rng.chance(0.4)) body += ` <time datetime="${isoDate(rng, 2024, 2026)}" />`;
    if (depth > 1 && rng.chance(0.2)) body += taskList(ctx, depth - 1);
    tasks.push(`<ac:task><ac:task-id>${rng.int(1, 900)}</ac:task-id><ac:task-status>${done}</ac:task-status><ac:task-body>${body}</ac:task-body></ac:task>`);
  }
  return `<ac:task-list>${tasks.join('')}</ac:task-list>`;
}

export function codeMacro(ctx: BlockContext): string {
  const { rng } = ctx;
  const language = rng.pick(LANGUAGES);
  const lines: string[] = [];
  const n = rng.int(3, 30);
  for (let i = 0; i < n; i++) {
    const indent = '  '.repeat(rng.int(0, 3));
    lines.push(`${indent}${rng.pick(['const', 'if (x < 3 && y > 2)', 'return', 'SELECT * FROM', 'echo "$HOME"', '<tag attr="v">', 'def f():', '# note'])} ${words(rng, 1, 6)}`);
  }
  const params: Record<string, string> = { language };
  if (rng.chance(0.4)) params.title = `${rng.pick(TOPICS)} example`;
  if (rng.chance(0.2)) params.linenumbers = 'true';
  if (rng.chance(0.1)) params.theme = 'Midnight';
  const name = rng.chance(0.1) ? 'noformat' : 'code';
  return `${macroOpen(ctx, name)}${name === 'code' ? macroParams(params) : ''}<ac:plain-text-body>${cdata(lines.join('\n'))}</ac:plain-text-body></ac:structured-macro>`;
}

export function panel(ctx: BlockContext, inner: string): string {
  const { rng } = ctx;
  const kind = rng.pick(['info', 'note', 'tip', 'warning', 'panel']);
  const params = rng.chance(0.5) ? macroParams({ title: `${rng.pick(TOPICS)} ${rng.pick(WORDS)}` }) : '';
  return `${macroOpen(ctx, kind)}${params}<ac:rich-text-body>${inner}</ac:rich-text-body></ac:structured-macro>`;
}

export function expand(ctx: BlockContext, inner: string): string {
  return `${macroOpen(ctx, 'expand')}${macroParams({ title: `Details: ${words(ctx.rng, 1, 3)}` })}<ac:rich-text-body>${inner}</ac:rich-text-body></ac:structured-macro>`;
}

export function image(ctx: BlockContext): string {
  const { rng } = ctx;
  if (rng.chance(0.2)) return `<p><ac:image><ri:url ri:value="https://images.example.com/${rng.hex(8)}.png" /></ac:image></p>`;
  return `<p><ac:image ac:height="${rng.int(100, 400)}" ac:align="center"><ri:attachment ri:filename="${rng.pick(['diagram', 'screenshot', 'Screen Shot 2021-03-04', 'arch'])}-${rng.int(1, 99)}.png" /></ac:image></p>`;
}

/** A third-party or diagram macro wikiport does not understand: it must survive untouched. */
export function unknownMacro(ctx: BlockContext): string {
  const { rng } = ctx;
  const name = rng.pick(UNKNOWN_MACROS);
  const params = macroParams({ diagramName: `${rng.pick(TOPICS)}-${rng.int(1, 50)}`, revision: String(rng.int(1, 20)), width: String(rng.int(300, 1200)) });
  const body = rng.chance(0.3) ? `<ac:plain-text-body>${cdata(`@startuml\nA -> B: ${words(rng, 2, 5)}\n@enduml`)}</ac:plain-text-body>` : '';
  return `${macroOpen(ctx, name)}${params}${body}</ac:structured-macro>`;
}

export function dynamicMacro(ctx: BlockContext): string {
  const name = ctx.rng.pick(DYNAMIC_MACROS);
  const params = name === 'toc' ? macroParams({ maxLevel: '3' }) : name === 'contentbylabel' ? macroParams({ cql: `label = "${ctx.rng.pick(WORDS)}"` }) : '';
  return `<p>${macroOpen(ctx, name)}${params}</ac:structured-macro></p>`;
}

export function layout(ctx: BlockContext, cells: string[]): string {
  const type = cells.length === 3 ? 'three_equal' : ctx.rng.pick(['two_equal', 'two_left_sidebar', 'two_right_sidebar']);
  return `<ac:layout><ac:layout-section ac:type="${type}">${cells.map((c) => `<ac:layout-cell>${c}</ac:layout-cell>`).join('')}</ac:layout-section></ac:layout>`;
}

export function orgName(rng: Random): string {
  return rng.pick(ORGS);
}

export function personName(rng: Random): string {
  return rng.pick(NAMES);
}
