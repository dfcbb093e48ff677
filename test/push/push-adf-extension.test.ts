import { describe, expect, it } from 'vitest';
import { flavors, pushMarkdownEdit, sandboxForEach } from './push-sandbox-helpers.js';

/** Cloud's ADF panels and decision lists are alerts and ◆ lists in Markdown (src/constructs/adf-extension.ts). */
const panel = '<ac:adf-extension><ac:adf-node type="panel"><ac:adf-attribute key="panel-type">note</ac:adf-attribute><ac:adf-attribute key="local-id">3f1c</ac:adf-attribute>' +
  '<ac:adf-content><p>Freeze starts on <strong>Friday</strong>.</p></ac:adf-content></ac:adf-node>' +
  '<ac:adf-fallback><div class="panel conf-macro output-block"><div class="panelContent"><p>Freeze starts on <strong>Friday</strong>.</p></div></div></ac:adf-fallback></ac:adf-extension>';
const decisions = '<ac:adf-extension><ac:adf-node type="decision-list"><ac:adf-attribute key="local-id">d-0</ac:adf-attribute>' +
  '<ac:adf-node type="decision-item"><ac:adf-attribute key="local-id">d-1</ac:adf-attribute><ac:adf-attribute key="state">DECIDED</ac:adf-attribute><ac:adf-content>Release 4.2 ships without the importer.</ac:adf-content></ac:adf-node></ac:adf-node>' +
  '<ac:adf-fallback><div class="decision-list"><ul><li><div class="decision-item">Release 4.2 ships without the importer.</div></li></ul></div></ac:adf-fallback></ac:adf-extension>';
const body = `<p>Intro.</p>${panel}<h2>Decisions</h2>${decisions}<p>Outro.</p>`;

describe('ADF extensions pushed from Markdown (Cloud v2)', () => {
  const flavor = flavors[0]!;
  const sandbox = sandboxForEach(flavor);

  it('an edit elsewhere leaves both extensions byte for byte', async () => {
    expect(await pushMarkdownEdit(sandbox(), flavor.api, 'ADF untouched', body, 'Outro.', 'Outro, edited.')).toBe(body.replace('Outro.', 'Outro, edited.'));
  });

  it('an edited panel body and a new decision reach the extensions', async () => {
    const afterPanel = await pushMarkdownEdit(sandbox(), flavor.api, 'ADF panel edit', body, '> Freeze starts on **Friday**.', '> Freeze starts on **Thursday**.');
    expect(afterPanel).toContain('<ac:adf-attribute key="local-id">3f1c</ac:adf-attribute><ac:adf-content>');
    expect(afterPanel.match(/Freeze starts on <strong>Thursday<\/strong>\./g)).toHaveLength(2);
    expect(afterPanel).toContain(decisions);
    const afterList = await pushMarkdownEdit(sandbox(), flavor.api, 'ADF decision edit', body, '- ◆ Release 4.2 ships without the importer.', '- ◆ Release 4.2 ships without the importer.\n- ◇ Who owns the importer');
    expect(afterList).toContain(panel);
    expect(afterList).toContain('<ac:adf-attribute key="state">UNDECIDED</ac:adf-attribute><ac:adf-content>Who owns the importer</ac:adf-content>');
  });
});
