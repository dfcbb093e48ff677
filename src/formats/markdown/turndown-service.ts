import TurndownService from 'turndown';
import { registry } from '../../constructs/registry.js';
import type { MarkdownRule, MarkdownWriterOptions } from '../../constructs/construct.js';
import { escapeMarkdownText } from './escape-text.js';
import { turndownTree } from './turndown-tree.js';

type Rule = TurndownService.Rule;
type Filter = TurndownService.Filter;

let service: TurndownService | undefined;
const ruleList: { key: string; rule: MarkdownRule }[] = [];

/**
 * The one turndown service of the process: GFM-leaning options plus every construct's rules.
 * Rules added later win in turndown, so they are added in reverse registry order, so that the
 * first construct of the registry wins, as in the storage drivers.
 */
export function turndownService(): TurndownService {
  if (service) return service;
  const options: MarkdownWriterOptions = {
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
    blankReplacement: (content: string, node): string => blankReplacement(content, node, td),
    htmlToMarkdown,
  };
  const td: TurndownService = new TurndownService(options);
  td.escape = escapeMarkdownText;
  td.remove(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template']);
  for (const construct of registry) {
    for (const [key, rule] of Object.entries(construct.markdown?.rules ?? {})) ruleList.push({ key: `${construct.name}:${key}`, rule });
  }
  for (const { key, rule } of [...ruleList].reverse()) td.addRule(key, rule);
  lookUpRulesByName(td);
  service = td;
  return td;
}

/** The parts of turndown's rule set (`td.rules`) its rule lookup reads. */
interface TurndownRules {
  readonly options: TurndownService.Options;
  readonly array: MarkdownRule[];
  readonly _keep: Rule[];
  readonly _remove: Rule[];
  readonly blankRule: Rule;
  readonly defaultRule: Rule;
  forNode(node: TurndownService.Node & { isBlank?: boolean }): Rule;
}

/**
 * turndown finds a node's rule by asking every rule's filter in turn, and compares string
 * filters with the lower-cased node name each time. This lookup gives the same rule (the first
 * of the rules, then the kept, then the removed, whose filter accepts the node) from the rules
 * that can accept an element of that name, listed once per name: string and array filters by
 * their names, function filters by their `tags` (or for every name, without `tags`).
 */
function lookUpRulesByName(td: TurndownService): void {
  const rules = (td as unknown as { rules: TurndownRules }).rules;
  const byName = new Map<string, Rule[]>();
  const candidates = (nodeName: string): Rule[] => {
    const name = nodeName.toLowerCase();
    return [...rules.array, ...rules._keep, ...rules._remove].filter((rule: MarkdownRule) => {
      const filter = rule.filter;
      if (typeof filter === 'string') return filter === name;
      if (Array.isArray(filter)) return (filter as string[]).includes(name);
      return rule.tags === undefined || rule.tags.includes(name);
    });
  };
  rules.forNode = (node) => {
    if (node.isBlank) return rules.blankRule;
    let list = byName.get(node.nodeName);
    if (list === undefined) byName.set(node.nodeName, (list = candidates(node.nodeName)));
    for (const rule of list) {
      const filter = rule.filter;
      if (typeof filter !== 'function' || filter.call(rule, node as Parameters<TurndownService.FilterFunction>[0], rules.options)) return rule;
    }
    return rules.defaultRule;
  };
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
