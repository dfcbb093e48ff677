/**
 * A list whose every item is someone with a presence mark ("Ray Donnelly – present", "Abby Fenwick
 * – excused", "Ana Roe ✓") is a roll call wherever it stands and whatever its heading says ("Roll
 * of officers", a heading in a language of no word list): the marks say what the list records.
 */
import type { Element } from 'domhandler';
import { childElementsNamed } from '../../hub/hub-walk.js';
import { nodesText } from '../../hub/table-cell-text.js';
import { splitTrailingPresence } from '../presence.js';
import { looksLikeName } from '../anylang/unlisted-people.js';

/**
 * Three items or more, none a task or holding a list, each ending (or starting) with a presence mark
 * after some text, and two in three of them a name by its shape ("Label: " and brackets aside): a
 * checklist of things ("Projector – no") is no roll call.
 */
export function isListOfMarkedPeople(list: Element): boolean {
  const items = childElementsNamed(list, 'li');
  if (items.length < 3) return false;
  let names = 0;
  const marked = items.every((li) => {
    if (li.attribs['data-task'] !== undefined) return false;
    if (li.children.some((c) => c.type === 'tag' && (c.name === 'ul' || c.name === 'ol' || c.name === 'table'))) return false;
    const text = nodesText(li.children).trim();
    if (text === '' || text.includes('\n') || text.length > 120) return false;
    const { rest, present } = splitTrailingPresence(text);
    if (present === null || rest === '' || /[.!?]$/.test(rest)) return false;
    if (looksLikeName(rest.replace(/^[^:]{2,30}:\s*/, '').replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' '))) names += 1;
    return true;
  });
  return marked && names * 3 >= items.length * 2;
}
