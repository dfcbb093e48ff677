/**
 * Digits of other scripts as ASCII digits, so that a date written in them reads: Arabic-Indic
 * (٠–٩), Persian (۰–۹), Devanagari (०–९), Bengali (০–৯) and Thai (๐–๙). Each script's zero is the
 * first of ten consecutive code points.
 */
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];
const OTHER_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]/gu;

/** The text with every digit of those scripts written as an ASCII digit; other text unchanged. */
export function latinDigits(text: string): string {
  if (!OTHER_DIGIT.test(text)) return text;
  OTHER_DIGIT.lastIndex = 0;
  return text.replace(OTHER_DIGIT, (d) => {
    const code = d.codePointAt(0)!;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}
