import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';

/**
 * The baseline a user would reach for: plain turndown with the GFM plugin (tables, strikethrough,
 * task lists), fed the storage XHTML as if it were HTML. One service reused for every page.
 */
export function createTurndownBaseline(): (html: string) => string {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  service.use(gfm);
  return (html) => service.turndown(html);
}
