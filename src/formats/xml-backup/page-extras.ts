import type { PageComment, PageVersion } from '../../model/page-history.js';
import { convert } from '../../convert.js';
import { escapeXmlText } from '../storage/xml-escape.js';
import type { PlannedComment } from './backup-plan.js';

/** What an XML export knows of a page beyond its body: who made it, its versions, its comments. */
export interface PageExtras {
  createdBy: string | null;
  updatedBy: string | null;
  /** Only with `--history`. */
  versions?: PageVersion[];
  comments: PageComment[];
}

/** The comments of a page as the JSON model holds them, their bodies as Markdown. */
export function pageComments(
  planned: readonly PlannedComment[],
  userName: (key: string | null) => string | null,
  bodyOf: (commentId: string) => string | null,
): PageComment[] {
  return planned.map(({ comment, anchor, inline, resolved }) => ({
    id: comment.id,
    author: userName(comment.creatorKey),
    date: comment.createdAt,
    text: commentText(bodyOf(comment.id) ?? '', comment.bodyType, userName),
    replyTo: comment.parentCommentId,
    inline: inline ? { anchor, resolved } : null,
  }));
}

function commentText(body: string, bodyType: number | null, userName: (key: string | null) => string | null): string {
  if (bodyType === 0) return body.trim();
  try {
    return convert(body, { from: 'storage', to: 'md', userNames: (user) => userName(user.userKey ?? null) }).output.trim();
  } catch {
    return body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  }
}

/**
 * The page JSON with the export's extras put after `updatedAt` (the JSON model's optional
 * fields), so that they read with the page's other facts.
 */
export function addExtrasToPageJson(json: string, extras: PageExtras): string {
  const doc = JSON.parse(json) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    out[key] = value;
    if (key === 'updatedAt') {
      out.createdBy = extras.createdBy;
      out.updatedBy = extras.updatedBy;
      if (extras.versions) out.versions = extras.versions;
      out.comments = extras.comments;
    }
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** `--comments`: a section at the end of the Markdown, one item per comment, inline ones with their anchor. */
export function commentsMarkdownSection(comments: readonly PageComment[]): string {
  if (comments.length === 0) return '';
  const lines = ['', '## Comments', ''];
  for (const c of comments) {
    const who = [c.author ?? 'unknown', c.date ? c.date.replace('T', ' ') : null].filter(Boolean).join(', ');
    const on = c.inline ? ` on "${(c.inline.anchor ?? '').replace(/\s+/g, ' ').trim()}"${c.inline.resolved ? ' (resolved)' : ''}` : '';
    const reply = c.replyTo ? ' (reply)' : '';
    lines.push(`- **${who}**${on}${reply}:`);
    for (const line of c.text.split('\n')) lines.push(line === '' ? '' : `  ${line}`);
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * Very old versions hold wiki markup (bodyType 0), which is not storage: its text is kept, as
 * a preformatted block, so nothing is lost and nothing is misread as markup.
 */
export function wikiMarkupAsStorage(text: string): string {
  return `<pre>${escapeXmlText(text)}</pre>`;
}

/**
 * The Markdown without the old site's page id, version and parent in its front matter, so that
 * `push --create` makes it a new page (under the page of its folder) on another Confluence.
 */
export function withoutSiteIds(markdown: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) return markdown;
  const kept = match[1]!.split('\n').filter((line) => !/^(id|version|parent):/.test(line));
  return `---\n${kept.join('\n')}\n---\n${markdown.slice(match[0].length)}`;
}
