/**
 * Full-width punctuation as Chinese, Japanese and Korean text writes it, in the ASCII forms the
 * rules read: "林志明（主席）" is "林志明 (主席)", "佐藤、鈴木" is "佐藤, 鈴木", "出席者：…" is "出席者: …";
 * and the comma and semicolon of Arabic script ("أحمد علي، فاطمة حسن").
 */
const FULL_WIDTH = /[（）：、，；،؛]/u;
const ASCII: Readonly<Record<string, string>> = { '（': ' (', '）': ') ', '：': ': ', '、': ', ', '，': ', ', '；': '; ', '،': ', ', '؛': '; ' };

export function asciiPunctuation(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text
    .replace(/[（）：、，；،؛]/gu, (c) => ASCII[c]!)
    .replace(/ {2,}/g, ' ')
    .replace(/ +$/gm, '')
    .replace(/^ +/gm, '');
}

/**
 * "赵磊：修复…", "鈴木: 資料…": a name of one or two words of a script without capital letters, then a
 * colon (full-width or not), then the rest; null otherwise. Whether the name is someone's is for the caller.
 */
export function leadingCaselessName(text: string): { name: string; rest: string } | null {
  const m = /^(\p{Lo}{1,6}(?: \p{Lo}{1,6})?)\s*[:：]\s*(.+)$/su.exec(text.trim());
  return m === null ? null : { name: m[1]!, rest: m[2]! };
}
