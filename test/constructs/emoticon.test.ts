import { describe, expect, it } from 'vitest';
import { hubToStorage, reportOf, roundTrip, storageToHub, storageToMd } from './construct-trip.js';
import { emojiFromId, emoticonText } from '../../src/constructs/emoticon.js';

describe('emoticon construct', () => {
  it('classic names become Unicode', () => {
    expect(storageToMd('<p><ac:emoticon ac:name="tick" /> done <ac:emoticon ac:name="warning" /> careful <ac:emoticon ac:name="light-on" /></p>')).toBe('✅ done ⚠️ careful 💡\n');
    expect(emoticonText({ name: 'smile' })).toBe('🙂');
    expect(emoticonText({ name: 'yellow-star' })).toBe('⭐');
  });

  it('Cloud emoji: the fallback character first, then the code points of the id', () => {
    expect(emoticonText({ name: 'blue-star', id: '26a0', fallback: '⚠️' })).toBe('⚠️');
    expect(emoticonText({ name: 'blue-star', id: '1f389', shortname: ':tada:' })).toBe('🎉');
    expect(emojiFromId('1f1e9-1f1ea')).toBe('🇩🇪');
    expect(emojiFromId('atlassian-cross_mark')).toBeNull();
  });

  it('Atlassian and custom emoji: known short names as Unicode, others as :name:', () => {
    expect(emoticonText({ name: 'cross', id: 'atlassian-cross_mark', shortname: ':cross_mark:', fallback: ':cross_mark:' })).toBe('❌');
    expect(emoticonText({ name: 'blue-star', id: '7d3b1a20-5c4e-4f8a-9b6d-0e2f4a6c8e1b', shortname: ':team-party:', fallback: ':team-party:' })).toBe(':team-party:');
    expect(storageToMd('<p>odd <ac:emoticon ac:name="rainbow-unicorn" /></p>')).toBe('odd :rainbow-unicorn:\n');
  });

  it('hub keeps every attribute; the storage writer restores the element', () => {
    const storage = '<p><ac:emoticon ac:name="blue-star" ac:emoji-shortname=":coffee:" ac:emoji-id="2615" ac:emoji-fallback="☕" /></p>';
    const hub = storageToHub(storage);
    expect(hub).toBe('<p><span data-emoticon="blue-star" data-emoji-id="2615" data-emoji-shortname=":coffee:" data-emoji-fallback="☕">☕</span></p>');
    expect(hubToStorage(hub)).toBe(storage);
  });

  it('Unicode text needs no way back: the round trip is a fixed point', () => {
    const trip = roundTrip('<p>Yes <ac:emoticon ac:name="thumbs-up" /> and <ac:emoticon ac:name="blue-star" ac:emoji-id="1f44f" /></p>');
    expect(trip.md).toBe('Yes 👍 and 👏\n');
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('messy input: an emoticon with nothing to show is dropped with a warning', () => {
    expect(storageToMd('<p>a <ac:emoticon /> b</p>')).toBe('a b\n');
    expect(reportOf('<p><ac:emoticon /></p>').entries.some((e) => e.construct === 'emoticon')).toBe(true);
  });
});
