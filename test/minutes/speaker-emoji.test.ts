import { describe, expect, it } from 'vitest';
import { speakerNote, speakerResolver } from '../../src/minutes/speakers.js';
import type { Attendee } from '../../src/model/meeting.js';

/** A chat canvas opens each speaker's line with an emoji (":speech_balloon:", "💬"): decoration before who speaks. */
const person = (name: string): Attendee => ({ name, organization: null, group: null, role: 'participant', alternateFor: null, present: true, accountId: null, userKey: null });
const resolve = speakerResolver([person('Noor Haddad'), person('Piet Vermeulen')]);

describe('a speaker line opened by an emoji', () => {
  it('reads the speaker after an emoji short code or an emoji', () => {
    expect(speakerNote(':speech_balloon: Noor Haddad: the cache is cold after deploys', resolve)).toEqual({ speaker: 'Noor Haddad', text: 'the cache is cold after deploys' });
    expect(speakerNote('💬 Piet: ship it on Monday', resolve)).toEqual({ speaker: 'Piet Vermeulen', text: 'ship it on Monday' });
  });

  it('reads no speaker when the word after the emoji names nobody on the page (decoy)', () => {
    expect(speakerNote(':warning: Budget: over by 5%', resolve)).toBeNull();
  });
});
