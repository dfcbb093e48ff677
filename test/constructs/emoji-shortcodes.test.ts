import { describe, expect, it } from 'vitest';
import { md, mdAgain, storage } from './convert-helpers.js';
import { mdToStorage, storageToMd } from './construct-trip.js';

describe('GitHub emoji shortcodes in Markdown', () => {
  it('become the emoticon Confluence shows that emoji with, as Cloud stores a picked emoji', () => {
    expect(mdToStorage('Shipped :tada: today\n')).toBe('<p>Shipped <ac:emoticon ac:name="blue-star" ac:emoji-shortname=":tada:" ac:emoji-id="1f389" ac:emoji-fallback="🎉" /> today</p>');
  });

  it('take the classic name when a classic emoticon shows the same picture, and drop the variation selector from the id', () => {
    expect(mdToStorage(':+1: :warning:\n')).toBe('<p><ac:emoticon ac:name="thumbs-up" ac:emoji-shortname=":+1:" ac:emoji-id="1f44d" ac:emoji-fallback="👍" /> <ac:emoticon ac:name="warning" ac:emoji-shortname=":warning:" ac:emoji-id="26a0" ac:emoji-fallback="⚠️" /></p>');
  });

  it("cover GitHub's whole list, not only the common names (:octopus:, :ireland:, :woman_technologist:)", () => {
    expect(mdToStorage(':octopus:\n')).toContain('ac:emoji-fallback="🐙"');
    expect(mdToStorage(':ireland:\n')).toContain('ac:emoji-id="1f1ee-1f1ea"');
    expect(mdToStorage(':woman_technologist:\n')).toContain('ac:emoji-shortname=":woman_technologist:"');
  });

  it('read back as their character, as every emoticon does', () => {
    expect(storageToMd(mdToStorage('Shipped :tada:\n'))).toBe('Shipped 🎉\n');
  });

  it('stay text when unknown, in code, in a word, or in an address', () => {
    expect(mdToStorage(':kestrel-logo: `:tada:` a:tada:b 10:30:45\n')).toBe('<p>:kestrel-logo: <code>:tada:</code> a:tada:b 10:30:45</p>');
    expect(mdToStorage('<https://example.com/:tada:/x>\n')).not.toContain('ac:emoticon');
    expect(mdToStorage('```\n:tada:\n```\n')).not.toContain('ac:emoticon');
  });

  it('text on the page that spells a shortcode keeps its colons through Markdown and back', () => {
    const source = '<p>Type :tada: in Slack.</p>';
    expect(md(source)).toBe('Type :tada\\: in Slack.\n');
    expect(storage(md(source))).toBe('<p>Type :tada: in Slack.</p>');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('a Cloud emoji that has only its short name shows the emoji of that name', () => {
    expect(md('<p><ac:emoticon ac:name="blue-star" ac:emoji-shortname=":rocket:" /></p>')).toBe('🚀\n');
  });
});
