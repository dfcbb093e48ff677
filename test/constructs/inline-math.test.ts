import { describe, expect, it } from 'vitest';
import { mdToStorage, roundTrip, storageToMd } from './construct-trip.js';

const math = (name: string, tex: string): string =>
  `<ac:structured-macro ac:name="${name}" ac:schema-version="1" ac:macro-id="m-1"><ac:parameter ac:name="body">${tex}</ac:parameter><ac:parameter ac:name="align">center</ac:parameter></ac:structured-macro>`;

describe('inline math macros', () => {
  const page = `<p>The mean is ${math('eazy-math-inline', '\\frac{1}{n}\\sum x_i &lt; k')} here.</p>`;

  it('are shown as GitHub shows math, $`…`$, with the macro in the invisible comment after it', () => {
    const md = storageToMd(page);
    expect(md).toContain('The mean is $`\\frac{1}{n}\\sum x_i < k`$<!-- wikiport:inline eazy-math-inline ');
    expect(md).not.toMatch(/\*\[[\w-]+ macro\]/);
  });

  it('come back byte for byte, and the Markdown is a fixed point', () => {
    const trip = roundTrip(page);
    expect(trip.storage).toContain(math('eazy-math-inline', '\\frac{1}{n}\\sum x_i &lt; k'));
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('an edited formula is written into the kept macro\'s body, its other parameters kept', () => {
    const edited = storageToMd(page).replace('\\sum x_i < k', '\\sum y_i');
    expect(mdToStorage(edited)).toContain(math('eazy-math-inline', '\\frac{1}{n}\\sum y_i'));
  });

  it('GitHub inline math typed in Markdown becomes an Easy Math inline macro (as md2conf writes it)', () => {
    expect(mdToStorage('Area $`\\pi r^2`$ only.')).toBe('<p>Area <ac:structured-macro ac:name="eazy-math-inline" ac:schema-version="1"><ac:parameter ac:name="body">\\pi r^2</ac:parameter></ac:structured-macro> only.</p>');
  });

  it('the Math app\'s mathinline too; a formula with a backtick keeps the label; a lone `$` or code stays text', () => {
    expect(storageToMd(`<p>So ${math('mathinline', 'a+b')}.</p>`)).toContain('So $`a+b`$<!-- wikiport:inline mathinline ');
    expect(storageToMd(`<p>So ${math('eazy-math-inline', 'a`b')}.</p>`)).toContain('*[eazy-math-inline macro]*');
    expect(mdToStorage('Costs $5 and `$x` in shell.')).toBe('<p>Costs $5 and <code>$x</code> in shell.</p>');
  });
});

describe('formulas KaTeX rendered into the page (mark\'s storage)', () => {
  const katex = '<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">x + 1</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord mathnormal">x</span><span class="mbin">+</span><span class="mord">1</span></span></span>';
  const page = `<p>Then ${katex} holds.</p>\n<p><span class="katex-display">${katex}</span></p>`;

  it('show each formula once, as GitHub math, and come back byte for byte', () => {
    const trip = roundTrip(page);
    expect(trip.md.replace(/<!--[\s\S]*?-->/g, '')).toBe('Then $`x + 1`$ holds.\n\n$`x + 1`$\n');
    expect(trip.storage).toBe(page);
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('an edited formula becomes an Easy Math macro', () => {
    const edited = storageToMd(`<p>Then ${katex} holds.</p>`).replace('x + 1`', () => 'x + 2`');
    expect(mdToStorage(edited)).toBe('<p>Then <ac:structured-macro ac:name="eazy-math-inline" ac:schema-version="1"><ac:parameter ac:name="body">x + 2</ac:parameter></ac:structured-macro> holds.</p>');
  });
});
