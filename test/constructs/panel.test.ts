import { describe, expect, it } from 'vitest';
import { md, mdAgain, storage } from './convert-helpers.js';

function panel(name: string, body: string, title?: string): string {
  const t = title ? `<ac:parameter ac:name="title">${title}</ac:parameter>` : '';
  return `<ac:structured-macro ac:name="${name}" ac:schema-version="1">${t}<ac:rich-text-body>${body}</ac:rich-text-body></ac:structured-macro>`;
}

describe('panels as GitHub alerts', () => {
  it.each([
    ['info', 'NOTE'],
    ['tip', 'TIP'],
    ['note', 'WARNING'],
    ['warning', 'CAUTION'],
    ['panel', 'IMPORTANT'],
  ])('%s <-> [!%s]', (name, alert) => {
    const source = panel(name, '<p>Body <strong>text</strong>.</p><ul><li>point</li></ul>', 'Read &amp; act');
    expect(md(source)).toBe(`> [!${alert}]\n> **Read & act**\n>\n> Body **text**.\n>\n> - point\n`);
    expect(storage(md(source))).toContain(`<ac:structured-macro ac:name="${name}" ac:schema-version="1"><ac:parameter ac:name="title">Read &amp; act</ac:parameter><ac:rich-text-body>`);
    expect(mdAgain(source)).toBe(md(source));
  });

  it('without a title, the body starts after a blank line (a bold first paragraph stays body)', () => {
    const source = panel('info', '<p><strong>Bold start</strong></p><p>more</p>');
    expect(md(source)).toBe('> [!NOTE]\n>\n> **Bold start**\n>\n> more\n');
    expect(storage(md(source))).not.toContain('ac:name="title"');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('carries what an alert cannot say (colours, success/error) in one comment, and back', () => {
    const source = '<ac:structured-macro ac:name="success"><ac:parameter ac:name="bgColor">#E3FCEF</ac:parameter><ac:parameter ac:name="panelIcon">:check_mark:</ac:parameter><ac:rich-text-body><p>Done.</p></ac:rich-text-body></ac:structured-macro>';
    expect(md(source)).toBe('> [!TIP]\n>\n> Done.\n>\n> <!-- wikiport:panel {"params":{"bgColor":"#E3FCEF","panelIcon":":check_mark:"},"panel":"success"} -->\n');
    expect(storage(md(source))).toMatch(/^<ac:structured-macro ac:name="success" ac:schema-version="1"><ac:parameter ac:name="bgColor">#E3FCEF<\/ac:parameter><ac:parameter ac:name="panelIcon">:check_mark:<\/ac:parameter><ac:rich-text-body>\s*<p>Done.<\/p>\s*<\/ac:rich-text-body><\/ac:structured-macro>$/);
    expect(mdAgain(source)).toBe(md(source));
  });

  it('an ordinary block quote stays a quote', () => {
    expect(storage('> just a quote\n')).toBe('<blockquote>\n<p>just a quote</p>\n</blockquote>');
  });
});

describe('an alert inside a list item', () => {
  it('is a storage fixed point: Markdown -> storage -> Markdown -> storage gives the same storage', () => {
    const markdown = '1. Step one\n   > [!NOTE]\n   >\n   > Be careful here.\n2. Step two\n   > [!TIP]\n   > **Shortcut**\n   >\n   > Use the *wizard*.\n';
    const first = storage(markdown);
    expect(first).toContain('<li>Step one\n<ac:structured-macro ac:name="info"');
    expect(md(first)).toBe(markdown);
    expect(storage(md(first))).toBe(first);
  });

  it('after a paragraph of its own, or first in the item, keeps its place', () => {
    for (const source of [
      `<ul><li><p>Item</p><p>More</p>${panel('warning', '<p>x</p>')}</li></ul>`,
      `<ul><li>${panel('info', '<p>x</p>')}</li><li>Two</li></ul>`,
      `<ul><li><blockquote><p>plain quote</p></blockquote></li></ul>`,
    ]) {
      const once = storage(md(source));
      expect(storage(md(once))).toBe(once);
      expect(mdAgain(source)).toBe(md(source));
    }
  });
});
