import { describe, expect, it } from 'vitest';
import { mdToHub, mdToStorage, reportOf, roundTrip, storageToHub, storageToMd } from './construct-trip.js';

const user = (attrs: string): string => `<p>Ask <ac:link><ri:user ${attrs} /></ac:link> first.</p>`;
const names = (u: { accountId?: string; userKey?: string; username?: string }): string | null =>
  u.accountId === '557058:aaaa1111-2222-3333-4444-555566667777' ? 'Priya Raman' : u.username === 'jdoyle' ? 'Jane Doyle' : null;

describe('mention construct', () => {
  it('storage → hub keeps the id that was given', () => {
    expect(storageToHub(user('ri:account-id="5b10ac8d82e05b22cc7d4ef5"'))).toBe('<p>Ask <a data-mention data-account-id="5b10ac8d82e05b22cc7d4ef5">@5b10ac8d82e05b22cc7d4ef5</a> first.</p>');
    expect(storageToHub(user('ri:userkey="8a7f808a6c1d2e3f016c1d4f5a6b0001"'))).toContain('data-userkey="8a7f808a6c1d2e3f016c1d4f5a6b0001"');
  });

  it('without a known name: a profile link named after the id\'s end for ids, `@~name` for usernames', () => {
    expect(storageToMd(user('ri:account-id="557058:aaaa1111-2222-3333-4444-555566667777"'))).toBe('Ask [@user-667777](/people/557058:aaaa1111-2222-3333-4444-555566667777) first.\n');
    expect(storageToMd(user('ri:userkey="8a7f808a6c1d2e3f016c1d4f5a6b0001"'))).toBe('Ask [@user-6b0001](/people/8a7f808a6c1d2e3f016c1d4f5a6b0001) first.\n');
    expect(storageToMd(user('ri:account-id="5b10ac8d82e05b22cc7d4ef5"'))).toBe('Ask [@user-7d4ef5](/people/5b10ac8d82e05b22cc7d4ef5) first.\n');
    expect(storageToMd(user('ri:username="r.okafor"'))).toBe('Ask @~r.okafor first.\n');
  });

  it('the stand-in name is no name: it reads back to the bare ri:user, and GitHub shows a link', () => {
    const md = storageToMd(user('ri:userkey="8a7f808a6c1d2e3f016c1d4f5a6b0001"'));
    expect(mdToStorage(md)).toContain('<ac:link><ri:user ri:userkey="8a7f808a6c1d2e3f016c1d4f5a6b0001" /></ac:link>');
    expect(mdToHub(md)).toContain('>@8a7f808a6c1d2e3f016c1d4f5a6b0001</a>');
    // A bare id typed in Markdown is still a mention.
    expect(mdToStorage('Ask @8a7f808a6c1d2e3f016c1d4f5a6b0001 first.')).toContain('<ri:user ri:userkey="8a7f808a6c1d2e3f016c1d4f5a6b0001" />');
  });

  it('with a known name: a link to the profile under the base URL', () => {
    const options = { userNames: names, baseUrl: 'https://wiki.example.com/wiki/' };
    expect(storageToMd(user('ri:account-id="557058:aaaa1111-2222-3333-4444-555566667777"'), options)).toBe('Ask [@Priya Raman](https://wiki.example.com/wiki/people/557058:aaaa1111-2222-3333-4444-555566667777) first.\n');
    expect(storageToMd(user('ri:username="jdoyle"'), options)).toBe('Ask [@Jane Doyle](https://wiki.example.com/wiki/display/~jdoyle) first.\n');
  });

  it('ids of another shape are written as a link so they still come back', () => {
    const md = storageToMd(user('ri:userkey="legacy-key-42"'));
    expect(md).toBe('Ask [@legacy-key-42](/people/legacy-key-42) first.\n');
    expect(mdToStorage(md)).toContain('<ri:user ri:userkey="legacy-key-42" />');
  });

  it('every form restores the same ri:user attribute', () => {
    for (const attrs of ['ri:account-id="557058:aaaa1111-2222-3333-4444-555566667777"', 'ri:account-id="5b10ac8d82e05b22cc7d4ef5"', 'ri:userkey="8a7f808a6c1d2e3f016c1d4f5a6b0001"', 'ri:username="r.okafor"']) {
      for (const options of [{}, { userNames: names, baseUrl: 'https://wiki.example.com' }]) {
        const trip = roundTrip(user(attrs), options);
        // The name the Markdown showed (from the directory here) is kept as the link body (issue 15 item 11).
        expect(trip.storage).toContain(`<ac:link><ri:user ${attrs} />`);
        expect(trip.mdAgain).toBe(trip.md);
      }
    }
  });

  it('a link under another host, an e-mail address and plain @words are not mentions', () => {
    expect(mdToHub('[@x](https://elsewhere.example/people/5b10ac8d82e05b22cc7d4ef5)')).not.toContain('data-mention');
    expect(mdToHub('mail ops@5b10ac8d82e05b22cc7d4ef5 or @channel')).not.toContain('data-mention');
  });

  it('messy input: no id at all is dropped with a warning, the link body is used as the name', () => {
    expect(storageToMd('<p>x <ac:link><ri:user /></ac:link> y</p>')).toBe('x y\n');
    expect(reportOf('<p><ac:link><ri:user /></ac:link></p>').entries.some((e) => e.construct === 'mention')).toBe(true);
    expect(storageToMd('<p><ac:link><ri:user ri:username="mh" /><ac:plain-text-link-body><![CDATA[Max Hollis]]></ac:plain-text-link-body></ac:link></p>')).toBe('[@Max Hollis](/display/~mh)\n');
  });
});
