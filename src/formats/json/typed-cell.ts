import * as cheerio from 'cheerio';
import type { CellValue } from '../../model/cell-value.js';
import type { Mention } from '../../model/mention.js';
import type { NormalizedCell } from '../../hub/table-normalize.js';
import { presenceFromEmoticon, presenceFromText } from '../../minutes/presence.js';
import { parseWholeDate } from '../../minutes/dates.js';

const TYPED_MARKUP = /data-mention|data-emoticon|<time[\s>]/;

function mentionOf($: cheerio.CheerioAPI, a: Parameters<cheerio.CheerioAPI>[0]): Mention {
  const $a = $(a);
  const mention: Mention = { name: null };
  const accountId = $a.attr('data-account-id');
  const userKey = $a.attr('data-userkey');
  const username = $a.attr('data-username');
  if (accountId !== undefined) mention.accountId = accountId;
  if (userKey !== undefined) mention.userKey = userKey;
  if (username !== undefined) mention.username = username;
  const name = $a.text().trim().replace(/^@/, '');
  mention.name = name === '' || name === accountId || name === userKey || name === username ? null : name;
  return mention;
}

/**
 * A cell's value as JSON, typed where it is obvious: empty → null; only mentions → mention(s);
 * only a date → "YYYY-MM-DD"; only a presence mark or yes/no → boolean; a plain number → number;
 * anything else its clean text.
 */
export function typedCellValue(cell: Pick<NormalizedCell, 'html' | 'text'>): CellValue {
  // Only mentions, emoticons and dates make markup matter; any other cell is typed by its text,
  // without parsing its HTML (most cells of big tables).
  if (!cell.html.includes('<') || !TYPED_MARKUP.test(cell.html)) return typedText(cell.text);
  const $ = cheerio.load(cell.html, null, false);
  const mentions = $('a[data-mention]').toArray();
  if (mentions.length > 0) {
    const rest = $.root().clone();
    rest.find('a[data-mention]').remove();
    if (rest.text().replace(/[\s,;&\u00A0]|\band\b/g, '') === '') {
      const values = mentions.map((a) => mentionOf($, a));
      return values.length === 1 ? values[0]! : values;
    }
  }
  const emoticons = $('[data-emoticon]').toArray();
  if (emoticons.length === 1) {
    const rest = $.root().clone();
    rest.find('[data-emoticon]').remove();
    const mark = presenceFromEmoticon($(emoticons[0]).attr('data-emoticon') ?? '');
    if (mark !== null && rest.text().trim() === '') return mark;
  }
  const time = $('time[datetime]');
  if (time.length === 1 && cell.text !== '' && cell.text === time.text().trim()) {
    const date = parseWholeDate(time.attr('datetime') ?? '');
    if (date !== null) return date;
  }
  return typedText(cell.text);
}

function typedText(text: string): CellValue {
  if (text === '') return null;
  const mark = presenceFromText(text);
  if (mark !== null && !/^[-—+]$/.test(text)) return mark;
  if (/^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/.test(text)) return Number(text);
  return parseWholeDate(text) ?? text;
}
