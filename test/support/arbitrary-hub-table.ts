import fc from 'fast-check';

/**
 * Random hub tables as HTML: cells of the given texts, `th` or `td`, some bold, spanning up to
 * three rows and columns, rows of one to four cells.
 */
export function arbitraryHubTable(texts: readonly string[], maxRows: number): fc.Arbitrary<string> {
  const cell = fc.record({
    th: fc.boolean(),
    bold: fc.boolean(),
    text: fc.constantFrom(...texts),
    colspan: fc.integer({ min: 1, max: 3 }),
    rowspan: fc.integer({ min: 1, max: 3 }),
  });
  return fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: maxRows }).map(
    (rows) =>
      `<table>${rows
        .map((row) => `<tr>${row.map((c) => {
          const tag = c.th ? 'th' : 'td';
          const inner = c.bold && c.text.trim() !== '' ? `<strong>${c.text}</strong>` : c.text;
          return `<${tag} colspan="${c.colspan}" rowspan="${c.rowspan}">${inner}</${tag}>`;
        }).join('')}</tr>`)
        .join('')}</table>`,
  );
}
