import { stringify } from 'yaml';
import { readFrontMatter } from '../formats/markdown/front-matter.js';

/**
 * An exported page's Markdown with the front matter keys its file held that wikiport does not
 * write (a docs site's `sidebar_position: 3`, `slug: /intro`), after wikiport's own: a file
 * published from a folder is rewritten by export, and those keys belong to the folder's other
 * tools. `current` is the file as it is on disk (null when there is none).
 */
export function withOwnFrontMatter(markdown: string, current: string | null): string {
  if (current === null) return markdown;
  const properties = readFrontMatter(current).meta.properties;
  if (!properties || Object.keys(properties).length === 0) return markdown;
  const own = stringify(properties, { lineWidth: 0 });
  if (!markdown.startsWith('---\n')) return `---\n${own}---\n\n${markdown}`;
  const end = markdown.indexOf('\n---\n', 3);
  if (end < 0) return markdown;
  return `${markdown.slice(0, end + 1)}${own}${markdown.slice(end + 1)}`;
}
