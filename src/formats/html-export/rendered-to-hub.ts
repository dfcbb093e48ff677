import { fullCheerio } from '../../hub/full-cheerio.js';
import { cleanUpToHub } from './hub-cleanup.js';
import { renderedCode } from './rendered-code.js';
import { renderedDynamic } from './rendered-dynamic.js';
import { renderedExpand } from './rendered-expand.js';
import { renderedImage } from './rendered-image.js';
import { renderedJira } from './rendered-jira.js';
import { renderedLayout } from './rendered-layout.js';
import { renderedLink } from './rendered-link.js';
import { renderedMention } from './rendered-mention.js';
import { renderedPanel } from './rendered-panel.js';
import { renderedStatus } from './rendered-status.js';
import { renderedTable } from './rendered-table.js';
import { renderedTaskList } from './rendered-task-list.js';
import { renderedUnknownMacro } from './rendered-unknown-macro.js';
import type { RenderedContext, RenderedRule } from './rendered-rule.js';

/**
 * The rules, in order: computed output first (it holds links and lists of its own), code before
 * panels (a code block is a `panel` too), mentions before task lists (a task's assignee is a
 * mention) and before links, images before links (an image may sit inside a link).
 */
export const RENDERED_RULES: readonly RenderedRule[] = [
  renderedDynamic,
  renderedCode,
  renderedPanel,
  renderedExpand,
  renderedLayout,
  renderedStatus,
  renderedJira,
  renderedMention,
  renderedTaskList,
  renderedImage,
  renderedLink,
  renderedTable,
  renderedUnknownMacro,
];

/** Confluence's rendered view HTML (the inside of `#main-content`) as hub HTML. Pure. */
export function renderedToHub(html: string, ctx: RenderedContext): string {
  const $ = fullCheerio().load(html, null, false);
  for (const rule of RENDERED_RULES) rule.apply($, ctx);
  cleanUpToHub($);
  return $.html().replace(/^\s+|\s+$/g, '');
}
