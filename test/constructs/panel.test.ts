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
    expect(storage('> just a quote\n\n> <!-- wikiport:panel {"params":{"bgColor":"#fff"}} -->\n')).not.toContain('ac:structured-macro');
    expect(storage('> just a quote\n')).toBe('<blockquote>\n<p>just a quote</p>\n</blockquote>');
  });
});

describe('the plain panel (no type, no icon) as a plain quote', () => {
  it('shows its title and body and no title word of its own; its kind rides in the settings comment', () => {
    const source = panel('panel', '<p>Body <strong>text</strong>.</p><ul><li>point</li></ul>', 'Read &amp; act');
    expect(md(source)).toBe('> **Read & act**\n>\n> Body **text**.\n>\n> - point\n>\n> <!-- wikiport:panel {"panel":"panel","title":true} -->\n');
    expect(storage(md(source))).toContain('<ac:structured-macro ac:name="panel" ac:schema-version="1"><ac:parameter ac:name="title">Read &amp; act</ac:parameter><ac:rich-text-body>');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('without a title, a bold first paragraph stays body; colours and icons come back', () => {
    const source = '<ac:structured-macro ac:name="panel"><ac:parameter ac:name="bgColor">#EAE6FF</ac:parameter><ac:parameter ac:name="panelIconText">🎉</ac:parameter><ac:rich-text-body><p><strong>Bold start</strong></p><p>more</p></ac:rich-text-body></ac:structured-macro>';
    expect(md(source)).toBe('> **Bold start**\n>\n> more\n>\n> <!-- wikiport:panel {"params":{"bgColor":"#EAE6FF","panelIconText":"🎉"},"panel":"panel"} -->\n');
    const back = storage(md(source));
    expect(back).not.toContain('ac:name="title"');
    expect(back).toContain('<ac:parameter ac:name="bgColor">#EAE6FF</ac:parameter><ac:parameter ac:name="panelIconText">🎉</ac:parameter><ac:rich-text-body>');
    expect(back).toContain('<p><strong>Bold start</strong></p>');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('an empty plain panel, and one in a list item, come back', () => {
    for (const source of [panel('panel', ''), `<ul><li>Item${panel('panel', '<p>x</p>', 'T')}</li><li>Two</li></ul>`]) {
      const once = storage(md(source));
      expect(once).toContain('ac:name="panel"');
      expect(storage(md(once))).toBe(once);
      expect(mdAgain(source)).toBe(md(source));
    }
  });

  it('an edited title or body is read from the quote', () => {
    const edited = '> **New title**\n>\n> New body.\n>\n> <!-- wikiport:panel {"panel":"panel","title":true} -->\n';
    expect(storage(edited)).toMatch(/<ac:structured-macro ac:name="panel" ac:schema-version="1"><ac:parameter ac:name="title">New title<\/ac:parameter><ac:rich-text-body>\s*<p>New body.<\/p>/);
  });

  it('[!IMPORTANT], the spelling older versions wrote, still reads as a plain panel', () => {
    expect(storage('> [!IMPORTANT]\n> **Title**\n>\n> Body.\n')).toContain('<ac:structured-macro ac:name="panel" ac:schema-version="1"><ac:parameter ac:name="title">Title</ac:parameter>');
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
