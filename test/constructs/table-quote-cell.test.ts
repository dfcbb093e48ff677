import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';

const toMarkdown = (storage: string): string => convert(storage, { from: 'storage', to: 'md' }).output;
const toStorage = (markdown: string): string => convert(markdown, { from: 'markdown', to: 'storage' }).output;

// hostile-md: a panel in a table cell was written into a pipe-table cell as `> [!NOTE]<br>>…`, which
// Markdown reads as the text "> [!NOTE]": back to storage, the panel was gone and its marker shown as text
// (a rule likewise became the text "---").
describe('a panel, quote or rule in a table cell', () => {
  const panel = (name: string, text: string): string => `<ac:structured-macro ac:name="${name}" ac:schema-version="1"><ac:rich-text-body><p>${text}</p></ac:rich-text-body></ac:structured-macro>`;

  it.each(['info', 'note', 'warning', 'tip'])('a %s panel stays that panel through Markdown', (name) => {
    const storage = `<table><tbody><tr><th>Room</th><th>State</th></tr><tr><td>${panel(name, 'Closed for painting')}</td><td>shut</td></tr></tbody></table>`;
    const markdown = toMarkdown(storage);
    expect(markdown).not.toContain('| >');
    const back = toStorage(markdown);
    expect(back).toContain(`<ac:structured-macro ac:name="${name}"`);
    expect(back).toContain('<p>Closed for painting</p>');
    expect(back).not.toContain('&gt;');
    expect(toMarkdown(back)).toBe(markdown);
  });

  it('a quote beside text in a cell stays a quote', () => {
    const storage = '<table><tbody><tr><th>Who</th><th>Said</th></tr><tr><td>Ines</td><td><p>She wrote:</p><blockquote><p>ship on Friday</p></blockquote></td></tr></tbody></table>';
    const back = toStorage(toMarkdown(storage));
    expect(back).toContain('<blockquote>');
    expect(back).toContain('ship on Friday');
    expect(back).not.toContain('&gt;');
  });

  it('a horizontal rule in a cell stays a rule, and text "---" stays text', () => {
    const storage = '<table><tbody><tr><th>Part</th><th>Note</th></tr><tr><td><p>north</p><hr /><p>south</p></td><td>split</td></tr></tbody></table>';
    const back = toStorage(toMarkdown(storage));
    expect(back).toContain('<hr />');
    expect(back).not.toContain('---');
    const text = '<table><tbody><tr><th>Part</th><th>Note</th></tr><tr><td>---</td><td>dashes</td></tr></tbody></table>';
    expect(toMarkdown(text).startsWith('| Part | Note |')).toBe(true);
    expect(toStorage(toMarkdown(text))).toContain('<td>---</td>');
  });

  it('text that merely starts with ">" in a cell stays in a pipe table', () => {
    const markdown = toMarkdown('<table><tbody><tr><th>Op</th><th>Means</th></tr><tr><td>&gt; 5</td><td>more than five</td></tr></tbody></table>');
    expect(markdown.startsWith('| Op | Means |')).toBe(true);
  });
});
