import { describe, expect, it } from 'vitest';
import { md, mdAgain, storage } from './convert-helpers.js';

const gallery = [
  '<ac:structured-macro ac:name="gallery" ac:schema-version="1" ac:macro-id="g-1">',
  '\n  <ac:parameter ac:name="title">Site visit</ac:parameter><ac:parameter ac:name="columns">2</ac:parameter>',
  '\n  <ac:image><ri:attachment ri:filename="north wall.jpg"/></ac:image>',
  '\n  <ac:image ac:alt="Crane"><ri:attachment ri:filename="crane.png"><ri:page ri:content-title="Equipment"/></ri:attachment></ac:image>',
  '\n  <ac:image><ri:url ri:value="https://img.example.org/aerial.webp"/></ac:image>',
  '\n</ac:structured-macro>',
].join('');
const page = `<p>Photos:</p>${gallery}<p>End.</p>`;

describe('gallery macro with its images listed', () => {
  it('shows its images in Markdown, with the macro in an invisible comment after them', () => {
    const markdown = md(page);
    expect(markdown).toContain('![north wall.jpg](attachments/north%20wall.jpg) ![Crane](/pages/viewpage.action?title=Equipment&preview=crane.png) ![aerial.webp](https://img.example.org/aerial.webp) <!-- wikiport:block dynamic gallery <ac:structured-macro ac:name="gallery"');
    expect(mdAgain(page)).toBe(markdown);
  });

  it('comes back byte for byte when its images were not edited', () => {
    expect(storage(md(page))).toBe(`<p>Photos:</p>\n${gallery}\n<p>End.</p>`);
  });

  it('takes images removed, added or reordered in the Markdown, keeping its parameters', () => {
    const edited = md(page).replace('![north wall.jpg](attachments/north%20wall.jpg) ', '').replace(' <!--', ' ![plan.png](attachments/plan.png) <!--');
    const back = storage(edited);
    expect(back).toContain('<ac:structured-macro ac:name="gallery" ac:schema-version="1" ac:macro-id="g-1">\n  <ac:parameter ac:name="title">Site visit</ac:parameter><ac:parameter ac:name="columns">2</ac:parameter>\n  <ac:image ac:alt="Crane">');
    expect(back).not.toContain('north wall.jpg');
    expect(back).toContain('<ri:attachment ri:filename="plan.png" /></ac:image>\n</ac:structured-macro>');
    expect(back.match(/<ac:image\b/g)).toHaveLength(3);
  });

  it('a gallery that lists no image shows the page attachments, which only Confluence knows: it stays invisible', () => {
    const empty = '<ac:structured-macro ac:name="gallery"><ac:parameter ac:name="columns">3</ac:parameter></ac:structured-macro>';
    expect(md(empty)).toBe(`<!-- wikiport:block dynamic gallery ${empty} -->\n`);
    expect(storage(md(empty))).toBe(empty);
  });
});
