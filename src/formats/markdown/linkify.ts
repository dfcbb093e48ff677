import MarkdownIt from 'markdown-it';

/**
 * What the reader links in text, as GFM's autolink literal: bare http(s) and e-mail addresses
 * (`kim@example.com` to `mailto:`); `README.md` and `node.js` are not links.
 */
export const LINKIFY_OPTIONS = { fuzzyLink: false, fuzzyEmail: true, fuzzyIP: false } as const;

let matcher: MarkdownIt['linkify'] | undefined;

/** linkify-it as the reader sets it up, for the writer to find in text what the reader will link. */
export function linkifyMatcher(): MarkdownIt['linkify'] {
  matcher ??= new MarkdownIt().linkify.set(LINKIFY_OPTIONS);
  return matcher;
}
