import { decodeHTML } from 'entities';
import { parseOpaqueComment } from '../../hub/opaque.js';

/**
 * Links to a place in the same page. Confluence names the target (`ac:anchor`): an anchor macro's
 * name, or a heading's text. A Markdown viewer (GitHub, markdownlint MD051) only knows heading
 * slugs, so a link whose target is a heading, or an anchor macro inside a heading, is written with
 * that heading's slug, and read back to the name it had. Anchor macros elsewhere keep their name:
 * reaching them would take an inline `<a id>`, which is not in the allowed inline HTML. An anchor
 * macro alone in the paragraph right before a heading marks that heading (the place a reader is
 * taken to is the heading's top), so it counts as one of the heading's anchors. One that opens the
 * paragraph right under a heading is a line below it: a link to it is written with the heading's
 * slug (on GitHub it reaches the heading, where it would reach no place at all) and comes back as a
 * link to the heading.
 */

/** GitHub's heading slug: lower case, punctuation and symbols dropped, spaces to hyphens. */
export function githubSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

export interface HeadingTarget {
  /** The heading's visible text. */
  text: string;
  /** Names of the anchor macros inside the heading. */
  anchors: string[];
  /**
   * Names of the anchor macros that open the paragraph right under the heading: a link to one is
   * written with the heading's slug (GitHub takes the reader to the heading, the line above), and
   * read back as a link to the heading.
   */
  under?: string[];
}

/** Target name (anchor macro name or heading text) -> the heading's slug, duplicates numbered as GitHub does. */
export function fragmentsByName(headings: readonly HeadingTarget[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const [heading, slug] of slugged(headings)) {
    for (const name of [...heading.anchors, heading.text.trim(), ...(heading.under ?? [])]) if (name !== '' && !byName.has(name)) byName.set(name, slug);
  }
  return byName;
}

/** Slug -> the name a Confluence link used for it (the heading's first anchor macro, else its text). */
export function namesByFragment(headings: readonly HeadingTarget[]): Map<string, string> {
  const byFragment = new Map<string, string>();
  for (const [heading, slug] of slugged(headings)) if (!byFragment.has(slug)) byFragment.set(slug, heading.anchors[0] ?? heading.text.trim());
  return byFragment;
}

function slugged(headings: readonly HeadingTarget[]): Array<[HeadingTarget, string]> {
  const seen = new Map<string, number>();
  return headings.map((heading) => {
    const base = githubSlug(heading.text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return [heading, count === 0 ? base : `${base}-${count}`];
  });
}

/** A heading, and the paragraph right before it (group 1) when there is one. */
const HEADING = /(?:<p>((?:(?!<\/?p>)[\s\S])*)<\/p>\s*)?<h([1-6])\b[^>]*>([\s\S]*?)<\/h\2>/gi;

const HUB_ANCHOR = /<a\b[^>]*\bdata-anchor="([^"]*)"[^>]*><\/a>/g;

/** The anchor macros that open the paragraph right after a heading (group 1). */
const UNDER_HEADING = /^\s*<p>((?:<a\b[^>]*\bdata-anchor="[^"]*"[^>]*><\/a>)+)/;

/** Headings of hub HTML (anchor macros are `<a data-anchor="name">`). */
export function hubHeadings(hub: string): HeadingTarget[] {
  if (!hub.includes('data-anchor-target')) return [];
  return [...hub.matchAll(HEADING)].map((m) => {
    const inner = m[3] ?? '';
    const anchors = [...inner.matchAll(/\bdata-anchor="([^"]*)"/g)].map((a) => decodeHTML(a[1] ?? ''));
    const before = m[1] ?? '';
    if (before.replace(HUB_ANCHOR, '').trim() === '') for (const a of before.matchAll(HUB_ANCHOR)) anchors.push(decodeHTML(a[1] ?? ''));
    const opening = UNDER_HEADING.exec(hub.slice((m.index ?? 0) + m[0].length))?.[1] ?? '';
    const under = [...opening.matchAll(HUB_ANCHOR)].map((a) => decodeHTML(a[1] ?? ''));
    return { text: visibleText(inner.replace(/<(span|div)\b[^>]*\bdata-opaque\b[^>]*>[\s\S]*?<\/\1>/g, '')), anchors, under };
  });
}

/** Headings of markdown-it's HTML (anchor macros are opaque comments holding their storage). */
export function renderedHeadings(html: string, always = false): HeadingTarget[] {
  if (!always && !html.includes('href="#')) return [];
  return [...html.matchAll(HEADING)].map((m) => {
    const inner = m[3] ?? '';
    const anchors = commentAnchors(inner);
    const before = m[1] ?? '';
    const onlyAnchors = before.replace(/<!--[\s\S]*?-->|<\/?span>/g, '').trim() === '';
    if (onlyAnchors && commentAnchors(before).length === (before.match(/<!--/g) ?? []).length) for (const anchor of commentAnchors(before)) anchors.push(anchor);
    return { text: visibleText(inner), anchors };
  });
}

/** Names of the anchor macros kept in the opaque comments of some HTML. */
function commentAnchors(html: string): string[] {
  return [...html.matchAll(/<!--([\s\S]*?)-->/g)]
    .map((c) => parseOpaqueComment(c[1] ?? ''))
    .filter((spec) => spec?.macro === 'anchor')
    .map((spec) => decodeHTML(/<ac:parameter ac:name="">([^<]*)<\/ac:parameter>/.exec(spec?.storage ?? '')?.[1] ?? ''))
    .filter((name) => name !== '');
}

function visibleText(html: string): string {
  return decodeHTML(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ''));
}
