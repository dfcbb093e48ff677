import type { AnyNode, Element } from 'domhandler';
import type TurndownService from 'turndown';
import type { ConversionReport } from '../hub/report.js';

/**
 * One Confluence construct, all its mappings side by side. The format drivers
 * (src/formats/storage, src/formats/markdown) walk the ordered registry
 * (registry.ts) and hand each element to the first construct that claims it.
 *
 * Example: a horizontal rule.
 *
 * ```ts
 * export const horizontalRule: Construct = {
 *   name: 'horizontal-rule',
 *   storage: { tags: ['hr'], toHub: () => '<hr>' },
 *   hub: { tags: ['hr'], toStorage: () => '<hr />' },
 *   markdown: { rules: { horizontalRule: { filter: 'hr', replacement: () => '\n\n---\n\n' } } },
 *   // Markdown renders `---` as <hr>, which is already hub: no markdownHtml needed.
 * };
 * ```
 */
export interface Construct {
  /** Short name, used in reports and tests. */
  readonly name: string;
  /** Storage XHTML -> hub. */
  readonly storage?: StorageMapping;
  /** Hub -> storage XHTML. */
  readonly hub?: HubMapping;
  /** Hub -> Markdown: turndown rules, added to the one turndown service of the process. */
  readonly markdown?: { readonly rules: Readonly<Record<string, MarkdownRule>> };
  /** Markdown (as rendered to HTML by markdown-it) -> hub, where the rendered HTML is not hub already. */
  readonly markdownHtml?: MarkdownHtmlMapping;
}

/**
 * A turndown rule. A rule whose filter is a function names in `tags` the elements (lower case)
 * the filter can accept: turndown then asks the filter about those elements only
 * (src/formats/markdown/turndown-service.ts). Without `tags`, the filter is asked about every element.
 */
export type MarkdownRule = TurndownService.Rule & { readonly tags?: readonly string[] };

/** Hub HTML to Markdown through the writer's one turndown service. */
export type HtmlToMarkdown = (html: string) => string;

/**
 * The Markdown writer hands rules its own converter in turndown's options (which turndown passes
 * to every filter and replacement), so that a construct that converts HTML of its own (a table's
 * cells) does not import the writer, which imports the constructs.
 */
export interface MarkdownWriterOptions extends TurndownService.Options {
  readonly htmlToMarkdown: HtmlToMarkdown;
}

export function markdownWriterOf(options: TurndownService.Options): HtmlToMarkdown {
  const convert = (options as Partial<MarkdownWriterOptions>).htmlToMarkdown;
  if (convert === undefined) throw new Error('a Markdown rule ran outside the wikiport Markdown writer (no htmlToMarkdown in its options)');
  return convert;
}

/** Claims storage elements by (lower-case) tag name, then macro name, then an optional test. */
export interface ElementClaim {
  /** Element names as written in storage, lower case, e.g. `h1`, `ac:structured-macro`, `ri:page`. */
  readonly tags: readonly string[];
  /** For `ac:structured-macro` / `ac:macro`: the `ac:name` values this construct handles. */
  readonly macros?: readonly string[];
  /** Finer check, run after tags/macros matched. */
  readonly test?: (el: Element) => boolean;
}

export interface StorageMapping extends ElementClaim {
  /** Returns hub HTML for the element (an HTML fragment string). */
  toHub(el: Element, ctx: StorageReadContext): string;
}

export interface HubMapping {
  /** Hub element names, lower case. */
  readonly tags: readonly string[];
  readonly test?: (el: Element) => boolean;
  /** Returns storage XHTML for the hub element. */
  toStorage(el: Element, ctx: StorageWriteContext): string;
}

export interface MarkdownHtmlMapping {
  readonly tags: readonly string[];
  readonly test?: (el: Element) => boolean;
  /** Returns hub HTML for an element of markdown-it's rendered HTML. */
  toHub(el: Element, ctx: MarkdownReadContext): string;
}

/** What a storage -> hub mapping may ask of the driver. */
export interface StorageReadContext {
  readonly report: ConversionReport;
  /** Hub HTML for the element's children (recursively, through the registry). */
  children(el: Element): string;
  /** Hub HTML for a list of storage nodes. */
  nodes(nodes: readonly AnyNode[]): string;
  /** The original storage bytes of the element, exactly as in the input. */
  source(el: Element): string;
  /** The element wrapped whole as an opaque hub element (see docs/canonical-html.md). */
  opaque(el: Element, options?: { dynamic?: boolean; inline?: boolean; label?: string }): string;
  /** Whether the element sits where only inline content is allowed (inside a paragraph, heading, link...). */
  isInline(el: Element): boolean;
}

/** What a hub -> storage mapping may ask of the driver. */
export interface StorageWriteContext {
  readonly report: ConversionReport;
  /** Storage XHTML for the element's children. */
  children(el: Element): string;
  /** Storage XHTML for a list of hub nodes. */
  nodes(nodes: readonly AnyNode[]): string;
}

/** What a Markdown-HTML -> hub mapping may ask of the driver. */
export interface MarkdownReadContext {
  readonly report: ConversionReport;
  /** Hub HTML for the element's children. */
  children(el: Element): string;
  /** Hub HTML for a list of nodes. */
  nodes(nodes: readonly AnyNode[]): string;
}
