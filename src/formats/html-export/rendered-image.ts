import { attachmentOf } from './rendered-attachment.js';
import type { RenderedRule } from './rendered-rule.js';

/** Embedded images: attachments become `img[data-attachment]`, external ones keep their URL. */
export const renderedImage: RenderedRule = {
  name: 'image',
  apply($, ctx) {
    $('img.emoticon, img[data-emoticon-name]').each((_, el) => {
      const name = el.attribs['data-emoticon-name'] ?? /emoticon-([\w-]+)/.exec(el.attribs.class ?? '')?.[1] ?? 'smile';
      // Cloud emoji render as a classic emoticon name (often "blue-star") plus the real emoji.
      const emojiId = el.attribs['data-emoji-id'];
      const emoji = emojiText(emojiId, el.attribs['data-emoji-fallback']);
      const span = $('<span></span>').attr('data-emoticon', name);
      if (emojiId) span.attr('data-emoji-id', emojiId);
      $(el).replaceWith(span.text(emoji ?? EMOTICONS[name] ?? `:${name}:`));
    });
    $('img').each((_, el) => {
      const $el = $(el);
      if ($el.attr('data-attachment')) return;
      const img = $('<img>');
      const attachment = attachmentOf($el, ctx);
      if (attachment) {
        img.attr('data-attachment', attachment.name);
        if (attachment.ownerTitle) img.attr('data-page-title', attachment.ownerTitle);
      } else {
        const src = $el.attr('data-image-src') ?? $el.attr('src') ?? '';
        if (!/^https?:\/\//.test(src)) {
          // Icons and other files of the export's own chrome (images/icons/...) are not content.
          ctx.report.warn('image', `dropped an image that points inside the export but not at an attachment: ${src}`);
          $el.remove();
          return;
        }
        img.attr('src', src);
      }
      for (const attr of ['alt', 'width', 'height', 'title']) {
        const value = $el.attr(attr);
        if (value) img.attr(attr, value);
      }
      $el.replaceWith(img);
    });
    $('.confluence-embedded-file-wrapper').each((_, el) => {
      $(el).replaceWith($(el).contents());
    });
  },
};

/** Confluence's classic emoticon names, as Unicode. */
const EMOTICONS: Record<string, string> = {
  smile: '🙂', sad: '🙁', cheeky: '😛', laugh: '😀', wink: '😉', 'thumbs-up': '👍', 'thumbs-down': '👎',
  information: 'ℹ️', tick: '✅', cross: '❌', warning: '⚠️', plus: '➕', minus: '➖', question: '❓',
  'light-on': '💡', 'light-off': '🌑', 'yellow-star': '⭐', 'red-star': '⭐', 'green-star': '⭐', 'blue-star': '⭐', heart: '❤️', 'broken-heart': '💔',
};

/** The emoji of a Cloud emoticon: its fallback text, else its id read as code points (`1f44d`, `1f1e9-1f1ea`). */
function emojiText(id: string | undefined, fallback: string | undefined): string | null {
  if (fallback && !/^[:&]/.test(fallback)) return fallback;
  if (!id || !/^[0-9a-f]{4,6}(-[0-9a-f]{4,6})*$/i.test(id)) return null;
  const points = id.split('-').map((hex) => parseInt(hex, 16));
  // Past U+10FFFF is no character (fromCodePoint would throw): the id is not an emoji.
  if (points.some((point) => point > 0x10ffff)) return null;
  return points.map((point) => String.fromCodePoint(point)).join('');
}
