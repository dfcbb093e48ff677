import { describe, expect, it } from 'vitest';
import { roundTrip, storageToHub, storageToMd, squash } from './construct-trip.js';

const excerpt = (params: string, body: string): string => `<ac:structured-macro ac:name="excerpt" ac:schema-version="1" ac:macro-id="41f0">${params}<ac:rich-text-body>${body}</ac:rich-text-body></ac:structured-macro>`;

describe('excerpt construct', () => {
  it('storage → hub: the body in a div with the parameters', () => {
    expect(storageToHub(excerpt('<ac:parameter ac:name="hidden">true</ac:parameter>', '<p>Summary.</p>'))).toBe('<div data-macro="excerpt" data-params="{&quot;hidden&quot;:&quot;true&quot;}"><p>Summary.</p></div>');
  });

  it('Markdown shows the body (hidden or not) between invisible markers', () => {
    const md = storageToMd(excerpt('<ac:parameter ac:name="hidden">true</ac:parameter>', '<p>Summary.</p>'));
    expect(md.replace(/<!--[^\n]*-->\n*/g, '').trim()).toBe('Summary.');
  });

  it('Markdown → storage puts the body back inside the excerpt macro with its parameters', () => {
    const trip = roundTrip(excerpt('<ac:parameter ac:name="hidden">true</ac:parameter>', '<p>Summary with <strong>bold</strong>.</p>'));
    expect(squash(trip.storage)).toBe('<ac:structured-macro ac:name="excerpt" ac:schema-version="1"><ac:parameter ac:name="hidden">true</ac:parameter><ac:rich-text-body><p>Summary with <strong>bold</strong>.</p></ac:rich-text-body></ac:structured-macro>');
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('an inline excerpt stays inline', () => {
    const trip = roundTrip(`<p>Intro: ${excerpt('<ac:parameter ac:name="atlassian-macro-output-type">INLINE</ac:parameter>', 'short text')} end.</p>`);
    expect(trip.md.replace(/<!--.*?-->/g, '')).toBe('Intro: short text end.\n');
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('messy input: an empty excerpt survives', () => {
    const trip = roundTrip(excerpt('', ''));
    expect(squash(trip.storage)).toBe('<ac:structured-macro ac:name="excerpt" ac:schema-version="1"><ac:rich-text-body></ac:rich-text-body></ac:structured-macro>');
    expect(trip.mdAgain).toBe(trip.md);
  });
});
