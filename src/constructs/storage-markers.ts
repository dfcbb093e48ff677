import { opaqueCommentBody } from '../hub/opaque.js';

/**
 * Invisible Markdown markers carrying a piece of raw storage (an opening or closing tag sequence)
 * for constructs whose content Markdown shows but whose wrapper it cannot spell (layouts, excerpt
 * boundaries). They use the opaque-comment spelling, so the Markdown reader turns each one into a
 * dynamic opaque element and the storage writer emits its storage verbatim: the markers around
 * the content concatenate back into the original wrapper.
 */
export function storageMarker(macro: string, storage: string): string {
  return `\n\n<!--${opaqueCommentBody({ macro, storage, dynamic: true, inline: false })}-->\n\n`;
}
