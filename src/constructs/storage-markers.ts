import { opaqueCommentBody } from '../hub/opaque.js';
import { INLINE_COMMENT_MARK } from '../formats/markdown/escape-text.js';
import { structuredMacro } from './macro-storage.js';

/**
 * Invisible Markdown markers carrying a piece of raw storage (an opening or closing tag sequence)
 * for constructs whose content Markdown shows but whose wrapper it cannot spell (layouts, excerpt
 * and section/column boundaries). They use the opaque-comment spelling, so the Markdown reader turns each one into a
 * dynamic opaque element and the storage writer emits its storage verbatim: the markers around
 * the content concatenate back into the original wrapper.
 */
export function storageMarker(macro: string, storage: string): string {
  return `\n\n<!--${opaqueCommentBody({ macro, storage, dynamic: true, inline: false })}-->\n\n`;
}

export function inlineStorageMarker(macro: string, storage: string): string {
  return `${INLINE_COMMENT_MARK}<!--${opaqueCommentBody({ macro, storage, dynamic: true, inline: true })}-->`;
}

const RICH_CLOSE = '</ac:rich-text-body></ac:structured-macro>';

/** The storage before and after the rich-text body of a macro, as `structuredMacro` writes it. */
export function richMacroBoundaries(name: string, params: Readonly<Record<string, string>>): { open: string; close: string } {
  const whole = structuredMacro(name, params, { rich: '' });
  return { open: whole.slice(0, whole.length - RICH_CLOSE.length), close: RICH_CLOSE };
}

/** Block content of a rich-body macro between its boundary markers. */
export function wrapInMarkers(marker: string, boundaries: { open: string; close: string }, content: string): string {
  return `${storageMarker(marker, boundaries.open)}\n\n${content.trim()}\n\n${storageMarker(marker, boundaries.close)}`;
}
