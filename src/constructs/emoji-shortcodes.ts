/**
 * GitHub's emoji shortcodes (`:tada:`, `:+1:`): GitHub shows the emoji, so the Markdown reader
 * makes them the emoticon Confluence shows that emoji with. It is written the way Confluence Cloud
 * stores an emoji picked in its editor: `ac:emoji-shortname`, `ac:emoji-id` (the code points) and
 * `ac:emoji-fallback` (the character), with `ac:name` the classic emoticon that is the same picture
 * (`👍` thumbs-up, so Data Center shows its own icon), else `blue-star`, as Cloud writes. Read
 * again, an emoticon is its character, as every emoticon is. The common shortcodes only; one not
 * here stays text (GitHub shows an unknown one as text too).
 */
const SHORTCODES: Readonly<Record<string, string>> = {
  smile: '😄', smiley: '😃', grinning: '😀', laughing: '😆', satisfied: '😆', joy: '😂', rofl: '🤣',
  sweat_smile: '😅', wink: '😉', blush: '😊', innocent: '😇', slightly_smiling_face: '🙂',
  upside_down_face: '🙃', slightly_frowning_face: '🙁', heart_eyes: '😍', star_struck: '🤩',
  stuck_out_tongue: '😛', stuck_out_tongue_winking_eye: '😜', sunglasses: '😎', smirk: '😏',
  thinking: '🤔', neutral_face: '😐', expressionless: '😑', roll_eyes: '🙄', grimacing: '😬',
  relieved: '😌', confused: '😕', worried: '😟', disappointed: '😞', cry: '😢', sob: '😭',
  scream: '😱', sweat: '😓', sleepy: '😪', sleeping: '😴', mask: '😷', nerd_face: '🤓',
  exploding_head: '🤯', partying_face: '🥳', hugs: '🤗', see_no_evil: '🙈',
  '+1': '👍', thumbsup: '👍', '-1': '👎', thumbsdown: '👎', clap: '👏', wave: '👋', pray: '🙏',
  muscle: '💪', ok_hand: '👌', raised_hands: '🙌', point_right: '👉', point_left: '👈', eyes: '👀',
  heart: '❤️', broken_heart: '💔', star: '⭐', star2: '🌟', sparkles: '✨', fire: '🔥', zap: '⚡',
  boom: '💥', '100': '💯', tada: '🎉', gift: '🎁', trophy: '🏆', rocket: '🚀', bulb: '💡',
  flashlight: '🔦', warning: '⚠️', information_source: 'ℹ️', question: '❓', grey_question: '❔',
  exclamation: '❗', heavy_exclamation_mark: '❗', white_check_mark: '✅', heavy_check_mark: '✔️',
  x: '❌', heavy_plus_sign: '➕', heavy_minus_sign: '➖', no_entry: '⛔', no_entry_sign: '🚫',
  construction: '🚧', rotating_light: '🚨', bug: '🐛', memo: '📝', pencil: '📝', pencil2: '✏️',
  book: '📖', books: '📚', date: '📅', calendar: '📆', hourglass: '⌛', lock: '🔒', unlock: '🔓',
  key: '🔑', link: '🔗', mag: '🔍', email: '📧', 'e-mail': '📧', inbox_tray: '📥', outbox_tray: '📤',
  package: '📦', gear: '⚙️', wrench: '🔧', hammer: '🔨', chart_with_upwards_trend: '📈',
  chart_with_downwards_trend: '📉', bar_chart: '📊', pushpin: '📌', paperclip: '📎',
  speech_balloon: '💬', coffee: '☕', beer: '🍺', cake: '🍰', sunny: '☀️', cloud: '☁️',
  snowflake: '❄️', arrow_right: '➡️', arrow_left: '⬅️', arrow_up: '⬆️', arrow_down: '⬇️',
  red_circle: '🔴', large_blue_circle: '🔵', green_circle: '🟢', yellow_circle: '🟡',
  white_circle: '⚪', black_circle: '⚫',
};

/** Confluence's classic emoticons (`ac:name`) and the Unicode emoji each shows. */
export const CLASSIC_EMOTICONS: Readonly<Record<string, string>> = {
  smile: '🙂',
  sad: '🙁',
  cheeky: '😛',
  laugh: '😀',
  wink: '😉',
  'thumbs-up': '👍',
  'thumbs-down': '👎',
  information: 'ℹ️',
  tick: '✅',
  cross: '❌',
  warning: '⚠️',
  plus: '➕',
  minus: '➖',
  question: '❓',
  'light-on': '💡',
  'light-off': '🔦',
  'yellow-star': '⭐',
  'red-star': '🌟',
  'green-star': '🌟',
  'blue-star': '🌟',
  heart: '❤️',
  'broken-heart': '💔',
};

const CLASSIC_OF_CHARACTER = new Map<string, string>(
  Object.entries(CLASSIC_EMOTICONS).filter(([, character]) => character !== '🌟').map(([name, character]) => [character, name]),
);

/** The character GitHub shows for a shortcode's name (`tada` -> 🎉), or undefined. */
export function shortcodeEmoji(name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(SHORTCODES, name) ? SHORTCODES[name] : undefined;
}

/** A shortcode in text: `:name:` with no letter or digit right before or after it. */
export const SHORTCODE = /(?<![\p{L}\p{N}]):([a-z0-9_+-]+):(?![\p{L}\p{N}])/gu;

/** The emoticon attributes Confluence Cloud stores for the emoji of a known shortcode. */
export function shortcodeEmoticon(name: string): { name: string; shortname: string; id: string; fallback: string } | undefined {
  const character = shortcodeEmoji(name);
  if (character === undefined) return undefined;
  const id = Array.from(character).map((c) => c.codePointAt(0) ?? 0).filter((cp) => cp !== 0xfe0f).map((cp) => cp.toString(16)).join('-');
  return { name: CLASSIC_OF_CHARACTER.get(character) ?? 'blue-star', shortname: `:${name}:`, id, fallback: character };
}

/**
 * Text that would read back as an emoji (`:tada:` that was text on the page) keeps its colons:
 * the second is escaped, `:tada\:`, which the reader takes as text.
 */
export function escapeShortcodes(markdown: string): string {
  if (!markdown.includes(':')) return markdown;
  return markdown.replace(SHORTCODE, (whole: string, name: string) => (shortcodeEmoji(name) === undefined ? whole : `:${name}\\:`));
}
