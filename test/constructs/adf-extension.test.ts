import { describe, expect, it } from 'vitest';
import { md, mdAgain, storage } from './convert-helpers.js';

function adfPanel(type: string, body: string, fallback = true): string {
  return `<ac:adf-extension><ac:adf-node type="panel"><ac:adf-attribute key="panel-type">${type}</ac:adf-attribute><ac:adf-content>${body}</ac:adf-content></ac:adf-node>` +
    `${fallback ? `<ac:adf-fallback><div class="panel"><div class="panelContent">${body}</div></div></ac:adf-fallback>` : ''}</ac:adf-extension>`;
}

const decisions = '<ac:adf-extension><ac:adf-node type="decision-list"><ac:adf-attribute key="local-id">list-1</ac:adf-attribute>' +
  '<ac:adf-node type="decision-item"><ac:adf-attribute key="local-id">item-1</ac:adf-attribute><ac:adf-attribute key="state">DECIDED</ac:adf-attribute><ac:adf-content>We ship the <strong>beta</strong> on Monday.</ac:adf-content></ac:adf-node>' +
  '<ac:adf-node type="decision-item"><ac:adf-attribute key="local-id">item-2</ac:adf-attribute><ac:adf-attribute key="state">UNDECIDED</ac:adf-attribute><ac:adf-content>Pricing for partners</ac:adf-content></ac:adf-node>' +
  '</ac:adf-node><ac:adf-fallback><div class="decision-list"><ul><li><div class="decision-item">We ship the <strong>beta</strong> on Monday.</div></li><li><div class="decision-item">Pricing for partners</div></li></ul></div></ac:adf-fallback></ac:adf-extension>';

/** The Markdown without its invisible comments: what a reader sees. */
const shown = (markdown: string): string => markdown.replace(/<!--[\s\S]*?-->\n*/g, '');

describe('Cloud ADF panels as GitHub alerts', () => {
  it.each([
    ['info', 'NOTE'], ['note', 'IMPORTANT'], ['tip', 'TIP'], ['success', 'TIP'], ['warning', 'WARNING'], ['error', 'CAUTION'], ['custom', 'NOTE'],
  ])('panel-type %s shows as [!%s] with its body, and comes back byte for byte', (type, alert) => {
    const source = `<p>Before.</p>${adfPanel(type, '<p>Keep the <em>staging</em> keys apart.</p>')}<p>After.</p>`;
    const markdown = md(source);
    expect(shown(markdown)).toBe(`Before.\n\n> [!${alert}]\n>\n> Keep the *staging* keys apart.\n\nAfter.\n`);
    expect(storage(markdown)).toContain(adfPanel(type, '<p>Keep the <em>staging</em> keys apart.</p>'));
    expect(mdAgain(source)).toBe(markdown);
  });

  it('an edited body is written into the node and into the fallback that repeated it; ids and attributes stay', () => {
    const source = adfPanel('warning', '<p>Old text.</p>').replace('<ac:adf-content>', '<ac:adf-attribute key="local-id">p-7</ac:adf-attribute><ac:adf-content>');
    const back = storage(md(source).replace('> Old text.', '> New *text*.'));
    expect(back).toBe(source.replace(/<p>Old text.<\/p>/g, '<p>New <em>text</em>.</p>').replace('<ac:adf-content><p>', '<ac:adf-content>\n<p>').replace('</p></ac:adf-content>', '</p>\n</ac:adf-content>'));
    expect(shown(md(back))).toBe(shown(md(source)).replace('Old text.', 'New *text*.'));
    expect(storage(md(back))).toBe(back);
  });

  it('a changed alert type changes the panel type, and the fallback (old colours) goes', () => {
    const back = storage(md(adfPanel('info', '<p>x</p>')).replace('[!NOTE]', '[!CAUTION]'));
    expect(back).toContain('<ac:adf-attribute key="panel-type">error</ac:adf-attribute>');
    expect(back).not.toContain('ac:adf-fallback');
  });

  it('without its comment the alert is an ordinary panel macro', () => {
    expect(storage(shown(md(adfPanel('note', '<p>x</p>'))))).toContain('<ac:structured-macro ac:name="panel"');
  });
});

