import { WikiportError } from '../../errors.js';
import type { ActionItem } from '../../model/meeting.js';
import { alignSequences, changedRanges } from './blocks-align.js';
import { matchingClose, tokenize } from './blocks-split.js';
import { escapeText, type StoragePatch } from './table-rows.js';

export interface StorageTask {
  start: number;
  end: number;
  id: number | null;
  status: { start: number; end: number; value: string } | null;
  body: { start: number; end: number; raw: string } | null;
  /** End of the task list holding the task, i.e. where `</ac:task-list>` starts. */
  listEnd: number;
}

/** Every `<ac:task>` of a body, with where its status and body are. */
export function storageTasks(storage: string): StorageTask[] {
  const tokens = tokenize(storage);
  const tasks: StorageTask[] = [];
  const listEnds: number[] = [];
  tokens.forEach((token, i) => {
    if (token.kind === 'open' && token.name === 'ac:task-list' && !token.selfClosing) {
      const close = tokens[matchingClose(tokens, i, tokens.length)]!;
      listEnds.push(close.kind === 'close' ? close.start : close.end);
    }
  });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open' || token.name !== 'ac:task' || token.selfClosing) continue;
    const closeAt = matchingClose(tokens, i, tokens.length);
    const task: StorageTask = { start: token.start, end: tokens[closeAt]!.end, id: null, status: null, body: null, listEnd: listEnds.find((end) => end > token.start) ?? tokens[closeAt]!.end };
    for (let j = i + 1; j < closeAt; j++) {
      const inner = tokens[j]!;
      if (inner.kind !== 'open' || inner.selfClosing) continue;
      const innerClose = matchingClose(tokens, j, closeAt);
      const from = inner.end;
      const to = tokens[innerClose]!.start;
      if (inner.name === 'ac:task-id') task.id = Number(storage.slice(from, to).trim()) || null;
      else if (inner.name === 'ac:task-status') task.status = { start: from, end: to, value: storage.slice(from, to).trim() };
      else if (inner.name === 'ac:task-body') task.body = { start: from, end: to, raw: storage.slice(from, to) };
      if (inner.name.startsWith('ac:task-')) j = innerClose;
      if (inner.name === 'ac:task-list') j = innerClose; // nested tasks are their own entries
    }
    tasks.push(task);
  }
  return tasks;
}

function bodyText(raw: string): string {
  return raw
    .replace(/<ac:task-list[\s\S]*<\/ac:task-list>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Patches for action-item edits made in JSON: closing or reopening an item sets its
 * `<ac:task-status>`, a changed text replaces a plain task body, a new item is appended to the
 * task list of the item before it, a removed item is cut out. Assignee and due-date changes, and
 * items that do not come from a task list, are refused with the field named.
 */
export function actionItemPatches(storage: string, before: readonly ActionItem[], after: readonly ActionItem[], file: string): StoragePatch[] {
  const tasks = storageTasks(storage);
  const used = new Set<StorageTask>();
  const taskOf = (item: ActionItem, index: number): StorageTask => {
    const task = tasks.find((t) => !used.has(t) && t.body && normal(bodyText(t.body.raw)) === normal(item.text));
    if (!task) {
      throw new WikiportError(
        `${file}: meeting.actionItems[${index}] ("${item.text}") is not a task in a task list on the page, so it cannot be edited from JSON; edit the Markdown file instead (nothing was sent)`,
      );
    }
    used.add(task);
    return task;
  };
  const beforeTasks = before.map((item, i) => taskOf(item, i));
  const patches: StoragePatch[] = [];
  const key = (item: ActionItem) => JSON.stringify([item.text, item.assignee, item.due, item.done]);
  let nextId = tasks.reduce((highest, t) => Math.max(highest, t.id ?? 0), 0) + 1;
  for (const range of changedRanges(before.length, after.length, alignSequences(before.map(key), after.map(key)))) {
    const paired = Math.min(range.baseEnd - range.baseStart, range.otherEnd - range.otherStart);
    for (let k = 0; k < paired; k++) {
      const old = before[range.baseStart + k]!;
      const now = after[range.otherStart + k]!;
      const task = beforeTasks[range.baseStart + k]!;
      const index = range.otherStart + k;
      if (old.assignee !== now.assignee || old.due !== now.due) {
        throw new WikiportError(
          `${file}: meeting.actionItems[${index}]: changing the assignee or due date is not pushed from JSON (it is a mention or date in the page); edit the Markdown file instead (nothing was sent)`,
        );
      }
      if (old.done !== now.done) {
        const value = now.done ? 'complete' : 'incomplete';
        if (task.status) patches.push({ start: task.status.start, end: task.status.end, text: value });
        else if (task.body) patches.push({ start: task.body.start - '<ac:task-body>'.length, end: task.body.start - '<ac:task-body>'.length, text: `<ac:task-status>${value}</ac:task-status>` });
      }
      if (normal(old.text) !== normal(now.text)) {
        if (!task.body || /<(?!\/?(p|span)\b)/.test(task.body.raw)) {
          throw new WikiportError(
            `${file}: meeting.actionItems[${index}].text: the task body holds links, mentions or dates, so its text cannot be replaced from JSON; edit the Markdown file instead (nothing was sent)`,
          );
        }
        patches.push({ start: task.body.start, end: task.body.end, text: escapeText(now.text) });
      }
    }
    const added = after.slice(range.otherStart + paired, range.otherEnd);
    if (added.length > 0) {
      const neighbour = beforeTasks[range.baseStart + paired - 1] ?? beforeTasks[range.baseStart] ?? tasks[tasks.length - 1];
      if (!neighbour) {
        throw new WikiportError(`${file}: meeting.actionItems: the page has no task list to add "${added[0]!.text}" to; edit the Markdown file instead (nothing was sent)`);
      }
      added.forEach((item, k) => {
        if (item.assignee || item.due) {
          throw new WikiportError(`${file}: meeting.actionItems[${range.otherStart + paired + k}]: a new item with an assignee or due date cannot be written from JSON; leave them null or use the Markdown file (nothing was sent)`);
        }
      });
      const text = added
        .map((item) => `<ac:task><ac:task-id>${nextId++}</ac:task-id><ac:task-status>${item.done ? 'complete' : 'incomplete'}</ac:task-status><ac:task-body>${escapeText(item.text)}</ac:task-body></ac:task>`)
        .join('');
      const at = beforeTasks[range.baseStart + paired - 1]?.end ?? beforeTasks[range.baseStart + paired]?.start ?? neighbour.listEnd;
      patches.push({ start: at, end: at, text });
    }
    for (let k = range.baseStart + paired; k < range.baseEnd; k++) {
      const task = beforeTasks[k]!;
      patches.push({ start: task.start, end: task.end, text: '' });
    }
  }
  return patches;
}
