/** Elements that end a run of text: a label in one paragraph never captures a word of another. */
export const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'details', 'summary', 'hr', 'br', 'section', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'caption']);
