import { describe, expect, it } from 'vitest';
import { redactHub } from '../../src/redact/redact-hub.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';

const rules = redactionRules();

describe('a heading or list item that only names a secret labels the line after it', () => {
  it('masks the paragraph after a label heading and the sub-item of a label item', () => {
    const { hub, counts } = redactHub('<h3>Wi-Fi password</h3><p>CorpGuest!2024 spring meadow</p><ul><li>Password<ul><li>nested secret here</li></ul></li></ul>', rules);
    expect(hub).toBe('<h3>Wi-Fi password</h3><p>[redacted]</p><ul><li>Password<ul><li>[redacted]</li></ul></li></ul>');
    expect(counts).toEqual({ password: 2 });
  });

  it('masks the first paragraph of a panel or expand titled by a label', () => {
    const { hub } = redactHub('<div data-panel="note" data-title="Root password"><p>granite falcon 88</p><p>Ask ops.</p></div><details data-macro="expand"><summary>Password</summary><p>emerald sloth 12</p></details>', rules);
    expect(hub).toBe('<div data-panel="note" data-title="Root password"><p>[redacted]</p><p>Ask ops.</p></div><details data-macro="expand"><summary>Password</summary><p>[redacted]</p></details>');
  });

  it('masks the line after a label line in the same cell, and the next layout column after a label column', () => {
    expect(redactHub('<table><tr><th>Passcode<br>kestrel moss 9</th><td>x</td></tr></table>', rules).hub).toBe('<table><tbody><tr><th>Passcode<br>[redacted]</th><td>x</td></tr></tbody></table>');
    const layout = '<div data-layout-section data-type="two_equal"><div data-layout-cell><p><strong>Password</strong></p></div><div data-layout-cell><p>dune ember 3</p></div></div>';
    expect(redactHub(layout, rules).hub).toContain('<div data-layout-cell=""><p>[redacted]</p></div>');
  });

  it('leaves prose about the label alone: a sentence, a long paragraph, a long heading', () => {
    const pages = [
      '<h2>Reset password</h2><p>Open the settings page.</p>',
      '<h2>Password</h2><p>Passwords are rotated every ninety days by the platform team, who announce it in the channel first</p>',
      '<h2>How we handle a lost password</h2><p>short line</p>',
    ];
    for (const page of pages) expect(redactHub(page, rules).hub).toBe(page);
  });
});

describe('a label cell labels the rest of its row when it comes first', () => {
  it('skips an empty cell and masks every value of the row', () => {
    const { hub } = redactHub('<table><tr><th>Passcode</th><td></td><td>mango tundra 51</td></tr><tr><th>PIN</th><td>7731</td><td>9920 backup</td></tr></table>', rules);
    expect(hub).toBe('<table><tbody><tr><th>Passcode</th><td></td><td>[redacted]</td></tr><tr><th>PIN</th><td>[redacted]</td><td>[redacted]</td></tr></tbody></table>');
  });
});
