import { SHORTCODE_LINES } from './emoji-shortcode-data.js';

/**
 * GitHub's emoji shortcodes (`:tada:`, `:+1:`): GitHub shows the emoji, so the Markdown reader
 * makes them the emoticon Confluence shows that emoji with. It is written the way Confluence Cloud
 * stores an emoji picked in its editor: `ac:emoji-shortname`, `ac:emoji-id` (the code points) and
 * `ac:emoji-fallback` (the character), with `ac:name` the classic emoticon that is the same picture
 * (`👍` thumbs-up, so Data Center shows its own icon), else `blue-star`, as Cloud writes. Read
 * again, an emoticon is its character, as every emoticon is. The names are GitHub's own list
 * (the `gemoji` package, about 1,900 names, read into ./emoji-shortcode-data.ts by
 * scripts/emoji-shortcode-data.ts: the package is 200 KB of objects a run would build at start);
 * one not in it stays text, as GitHub shows it.
 */
let shortcodes: Map<string, string> | undefined;
function shortcodeTable(): Map<string, string> {
  if (shortcodes === undefined) {
    shortcodes = new Map();
    for (const line of SHORTCODE_LINES.split('\n')) {
      const [emoji = '', ...names] = line.split(' ');
      for (const name of names) shortcodes.set(name, emoji);
    }
  }
  return shortcodes;
}

/** Confluence's classic emoticons (`ac:name`) and the Unicode emoji each shows. */
export const CLASSIC_EMOTICONS: Readonly<Record<string, string>> = {
  smile: '🙂',
  sad: '🙁',
  cheeky: '😛',
  laugh: '😀',
  wink: '😉',
  'thumbs-up': '👍',
  'thumbs-down': '👎',
  information: 'ℹ️',
  tick: '✅',
  cross: '❌',
  warning: '⚠️',
  plus: '➕',
  minus: '➖',
  question: '❓',
  'light-on': '💡',
  'light-off': '🔦',
  'yellow-star': '⭐',
  'red-star': '🌟',
  'green-star': '🌟',
  'blue-star': '🌟',
  heart: '❤️',
  'broken-heart': '💔',
};

const CLASSIC_OF_CHARACTER = new Map<string, string>(
  Object.entries(CLASSIC_EMOTICONS).filter(([, character]) => character !== '🌟').map(([name, character]) => [character, name]),
);

/** The character GitHub shows for a shortcode's name (`tada` -> 🎉), or undefined. */
export function shortcodeEmoji(name: string): string | undefined {
  return shortcodeTable().get(name);
}

/** A shortcode in text: `:name:` with no letter or digit right before or after it. */
export const SHORTCODE = /(?<![\p{L}\p{N}]):([a-z0-9_+-]+):(?![\p{L}\p{N}])/gu;

/** The emoticon attributes Confluence Cloud stores for the emoji of a known shortcode. */
export function shortcodeEmoticon(name: string): { name: string; shortname: string; id: string; fallback: string } | undefined {
  const character = shortcodeEmoji(name);
  if (character === undefined) return undefined;
  const id = Array.from(character).map((c) => c.codePointAt(0) ?? 0).filter((cp) => cp !== 0xfe0f).map((cp) => cp.toString(16)).join('-');
  return { name: CLASSIC_OF_CHARACTER.get(character) ?? 'blue-star', shortname: `:${name}:`, id, fallback: character };
}

/**
 * Text that would read back as an emoji (`:tada:` that was text on the page) keeps its colons:
 * the second is escaped, `:tada\:`, which the reader takes as text.
 */
export function escapeShortcodes(markdown: string): string {
  if (!markdown.includes(':')) return markdown;
  return markdown.replace(SHORTCODE, (whole: string, name: string) => (shortcodeEmoji(name) === undefined ? whole : `:${name}\\:`));
}
