/** Data Center prints times with a numeric offset (`2014-03-10T23:14:35.031+1100`, reference §B). */
const dcOffsetMinutes = 60;

export function dcTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + dcOffsetMinutes * 60_000).toISOString();
  const sign = dcOffsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(dcOffsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  return shifted.replace('Z', offset);
}

export function millis(iso: string): number {
  return Date.parse(iso);
}
