import type * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { ActionItem } from '../model/meeting.js';
import { nodesText } from '../hub/table-cell-text.js';
import { findDate } from './dates.js';

/** Editor template lines and placeholders that name no action ("@ name action item here //dd-mm-yyyy"). */
export function isTemplateActionText(text: string): boolean {
  const t = text.trim();
  if (t === '' || t === '@') return true;
  return /action item here|type your task here|\bdd[-/.]mm[-/.]yyyy\b|^@\s*name\b|^\[?\s*(action|task|todo)\s*\]?$|^(who|what|owner)\s*[:-]?\s*$/i.test(t);
}

function mentionName($: cheerio.CheerioAPI, a: Element): string | null {
  const name = $(a).text().trim().replace(/^@/, '');
  return name === '' ? null : name;
}

/** One task of a task list (`li[data-task]`): body text, assignee mention, due date, done. */
export function actionItemFromTask($: cheerio.CheerioAPI, li: Element): ActionItem | null {
  const body = $(li).clone();
  body.children('ul, ol').remove();
  const text = nodesText(body.contents().toArray()).replace(/\n/g, ' ');
  if (isTemplateActionText(text)) return null;
  const assigneeId = $(li).attr('data-assignee-account-id');
  const mentions = body.find('a[data-mention]').toArray();
  const assigned = mentions.find((a) => assigneeId !== undefined && $(a).attr('data-account-id') === assigneeId) ?? mentions[0];
  const time = body.find('time[datetime]').first().attr('datetime');
  const due = $(li).attr('data-due') ?? (time !== undefined ? findDate(time) : null);
  return {
    text,
    assignee: assigned !== undefined ? mentionName($, assigned) : null,
    due: due ?? null,
    done: $(li).attr('data-task') === 'complete',
  };
}

/** A plain list item in an action-items section: "Name: do X by 2024-02-01" or "@Name do X //01-02-2024". */
export function actionItemFromText(text: string, mention: string | null): ActionItem | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (isTemplateActionText(clean)) return null;
  const owner = /^([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?)\s*[:–-]\s+(.+)$/u.exec(clean);
  const slashDate = /\/\/\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/.exec(clean);
  const due = slashDate !== null ? findDate(`${slashDate[1]}.${slashDate[2]}.${slashDate[3]}`) : findDate(clean);
  return { text: clean, assignee: mention ?? (owner !== null ? owner[1]! : null), due, done: false };
}
