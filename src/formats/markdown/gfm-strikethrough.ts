import type MarkdownIt from 'markdown-it';

type StateInline = Parameters<Parameters<MarkdownIt['inline']['ruler']['push']>[1]>[0];
type Delimiter = StateInline['delimiters'][number];

const TILDE = 0x7e;
/** A delimiter marker of its own for a single tilde, so that `~` pairs only with `~` and `~~` only with `~~`. */
const SINGLE_TILDE = 0x17e;

/**
 * GFM strikethrough as GitHub reads it: a run of one or two tildes, flanking as emphasis
 * delimiters are (`~` before a word opens, after one closes), struck between a matching pair of
 * the same length: `~x~` and `~~x~~`, not `~x~~`. A run of three or more is text. markdown-it's
 * own rule reads `~~` only; this one replaces it, so "~5 minutes", "~/bin" and "a ~ b" stay text
 * (a single tilde with no partner that can close it).
 */
export function gfmStrikethrough(md: MarkdownIt): void {
  md.inline.ruler.at('strikethrough', tokenize);
  md.inline.ruler2.at('strikethrough', (state) => {
    strike(state, state.delimiters);
    for (const meta of state.tokens_meta) if (meta?.delimiters) strike(state, meta.delimiters);
    return false;
  });
}

function tokenize(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== TILDE) return false;
  const scanned = state.scanDelims(state.pos, true);
  const token = state.push('text', '', 0);
  token.content = '~'.repeat(scanned.length);
  if (scanned.length <= 2) {
    state.delimiters.push({
      marker: scanned.length === 1 ? SINGLE_TILDE : TILDE,
      length: 0, // no "rule of 3": that is for emphasis
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close,
    });
  }
  state.pos += scanned.length;
  return true;
}

function strike(state: StateInline, delimiters: Delimiter[]): void {
  for (const start of delimiters) {
    if ((start.marker !== TILDE && start.marker !== SINGLE_TILDE) || start.end === -1) continue;
    const end = delimiters[start.end];
    const open = state.tokens[start.token];
    const close = end ? state.tokens[end.token] : undefined;
    if (!open || !close) continue;
    const markup = start.marker === TILDE ? '~~' : '~';
    Object.assign(open, { type: 's_open', tag: 's', nesting: 1, markup, content: '' });
    Object.assign(close, { type: 's_close', tag: 's', nesting: -1, markup, content: '' });
  }
}
