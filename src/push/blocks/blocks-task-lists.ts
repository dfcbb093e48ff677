import { splitBlocks } from '../storage-edits/blocks-split.js';
import { storageTasks } from '../storage-edits/tasks.js';
import { applyPatches, type StoragePatch } from '../storage-edits/table-rows.js';

/**
 * An edited task list with the same tasks (only ticked, unticked or reworded) keeps its markup:
 * task ids, uuids, list ids, assignees and dates of untouched tasks stay, a ticked task gets
 * `complete` in its `<ac:task-status>`, a reworded task takes the converted body. Which tasks
 * changed is read from the Markdown the user saw and wrote (`- [ ]` / `- [x]` lines). Returns null
 * when tasks were added, removed or reordered (the whole list is then replaced).
 */
export function patchEditedTaskList(originalList: string, convertedList: string, exportedMarkdown: string, editedMarkdown: string): string | null {
  const converted = splitBlocks(convertedList.trim()).blocks;
  if (converted.length !== 1 || converted[0]!.name !== 'ac:task-list') return null;
  const before = storageTasks(originalList);
  const after = storageTasks(convertedList);
  const shownBefore = taskLines(exportedMarkdown);
  const shownAfter = taskLines(editedMarkdown);
  const n = before.length;
  if (n === 0 || after.length !== n || shownBefore.length !== n || shownAfter.length !== n) return null;
  const patches: StoragePatch[] = [];
  for (let i = 0; i < n; i++) {
    const was = shownBefore[i]!;
    const now = shownAfter[i]!;
    const task = before[i]!;
    if (was.done !== now.done) {
      if (!task.status) return null;
      patches.push({ start: task.status.start, end: task.status.end, text: now.done ? 'complete' : 'incomplete' });
    }
    if (was.text !== now.text) {
      const body = task.body;
      const next = after[i]!.body;
      if (!body || !next || /<ac:task-list/.test(body.raw) || /<ac:task-list/.test(next.raw)) return null;
      patches.push({ start: body.start, end: body.end, text: next.raw });
    }
  }
  return applyPatches(originalList, patches);
}

/** `- [ ] text` / `- [x] text` lines, in order (nested ones included). */
function taskLines(markdown: string): { done: boolean; text: string }[] {
  const tasks: { done: boolean; text: string }[] = [];
  for (const line of markdown.split('\n')) {
    const match = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s?(.*)$/.exec(line);
    if (match) tasks.push({ done: match[1] !== ' ', text: match[2]!.trim() });
  }
  return tasks;
}
