/** Building blocks for writing hub HTML as strings (readers produce hub HTML this way, then it is parsed once). */

// Most text needs no escaping: a test first spares the copy.
const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"]/;

export function escapeText(text: string): string {
  const first = text.search(TEXT_SPECIAL);
  return first === -1 ? text : escapeFrom(text, first, false);
}

export function escapeAttribute(value: string): string {
  const first = value.search(ATTR_SPECIAL);
  return first === -1 ? value : escapeFrom(value, first, true);
}

/**
 * `&`, `<`, `>` (and `"` in an attribute) as entities, from the first of them on. One pass that
 * copies the runs between them: the values that have any (a kept macro's storage, parameters'
 * JSON) have many, and a replace calling back for each cost twice as much.
 */
function escapeFrom(text: string, first: number, attribute: boolean): string {
  let out = text.slice(0, first);
  let from = first;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const entity = c === 0x26 ? '&amp;' : c === 0x3c ? '&lt;' : c === 0x3e ? '&gt;' : c === 0x22 && attribute ? '&quot;' : undefined;
    if (entity === undefined) continue;
    out += text.slice(from, i) + entity;
    from = i + 1;
  }
  return out + text.slice(from);
}

export type HubAttributes = Readonly<Record<string, string | boolean | null | undefined>>;

/** `name="value"` pairs in the order given; `true` writes a bare attribute, `false`/null/undefined none. */
export function attributes(attrs: HubAttributes): string {
  let out = '';
  for (const name in attrs) {
    const value = attrs[name];
    if (value === true) out += ` ${name}`;
    else if (typeof value === 'string') out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr', 'col', 'input']);

/** One hub element; `inner` is hub HTML already. */
export function element(tag: string, attrs: HubAttributes, inner = ''): string {
  if (VOID_ELEMENTS.has(tag)) return `<${tag}${attributes(attrs)}>`;
  return `<${tag}${attributes(attrs)}>${inner}</${tag}>`;
}

/** Macro parameters as compact JSON with sorted keys (the `data-params` spelling), or null when empty. */
export function paramsJson(params: Readonly<Record<string, string>>): string | null {
  const keys = Object.keys(params).sort();
  if (keys.length === 0) return null;
  const sorted: Record<string, string> = {};
  for (const key of keys) sorted[key] = params[key] as string;
  return JSON.stringify(sorted);
}

/** Reads `data-params` back; malformed JSON yields no parameters. */
export function parseParamsJson(json: string | undefined): Record<string, string> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
    return out;
  } catch {
    return {};
  }
}
