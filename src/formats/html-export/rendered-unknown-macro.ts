import type { RenderedRule } from './rendered-rule.js';

/**
 * A macro none of the rules knows. An HTML export holds only its rendered output, never its
 * storage, so it cannot be kept opaque: the rendered content stays as plain content, and the
 * report says so.
 */
export const renderedUnknownMacro: RenderedRule = {
  name: 'unknown macro',
  apply($, ctx) {
    const seen = new Map<string, number>();
    $('[data-macro-name]').each((_, el) => {
      const name = el.attribs['data-macro-name'] ?? 'unknown';
      seen.set(name, (seen.get(name) ?? 0) + 1);
      delete el.attribs['data-macro-name'];
    });
    for (const [name, n] of seen) {
      ctx.report.degraded(name, `${n === 1 ? 'macro' : `${n} macros`} "${name}" kept as rendered content: an HTML export does not hold the macro itself`);
    }
  },
};
