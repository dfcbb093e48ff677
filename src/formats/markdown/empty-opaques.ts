/**
 * Turndown collapses the space after an empty inline element into the text before it, so an
 * inline opaque macro would glue the next word to its comment. A private-use character inside
 * makes it non-empty; the opaque rule never prints its content.
 */
export function markEmptyOpaques(hub: string): string {
  return hub.includes('data-opaque') ? hub.replace(/<(span|div)(\s[^>]*\bdata-opaque\b[^>]*)><\/\1>/g, '<$1$2>\uE000</$1>') : hub;
}
