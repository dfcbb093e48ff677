import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { TEXT_MASK, type RedactionRule } from './redaction-rule.js';
import type { RedactionTally } from './redaction-tally.js';

/**
 * A label alone in a cell ("Passcode", "Bridge code:", or "SMTP password" beside a short value) labels what stands beside it: the next cell
 * of its row (all the row when it comes first), and when it heads a column, every cell below it. A definition term labels its
 * definitions. Such a value is masked whole, whatever it holds (several paragraphs, a link).
 */
export function maskLabelledCells($: CheerioAPI, rules: readonly RedactionRule[], tally: RedactionTally): void {
  const labelling = rules.filter((r) => r.labelsValue);
  if (labelling.length === 0) return;
  const maskIfLabelled = (label: string, value: Element): void => {
    const text = $(value).text();
    const rule = labelling.find((r) => r.labelsValue?.(label, text)) ?? qualifiedLabel(labelling, label, text);
    if (!rule) return;
    tally.record(rule.kind, text);
    $(value).empty().text(TEXT_MASK);
  };
  $('table').each((_, table) => {
    const rows = $(table).find('tr').toArray().filter((tr) => $(tr).closest('table')[0] === table);
    const headers: Array<string | null> = [];
    rows.forEach((row, r) => {
      const cells = $(row).children('td, th').toArray();
      const columns = columnsOf($, cells);
      const labels = cells.map((cell) => $(cell).text());
      if (r === 0 && cells.length > 1 && cells.every((cell) => cell.name === 'th')) {
        // A header row labels the columns below, not the header beside it ("Passcode | Notes").
        cells.forEach((_cell, i) => (headers[columns[i] ?? i] = labels[i] ?? null));
        return;
      }
      cells.forEach((cell, i) => {
        // A label first in its row labels the rest of the row ("PIN | 7731 | 9920"); elsewhere the
        // next cell with text in it (an empty cell may stand between).
        const rest = cells.slice(i + 1).filter((c) => $(c).text().trim() !== '');
        for (const next of i === 0 ? rest : rest.slice(0, 1)) maskIfLabelled(labels[i] ?? '', next);
        const header = headers[columns[i] ?? i];
        if (header && $(cell).text() !== TEXT_MASK) maskIfLabelled(header, cell);
      });
    });
  });
  $('dt').each((_, term) => {
    const label = $(term).text();
    for (let next = $(term).next(); next.length > 0 && next.is('dd'); next = next.next()) maskIfLabelled(label, next[0] as Element);
  });
}

/** A label cell may say whose secret it is in a few words before the label ("SMTP password", "Admin password"). */
const MAX_LABEL_WORDS = 4;
/** Then, as after a heading naming a secret, only a short value that does not end a sentence is one ("Reset password | Open Settings."). */
const MAX_VALUE_LENGTH = 80;

function qualifiedLabel(labelling: readonly RedactionRule[], label: string, value: string): RedactionRule | undefined {
  const words = label.trim().replace(/[\s:：=\-–—]+$/, '').split(/\s+/);
  const text = value.trim();
  if (words.length < 2 || words.length > MAX_LABEL_WORDS || text.length > MAX_VALUE_LENGTH || text.includes('\n') || /[.!?]$/.test(text)) return undefined;
  for (let n = 1; n < words.length; n++) {
    const suffix = words.slice(-n).join(' ');
    const rule = labelling.find((r) => r.labelsValue?.(suffix, value));
    if (rule) return rule;
  }
  return undefined;
}

/** The grid column each cell starts in, counting `colspan`. */
function columnsOf($: CheerioAPI, cells: Element[]): number[] {
  let column = 0;
  return cells.map((cell) => {
    const start = column;
    column += Math.max(1, Number($(cell).attr('colspan') ?? 1) || 1);
    return start;
  });
}
