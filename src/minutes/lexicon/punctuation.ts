/**
 * Full-width punctuation as Chinese, Japanese and Korean text writes it, in the ASCII forms the
 * rules read: "林志明（主席）" is "林志明 (主席)", "佐藤、鈴木" is "佐藤, 鈴木", "出席者：…" is "出席者: …".
 */
const FULL_WIDTH = /[（）：、，；]/u;
const ASCII: Readonly<Record<string, string>> = { '（': ' (', '）': ') ', '：': ': ', '、': ', ', '，': ', ', '；': '; ' };

export function asciiPunctuation(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text
    .replace(/[（）：、，；]/gu, (c) => ASCII[c]!)
    .replace(/ {2,}/g, ' ')
    .replace(/ +$/gm, '')
    .replace(/^ +/gm, '');
}
