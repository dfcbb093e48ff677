import type { Element } from 'domhandler';
import type { Construct } from './construct.js';
import { element, escapeAttribute, escapeText } from '../hub/html.js';
import { CLASSIC_EMOTICONS, shortcodeEmoji } from './emoji-shortcodes.js';

export { CLASSIC_EMOTICONS };

/** Atlassian's own emoji (`atlassian-…` ids) that have a Unicode twin. */
const ATLASSIAN_SHORTNAMES: Readonly<Record<string, string>> = {
  cross_mark: '❌',
  check_mark: '✔️',
  warning: '⚠️',
  info: 'ℹ️',
  question_mark: '❓',
  plus: '➕',
  minus: '➖',
  light_bulb_on: '💡',
  thumbsup: '👍',
  thumbsdown: '👎',
};

/** `1f44d`, `1f1e9-1f1ea`, `2615` -> the characters; null for anything that is not code points. */
export function emojiFromId(id: string | undefined): string | null {
  if (!id || !/^[0-9a-f]{2,6}(?:-[0-9a-f]{2,6})*$/i.test(id)) return null;
  try {
    return id.split('-').map((hex) => String.fromCodePoint(parseInt(hex, 16))).join('');
  } catch {
    return null;
  }
}

function isShortnameText(text: string): boolean {
  return /^:[^:\s]+:$/.test(text);
}

/** The Unicode text shown for an emoticon; unknown names keep their name as `:name:`. */
export function emoticonText(attrs: { name?: string; id?: string; shortname?: string; fallback?: string }): string {
  // The fallback is the exact character Confluence shows (with its variation selector); the id is code points only.
  const fallback = attrs.fallback?.trim();
  if (fallback && !isShortnameText(fallback)) return fallback;
  const fromId = emojiFromId(attrs.id);
  if (fromId) return fromId;
  const short = (attrs.shortname ?? fallback ?? '').replace(/^:|:$/g, '');
  const atlassian = ATLASSIAN_SHORTNAMES[short] ?? (short && attrs.name === 'blue-star' ? shortcodeEmoji(short) : undefined);
  if (atlassian) return atlassian;
  const classic = attrs.name ? CLASSIC_EMOTICONS[attrs.name] : undefined;
  // Cloud writes `blue-star` for every emoji that has no classic name: the short name says more.
  if (classic && (attrs.name !== 'blue-star' || !short)) return classic;
  if (short) return `:${short}:`;
  return attrs.name ? `:${attrs.name}:` : '';
}

function emoticonAttrs(el: Element): { name?: string; id?: string; shortname?: string; fallback?: string } {
  const a = el.attribs;
  const out: { name?: string; id?: string; shortname?: string; fallback?: string } = {};
  if (a['ac:name']) out.name = a['ac:name'].trim();
  if (a['ac:emoji-id']) out.id = a['ac:emoji-id'].trim();
  if (a['ac:emoji-shortname']) out.shortname = a['ac:emoji-shortname'].trim();
  if (a['ac:emoji-fallback']) out.fallback = a['ac:emoji-fallback'];
  return out;
}

/**
 * Emoticons (classic `ac:name`) and Cloud emoji (`ac:emoji-id`, `-shortname`, `-fallback`) become
 * Unicode text. Markdown shows the character itself, which needs no way back: a Unicode emoji is
 * valid storage text, and reading it again gives the same Markdown. A GitHub shortcode in Markdown
 * (`:tada:`, emoji-shortcodes.ts) comes in as the emoticon of its emoji.
 */
export const emoticon: Construct = {
  name: 'emoticon',
  storage: {
    tags: ['ac:emoticon'],
    toHub: (el, ctx) => {
      const attrs = emoticonAttrs(el);
      const text = emoticonText(attrs);
      if (text === '') {
        ctx.report.warn('emoticon', 'an emoticon without a name or emoji id was dropped');
        return '';
      }
      return element(
        'span',
        {
          'data-emoticon': attrs.name ?? '',
          'data-emoji-id': attrs.id,
          'data-emoji-shortname': attrs.shortname,
          'data-emoji-fallback': attrs.fallback,
        },
        escapeText(text),
      );
    },
  },
  hub: {
    tags: ['span'],
    test: (el) => el.attribs['data-emoticon'] !== undefined,
    toStorage: (el) => {
      const a = el.attribs;
      const pairs: [string, string | undefined][] = [
        ['ac:name', a['data-emoticon'] || 'blue-star'],
        ['ac:emoji-shortname', a['data-emoji-shortname']],
        ['ac:emoji-id', a['data-emoji-id']],
        ['ac:emoji-fallback', a['data-emoji-fallback']],
      ];
      const attrs = pairs
        .filter((p): p is [string, string] => p[1] !== undefined)
        .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
        .join('');
      return `<ac:emoticon${attrs} />`;
    },
  },
  markdownHtml: {
    tags: ['span'],
    test: (el) => el.attribs['data-emoticon'] !== undefined && el.attribs['data-emoji-fallback'] !== undefined,
    toHub: (el) => {
      const a = el.attribs;
      const attrs = {
        'data-emoticon': a['data-emoticon'] || 'blue-star',
        'data-emoji-id': a['data-emoji-id'],
        'data-emoji-shortname': a['data-emoji-shortname'],
        'data-emoji-fallback': a['data-emoji-fallback'],
      };
      return element('span', attrs, escapeText(a['data-emoji-fallback'] ?? ''));
    },
  },
  markdown: {
    rules: {
      emoticon: {
        tags: ['span'],
        filter: (node) => node.nodeName === 'SPAN' && node.hasAttribute('data-emoticon'),
        replacement: (content) => content,
      },
    },
  },
};
