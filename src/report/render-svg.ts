import type { Presence } from './attendance.js';
import { meetingLabels, percent } from './report-tables.js';
import type { SeriesReport } from './series-report.js';

/** Colour-blind-safe fills; unknown is hatched so it never reads as absent. */
const FILL: Record<Presence, string> = { present: '#2166ac', absent: '#f4a582', unknown: 'url(#unknown)' };
const CELL = 22;
const GAP = 2;
const FONT = 12;
/** Average glyph width of a 12px sans-serif, to size the label margins without measuring text. */
const CHAR = 7;

/** The attendance matrix as a standalone SVG heatmap: people down, meetings across, rate at the right. */
export function renderSvg(report: SeriesReport): string {
  const { people } = report.attendance;
  const labels = meetingLabels(report);
  const nameWidth = people.reduce((widest, p) => Math.max(widest, label(p).length * CHAR), 80) + 12;
  const headerHeight = Math.max(40, Math.ceil(labels.reduce((longest, l) => Math.max(longest, l.length), 0) * CHAR * 0.72) + 24);
  const gridWidth = labels.length * (CELL + GAP);
  const rateWidth = 56;
  const width = nameWidth + gridWidth + rateWidth + 16;
  const gridTop = headerHeight + 28;
  const legendTop = gridTop + people.length * (CELL + GAP) + 16;
  const height = legendTop + 40;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="${FONT}" role="img" aria-labelledby="heatmap-title">`,
    `<title id="heatmap-title">Attendance: ${people.length} people, ${labels.length} meetings${report.firstMeeting ? ` (${report.firstMeeting} to ${report.lastMeeting})` : ''}</title>`,
    '<defs><pattern id="unknown" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f0f0f0"/><line x1="0" y1="0" x2="0" y2="6" stroke="#b0b0b0" stroke-width="2"/></pattern></defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="8" y="18" font-size="14" font-weight="bold" fill="#222">Attendance</text>`,
  ];
  labels.forEach((text, j) => {
    const x = nameWidth + j * (CELL + GAP) + CELL / 2;
    out.push(`<text x="${x}" y="${gridTop - 6}" transform="rotate(-45 ${x} ${gridTop - 6})" fill="#333">${escapeXml(text)}</text>`);
  });
  out.push(`<text x="${nameWidth + gridWidth + 8}" y="${gridTop - 6}" fill="#333" font-weight="bold">rate</text>`);
  people.forEach((person, i) => {
    const y = gridTop + i * (CELL + GAP);
    out.push(`<text x="${nameWidth - 8}" y="${y + CELL / 2 + FONT / 3}" text-anchor="end" fill="#222">${escapeXml(label(person))}</text>`);
    person.cells.forEach((presence, j) => {
      const x = nameWidth + j * (CELL + GAP);
      out.push(`<rect class="cell ${presence}" x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="3" fill="${FILL[presence]}"><title>${escapeXml(`${person.name}, ${labels[j] ?? ''}: ${presence}`)}</title></rect>`);
    });
    out.push(`<text x="${nameWidth + gridWidth + 8}" y="${y + CELL / 2 + FONT / 3}" fill="#222">${percent(person.rate) || '–'}</text>`);
  });
  (['present', 'absent', 'unknown'] as const).forEach((presence, k) => {
    const x = 8 + k * 110;
    out.push(`<rect x="${x}" y="${legendTop}" width="14" height="14" rx="2" fill="${FILL[presence]}"/>`, `<text x="${x + 20}" y="${legendTop + 11}" fill="#333">${presence}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function label(person: { name: string; organization: string | null }): string {
  return person.organization ? `${person.name} (${person.organization})` : person.name;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
