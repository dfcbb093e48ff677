import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';

const requireFromHere = createRequire(import.meta.url);
let full: typeof Cheerio | undefined;

/**
 * cheerio's full entry, loaded on first use. Real-world HTML (an HTML space export, a hub that
 * may be anything) is parsed with parse5 through it; but that entry also brings cheerio's URL and
 * stream loaders (undici and the encoding sniffers, about 90 ms at every start of the CLI), which
 * wikiport never calls. Modules that parse only wikiport's own well-formed HTML use
 * `cheerio/slim` (htmlparser2) instead and never load this.
 */
export function fullCheerio(): typeof Cheerio {
  return (full ??= requireFromHere('cheerio') as typeof Cheerio);
}
