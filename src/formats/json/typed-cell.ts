import type { Element } from 'domhandler';
import type { CellValue } from '../../model/cell-value.js';
import type { Mention } from '../../model/mention.js';
import type { NormalizedCell } from '../../hub/table-normalize.js';
import { elementsWhere, isMention, mentionIds } from '../../hub/hub-walk.js';
import { cellReader } from '../../minutes/cell-nodes.js';
import { presenceFromEmoticon, presenceFromText } from '../../minutes/presence.js';
import { parseWholeDate } from '../../minutes/dates.js';

const TYPED_MARKUP = /data-mention|data-emoticon|<time[\s>]/;

function mentionOf(a: Element, textOf: (nodes: readonly Element[]) => string): Mention {
  const ids = mentionIds(a);
  const name = textOf([a]).trim().replace(/^@/, '');
  return { name: name === '' || name === ids.accountId || name === ids.userKey || name === ids.username ? null : name, ...ids };
}

const isEmoticon = (el: Element): boolean => el.attribs['data-emoticon'] !== undefined;
const isDatedTime = (el: Element): boolean => el.name === 'time' && el.attribs['datetime'] !== undefined;

/**
 * A cell's value as JSON, typed where it is obvious: empty → null; only mentions → mention(s);
 * only a date → "YYYY-MM-DD"; only a presence mark or yes/no → boolean; a plain number → number;
 * anything else its clean text.
 */
export function typedCellValue(cell: Pick<NormalizedCell, 'html' | 'text' | 'element'>): CellValue {
  // Only mentions, emoticons and dates make markup matter; any other cell is typed by its text,
  // without reading its nodes (most cells of big tables).
  if (!cell.html.includes('<') || !TYPED_MARKUP.test(cell.html)) return typedText(cell.text);
  const { nodes, text } = cellReader(cell);
  const mentions = elementsWhere(nodes, isMention);
  if (mentions.length > 0 && text(nodes, isMention).replace(/[\s,;&\u00A0]|\band\b/g, '') === '') {
    const values = mentions.map((a) => mentionOf(a, text));
    return values.length === 1 ? values[0]! : values;
  }
  const emoticons = elementsWhere(nodes, isEmoticon);
  if (emoticons.length === 1) {
    const mark = presenceFromEmoticon(emoticons[0]!.attribs['data-emoticon'] ?? '');
    if (mark !== null && text(nodes, isEmoticon).trim() === '') return mark;
  }
  const times = elementsWhere(nodes, isDatedTime);
  if (times.length === 1 && cell.text !== '' && cell.text === text(times).trim()) {
    const date = parseWholeDate(times[0]!.attribs['datetime'] ?? '');
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
