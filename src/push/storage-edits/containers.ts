import { matchingClose, tokenize } from './blocks-split.js';
import { applyPatches, type StoragePatch } from './table-rows.js';

/**
 * A macro whose body is rich text (expand, panel, info/note/warning/tip, section, column, page
 * properties, a macro wikiport does not know that holds a body): its start tag, its parameters
 * and its `ac:rich-text-body` located by character offsets, so that an edit of the body or of one
 * parameter touches only those bytes and the macro keeps its `ac:macro-id`, `ac:local-id`, other
 * parameters and every untouched child.
 */
export interface ContainerParts {
  /** The macro's name in lower case (`expand`, `info`). */
  name: string;
  /** Its direct `ac:parameter` children by name: their whole element and their value as written. */
  params: Map<string, { start: number; end: number; value: string }>;
  /** Where a parameter the edit adds goes: after the last parameter, else after the start tag. */
  paramsEnd: number;
  /**
   * The body: `inner` is the range of its content. `open`/`close` are the ranges of its tags;
   * a self-closing `<ac:rich-text-body/>` has an empty `inner` at its end and no close. Null when
   * the macro has no rich-text body at all.
   */
  body: { open: { start: number; end: number }; inner: { start: number; end: number }; close: { start: number; end: number } | null } | null;
  /** Start of the macro's closing tag. */
  closeStart: number;
}

const MACRO_TAGS = new Set(['ac:structured-macro', 'ac:macro']);

/** The parts of the macro that is the whole of `storage` (surrounding whitespace aside), or null. */
export function containerParts(storage: string): ContainerParts | null {
  const tokens = tokenize(storage);
  let first = 0;
  while (first < tokens.length && tokens[first]!.kind === 'text' && (tokens[first] as { blank: boolean }).blank) first++;
  const open = tokens[first];
  if (!open || open.kind !== 'open' || open.selfClosing || !MACRO_TAGS.has(open.name)) return null;
  const closeAt = matchingClose(tokens, first, tokens.length);
  const close = tokens[closeAt];
  if (!close || close.kind !== 'close' || close.name !== open.name) return null;
  if (storage.slice(close.end).trim() !== '') return null;
  const name = (/\sac:name\s*=\s*("([^"]*)"|'([^']*)')/.exec(storage.slice(open.start, open.end))?.slice(2).find((v) => v !== undefined) ?? '').trim().toLowerCase();
  const params = new Map<string, { start: number; end: number; value: string }>();
  let paramsEnd = open.end;
  let body: ContainerParts['body'] = null;
  for (let i = first + 1; i < closeAt; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open') continue;
    const end = token.selfClosing ? i : matchingClose(tokens, i, closeAt);
    const last = tokens[end]!;
    if (token.name === 'ac:parameter') {
      const key = /\sac:name\s*=\s*("([^"]*)"|'([^']*)')/.exec(storage.slice(token.start, token.end))?.slice(2).find((v) => v !== undefined) ?? '';
      const value = token.selfClosing ? '' : storage.slice(token.end, last.start);
      params.set(key.trim(), { start: token.start, end: last.end, value });
      paramsEnd = last.end;
    } else if (token.name === 'ac:rich-text-body' && body === null) {
      body = token.selfClosing
        ? { open: { start: token.start, end: token.end }, inner: { start: token.end, end: token.end }, close: null }
        : last.kind === 'close' && last.name === 'ac:rich-text-body'
          ? { open: { start: token.start, end: token.end }, inner: { start: token.end, end: last.start }, close: { start: last.start, end: last.end } }
          : null;
      if (body === null) return null;
    }
    i = end;
  }
  return { name, params, paramsEnd, body, closeStart: close.start };
}

/** The content of a container's body ('' when it has none). */
export function containerBody(storage: string, parts: ContainerParts): string {
  return parts.body === null ? '' : storage.slice(parts.body.inner.start, parts.body.inner.end);
}

export type ContainerPatch = { storage: string; bodyChanged: boolean } | { problem: string };

/**
 * A container the user edited, patched in place: `shown` is the macro as the user saw it (the
 * exported Markdown converted back), `converted` as they wrote it, both by the same writer, so
 * what differs between them is the edit. A parameter that differs is rewritten (or added, or
 * removed) in the original; a body that differs is handed to `patchBody` with the original body's
 * content, which returns its patched content (or a reason why it cannot). Everything else (the
 * start tag with its ids, parameters the Markdown does not show, the tags around the body) keeps
 * its bytes.
 */
export function patchContainer(
  original: string,
  shown: string,
  converted: string,
  patchBody: (originalBody: string, shownBody: string, convertedBody: string) => { storage: string } | { problem: string },
): ContainerPatch {
  const o = containerParts(original);
  const r = containerParts(shown);
  const c = containerParts(converted);
  if (!o || !r || !c) return { problem: 'the edit does not read as the same macro with a body' };
  if (o.name !== r.name || r.name !== c.name) return { problem: `the edit makes it a ${c.name || 'different'} macro rather than a ${o.name} macro` };
  const patches: StoragePatch[] = [];
  const same = (a: string | undefined, b: string | undefined) => (a === undefined ? b === undefined : b !== undefined && a.trim() === b.trim());
  for (const key of new Set([...r.params.keys(), ...c.params.keys()])) {
    const was = r.params.get(key);
    const now = c.params.get(key);
    if (same(was?.value, now?.value)) continue;
    const here = o.params.get(key);
    const text = now === undefined ? '' : converted.slice(now.start, now.end);
    if (here) patches.push({ start: here.start, end: here.end, text });
    else if (now !== undefined) patches.push({ start: o.paramsEnd, end: o.paramsEnd, text });
  }
  const shownBody = containerBody(shown, r);
  const convertedBody = containerBody(converted, c);
  const bodyChanged = tagsLoose(shownBody) !== tagsLoose(convertedBody);
  if (bodyChanged) {
    const patched = patchBody(containerBody(original, o), shownBody, convertedBody);
    if ('problem' in patched) return patched;
    if (o.body === null) {
      patches.push({ start: o.closeStart, end: o.closeStart, text: `<ac:rich-text-body>${patched.storage}</ac:rich-text-body>` });
    } else if (o.body.close === null) {
      const tag = original.slice(o.body.open.start, o.body.open.end).replace(/\s*\/\s*>$/, '>');
      patches.push({ start: o.body.open.start, end: o.body.open.end, text: `${tag}${patched.storage}</ac:rich-text-body>` });
    } else {
      patches.push({ start: o.body.inner.start, end: o.body.inner.end, text: patched.storage });
    }
  }
  return { storage: applyPatches(original, patches), bodyChanged };
}

/** Markup compared with whitespace between tags left out. */
function tagsLoose(storage: string): string {
  return storage.replace(/>\s+</g, '><').trim();
}
