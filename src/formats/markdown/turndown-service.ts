import TurndownService from 'turndown';
import { registry } from '../../constructs/registry.js';
import { escapeMarkdownText } from './escape-text.js';
import { turndownTree } from './turndown-tree.js';

type Rule = TurndownService.Rule;
type Filter = TurndownService.Filter;

let service: TurndownService | undefined;
const ruleList: { key: string; rule: Rule }[] = [];

/**
 * The one turndown service of the process: GFM-leaning options plus every construct's rules.
 * Rules added later win in turndown, so they are added in reverse registry order, so that the
 * first construct of the registry wins, as in the storage drivers.
 */
export function turndownService(): TurndownService {
  if (service) return service;
  const td: TurndownService = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
    blankReplacement: (content: string, node): string => blankReplacement(content, node, td),
  });
  td.escape = escapeMarkdownText;
  td.remove(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template']);
  for (const construct of registry) {
    for (const [key, rule] of Object.entries(construct.markdown?.rules ?? {})) ruleList.push({ key: `${construct.name}:${key}`, rule });
  }
  for (const { key, rule } of [...ruleList].reverse()) td.addRule(key, rule);
  service = td;
  return td;
}

/**
 * Turndown sends empty elements to `blankReplacement` before looking at rules; constructs that
 * are empty on purpose (opaque macros, anchors) still need their rule.
 */
function blankReplacement(content: string, node: Parameters<TurndownService.ReplacementFunction>[1], td: TurndownService): string {
  for (const { rule } of ruleList) {
    if (matches(rule.filter, node, td)) return rule.replacement ? rule.replacement(content, node, td.options) : '';
  }
  return (node as unknown as { isBlock?: boolean }).isBlock ? '\n\n' : '';
}

function matches(filter: Filter, node: Parameters<TurndownService.ReplacementFunction>[1], td: TurndownService): boolean {
  if (typeof filter === 'string') return filter === node.nodeName.toLowerCase();
  if (Array.isArray(filter)) return filter.includes(node.nodeName.toLowerCase() as never);
  if (typeof filter === 'function') return filter(node, td.options);
  return false;
}

/**
 * HTML -> Markdown through the one service. turndown converts a tree built from htmlparser2's
 * parse (src/formats/markdown/turndown-tree.ts) where the HTML standard would build the same
 * tree, and parses the string itself otherwise.
 */
export function htmlToMarkdown(html: string): string {
  const td = turndownService();
  if (html === '') return '';
  const tree = turndownTree(html);
  return tree === null ? td.turndown(html) : td.turndown(tree as unknown as TurndownService.Node);
}
