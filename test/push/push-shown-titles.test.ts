import { describe, expect, it } from 'vitest';
import { flavors, pushMarkdownEdit, sandboxForEach } from './push-sandbox-helpers.js';

/**
 * Titles the Markdown shows as the page does (a code block's title as a bold line above the fence,
 * a tab's title as an emphasised line by its marker): an edit elsewhere, or to the code or the tab
 * body, pushes without turning those lines into paragraphs of the page.
 */
const code =
  '<ac:structured-macro ac:name="code" ac:schema-version="1" ac:macro-id="c1"><ac:parameter ac:name="language">bash</ac:parameter>' +
  '<ac:parameter ac:name="title">deploy.sh</ac:parameter><ac:plain-text-body><![CDATA[make deploy]]></ac:plain-text-body></ac:structured-macro>';
const tab =
  '<ac:structured-macro ac:name="ui-tab" ac:schema-version="1" ac:macro-id="t1"><ac:parameter ac:name="title">Signer</ac:parameter>' +
  '<ac:rich-text-body><p>Stateless service.</p></ac:rich-text-body></ac:structured-macro>';
const body = `<p>Intro.</p>${code}${tab}<p>Outro.</p>`;

describe('shown titles of code blocks and unknown macros, pushed after an edit (Cloud v2)', () => {
  const flavor = flavors[0]!;
  const sandbox = sandboxForEach(flavor);
  const pushEdit = (name: string, from: string, to: string): Promise<string> => pushMarkdownEdit(sandbox(), flavor.api, name, body, from, to);

  it('an edit elsewhere leaves the code and the tab byte for byte', async () => {
    expect(await pushEdit('Titles elsewhere', 'Outro.', 'The end.')).toBe(body.replace('<p>Outro.</p>', '<p>The end.</p>'));
  });

  it('the code edited keeps its title as the macro parameter, and no bold paragraph appears', async () => {
    const after = await pushEdit('Titles code', 'make deploy', 'make deploy-all');
    expect(after).toContain('<ac:parameter ac:name="title">deploy.sh</ac:parameter>');
    expect(after).toContain('make deploy-all');
    expect(after).not.toContain('<strong>');
    expect(after).toContain(tab);
  });

  it('the tab body edited keeps the tab wrapper and its title', async () => {
    const after = await pushEdit('Titles tab', 'Stateless service.', 'Stateful service.');
    // The body is written back with line breaks around it (as before titles were shown).
    expect(after.replace(/\n/g, '')).toBe(body.replace('Stateless service.', 'Stateful service.'));
  });
});
