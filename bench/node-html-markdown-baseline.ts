import { NodeHtmlMarkdown } from 'node-html-markdown';

/**
 * The fast baseline: node-html-markdown (its own HTML parser, GFM tables), fed the storage XHTML as
 * if it were HTML, with its defaults. One instance reused for every page, as its README advises.
 */
export function createNodeHtmlMarkdownBaseline(): (html: string) => string {
  const service = new NodeHtmlMarkdown();
  return (html) => service.translate(html);
}
