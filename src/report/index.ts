// report/: series reports over page JSON (attendance, actions, decisions) as Markdown, CSV, JSON and SVG. Reads page JSON files; imports the errors only.
export { buildSeriesReport, type SeriesReport } from './series-report.js';
export { renderReport, type ReportFormat } from './render-report.js';
export { renderSvg } from './render-svg.js';
export { renderMarkdown } from './render-markdown.js';
export { renderCsvFiles } from './render-csv.js';
export { loadSeriesPages } from './load-series-pages.js';
export { normalizeName } from './person-identity.js';
