import { describe, expect, it } from 'vitest';
import { withKnownUserNames } from '../../../src/formats/json/known-user-names.js';
import { withWriteOptions } from '../../../src/hub/write-options.js';

const names: Record<string, string> = { '557058:aa11': 'Ana Müller', 'k-42': 'Jo <Ops> & Co', ff01: 'Sam Ruiz' };
const userNames = (u: { accountId?: string; userKey?: string; username?: string }): string | null => names[u.accountId ?? u.userKey ?? u.username ?? ''] ?? null;
const named = (hub: string): string => withWriteOptions({ userNames }, () => withKnownUserNames(hub));

describe('withKnownUserNames', () => {
  it('writes the known name into mentions that show only an id, leaving the rest of the hub as it was', () => {
    const hub =
      '<p>Chair: <a data-mention="" data-account-id="557058:aa11">@557058:aa11</a>, minutes by ' +
      '<a data-mention="" data-userkey="k-42"></a> &amp; <a data-mention="" data-account-id="ff01">@Samuel R.</a></p>' +
      '<table><tr><td><a data-mention="" data-account-id="unknown-1">@unknown-1</a></td></tr></table>';
    expect(named(hub)).toBe(
      '<p>Chair: <a data-mention="" data-account-id="557058:aa11">@Ana Müller</a>, minutes by ' +
        '<a data-mention="" data-userkey="k-42">@Jo &lt;Ops&gt; &amp; Co</a> &amp; <a data-mention="" data-account-id="ff01">@Samuel R.</a></p>' +
        '<table><tr><td><a data-mention="" data-account-id="unknown-1">@unknown-1</a></td></tr></table>',
    );
  });

  it('gives the hub back untouched without user names or mentions to name', () => {
    const hub = '<p><a data-mention="" data-account-id="557058:aa11">@557058:aa11</a></p>';
    expect(withKnownUserNames(hub)).toBe(hub);
    expect(named('<p>no mentions here</p>')).toBe('<p>no mentions here</p>');
  });

  it('names a mention whose closing tag the hub text leaves out, by serializing a private parse', () => {
    const out = named('<p>Owner <a data-mention="" data-account-id="ff01">@ff01</p><p>next</p>');
    expect(out).toContain('>@Sam Ruiz</a>');
    expect(out).not.toContain('@ff01');
    expect(out).toContain('next');
  });
});
