import type { RenderedRule } from './rendered-rule.js';

/** `ul.inline-task-list` of `li[data-inline-task-id]`, `class="checked"` when done; the assignee is the first mention, the due date the first date. */
export const renderedTaskList: RenderedRule = {
  name: 'task list',
  apply($) {
    $('ul.inline-task-list').each((_, ul) => {
      const $ul = $(ul);
      const list = $('<ul></ul>').attr('data-tasks', '');
      $ul.children('li').each((_, li) => {
        const $li = $(li);
        const item = $('<li></li>').attr('data-task', $li.hasClass('checked') ? 'complete' : 'incomplete');
        const id = $li.attr('data-inline-task-id');
        if (id) item.attr('data-task-id', id);
        // Mentions are rewritten before this rule runs; only the task's own line counts, not nested lists.
        const own = $li.contents().not('ul, ol');
        const assignee = own.find('a[data-mention][data-account-id]').addBack('a[data-mention][data-account-id]').first().attr('data-account-id');
        if (assignee) item.attr('data-assignee-account-id', assignee);
        const due = own.find('time[datetime]').addBack('time[datetime]').first().attr('datetime');
        if (due && /^\d{4}-\d{2}-\d{2}/.test(due)) item.attr('data-due', due.slice(0, 10));
        // The body sits in a wrapper span; unwrap it, keep nested lists.
        $li.children('span').first().each((_, span) => {
          if (!span.attribs || Object.keys(span.attribs).length === 0) $(span).replaceWith($(span).contents());
        });
        item.append($li.contents());
        list.append(item);
      });
      $ul.replaceWith(list);
    });
  },
};