describe('Cloud decision lists', () => {
  it('show as items marked ◆ (decided) or ◇, and come back byte for byte', () => {
    const markdown = md(`<h2>Decisions</h2>${decisions}`);
    expect(shown(markdown)).toBe('## Decisions\n\n- ◆ We ship the **beta** on Monday.\n- ◇ Pricing for partners\n');
    expect(storage(markdown)).toBe(`<h2>Decisions</h2>\n\n${decisions}`);
    expect(mdAgain(decisions)).toBe(md(decisions));
  });

  it('edited, added or decided items rebuild the list with its ids and a matching fallback', () => {
    const edited = md(decisions).replace('- ◇ Pricing for partners', '- ◆ Pricing for partners is 20% off.\n- ◇ Support hours');
    const back = storage(edited);
    expect(back).toContain('<ac:adf-attribute key="local-id">list-1</ac:adf-attribute><ac:adf-node type="decision-item"><ac:adf-attribute key="local-id">item-1</ac:adf-attribute><ac:adf-attribute key="state">DECIDED</ac:adf-attribute><ac:adf-content>We ship the <strong>beta</strong> on Monday.</ac:adf-content></ac:adf-node>');
    expect(back).toContain('<ac:adf-attribute key="local-id">item-2</ac:adf-attribute><ac:adf-attribute key="state">DECIDED</ac:adf-attribute><ac:adf-content>Pricing for partners is 20% off.</ac:adf-content>');
    expect(back).toMatch(/<ac:adf-attribute key="local-id">[0-9a-f-]{36}<\/ac:adf-attribute><ac:adf-attribute key="state">UNDECIDED<\/ac:adf-attribute><ac:adf-content>Support hours<\/ac:adf-content>/);
    expect(back).toContain('<li><div class="decision-item">Support hours</div></li></ul></div></ac:adf-fallback>');
    expect(shown(md(back))).toBe(shown(edited));
    expect(storage(md(back))).toBe(back);
  });

  it('other ADF nodes stay kept elements', () => {
    const other = '<ac:adf-extension><ac:adf-node type="extension"><ac:adf-attribute key="extension-key">x</ac:adf-attribute></ac:adf-node></ac:adf-extension>';
    expect(md(other)).toContain('*[adf-extension element]*');
    expect(storage(md(other))).toBe(other);
  });
});

describe('one meaning for "note": the colour Confluence shows', () => {
  const macro = (name: string): string => `<ac:structured-macro ac:name="${name}" ac:schema-version="1"><ac:rich-text-body><p>Mind the gap.</p></ac:rich-text-body></ac:structured-macro>`;

  it('the yellow boxes (storage note macro, ADF warning panel) are [!WARNING]; the red (warning macro, ADF error) [!CAUTION]; the purple ADF note [!IMPORTANT]', () => {
    const alertOf = (source: string): string => /\[!(\w+)\]/.exec(md(source))?.[1] ?? '';
    expect([alertOf(macro('note')), alertOf(adfPanel('warning', '<p>Mind the gap.</p>'))]).toEqual(['WARNING', 'WARNING']);
    expect([alertOf(macro('warning')), alertOf(adfPanel('error', '<p>Mind the gap.</p>'))]).toEqual(['CAUTION', 'CAUTION']);
    expect(alertOf(adfPanel('note', '<p>Mind the gap.</p>'))).toBe('IMPORTANT');
  });

  it('each comes back as itself, and an alert typed in Markdown as the storage macro of its colour', () => {
    for (const source of [macro('note'), macro('warning'), adfPanel('note', '<p>Mind the gap.</p>'), adfPanel('warning', '<p>Mind the gap.</p>')]) {
      expect(storage(md(source)).replace(/\n/g, '')).toContain(source);
      expect(mdAgain(source)).toBe(md(source));
    }
    expect(storage('> [!WARNING]\n> Mind the gap.\n')).toContain('ac:name="note"');
    expect(storage('> [!CAUTION]\n> Mind the gap.\n')).toContain('ac:name="warning"');
  });
});
