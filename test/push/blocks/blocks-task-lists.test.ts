import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { rebuildStorageFromMarkdown } from '../../../src/push/blocks/blocks-lossless.js';
import { patchEditedTaskList } from '../../../src/push/blocks/blocks-task-lists.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';

const page = readFileSync(join(import.meta.dirname, '..', 'push-fixtures', 'minutes.xhtml'), 'utf8');
const markdown = convert(page, { from: 'storage', to: 'md' }).output;

describe('task lists edited in Markdown (through the real converter)', () => {
  it('ticking a task sets its status and keeps ids, uuids and the other task as they were', () => {
    expect(markdown).toContain('- [ ] Publish the QEMU realm demo notes');
    const result = rebuildStorageFromMarkdown(page, markdown.replace('- [ ] Publish', '- [x] Publish'), hubBlockConverters());
    expect(result.storage).toBe(
      page.replace('<ac:task-uuid>3f1c</ac:task-uuid><ac:task-status>incomplete</ac:task-status>', '<ac:task-uuid>3f1c</ac:task-uuid><ac:task-status>complete</ac:task-status>'),
    );
  });

  it('rewording a task replaces that task body only', () => {
    const result = rebuildStorageFromMarkdown(page, markdown.replace('demo notes', 'demo notes and slides'), hubBlockConverters());
    expect(result.storage).toBe(page.replace('<ac:task-body>Publish the QEMU realm demo notes</ac:task-body>', '<ac:task-body>Publish the QEMU realm demo notes and slides</ac:task-body>'));
  });

  it('gives up when a task was added (the list is then converted whole)', () => {
    const list = '<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>a</ac:task-body></ac:task></ac:task-list>';
    const two = '<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>a</ac:task-body></ac:task><ac:task><ac:task-id>2</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>b</ac:task-body></ac:task></ac:task-list>';
    expect(patchEditedTaskList(list, two, '- [ ] a', '- [ ] a\n- [ ] b')).toBeNull();
  });

  it('a new task list written in Markdown gets task ids after the page\'s highest (no two tasks share an id)', () => {
    const list = '<ac:task-list><ac:task><ac:task-id>7</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Water the plants</ac:task-body></ac:task></ac:task-list>';
    const start = `${list}<p>Later this week:</p>`;
    const md = convert(start, { from: 'storage', to: 'md' }).output;
    const result = rebuildStorageFromMarkdown(start, md.replace('Later this week:', 'Later this week:\n\n- [ ] Feed the cat\n- [x] Buy seeds'), hubBlockConverters());
    expect(result.storage.startsWith(`${list}<p>Later this week:</p>`)).toBe(true);
    expect([...result.storage.matchAll(/<ac:task-id>(\d+)<\/ac:task-id>/g)].map((m) => m[1])).toEqual(['7', '8', '9']);
  });
});
