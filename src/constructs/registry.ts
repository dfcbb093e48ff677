import type { Construct } from './construct.js';
import { opaqueMacro } from './opaque-macro.js';

/**
 * Every construct, in the order the drivers try them: the first that claims an element wins.
 * Specific constructs first; the opaque fallback last. Adding a construct: one file, one line here.
 */
export const registry: readonly Construct[] = [
  opaqueMacro,
];
