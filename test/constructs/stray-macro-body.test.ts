import { describe, expect, it } from 'vitest';
import { reportOf, roundTrip, storageToHub, storageToMd } from './construct-trip.js';

describe('stray macro body', () => {
  const stray = '<p>Use <ac:rich-text-body>the <strong>staging</strong> cluster</ac:rich-text-body> first.</p>';

  it('a rich-text-body outside any macro shows its content', () => {
    expect(storageToHub(stray)).toBe('<p>Use the <strong>staging</strong> cluster first.</p>');
    expect(storageToMd(stray)).toBe('Use the **staging** cluster first.\n');
    expect(reportOf(stray).entries.some((e) => e.construct === 'ac:rich-text-body')).toBe(true);
  });

  it('round-trips to a fixed point', () => {
    const trip = roundTrip(stray);
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('a body inside a macro still belongs to the macro', () => {
    const panel = '<ac:structured-macro ac:name="vendor-box" ac:schema-version="1"><ac:rich-text-body><p>inside</p></ac:rich-text-body></ac:structured-macro>';
    expect(storageToHub(panel)).not.toBe('<p>inside</p>');
  });
});
