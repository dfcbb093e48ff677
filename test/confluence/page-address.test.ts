import { describe, expect, it } from 'vitest';
import { pageIdOf, parsePageArgument, parseSpaceArgument } from '../../src/confluence/page-address.js';

describe('parsePageArgument: a page id or the address a user copies from the browser', () => {
  it.each([
    ['123', { kind: 'id', id: '123' }],
    [' 123 ', { kind: 'id', id: '123' }],
    ['https://x.atlassian.net/wiki/spaces/OPS/pages/98305/Steering+Committee', { kind: 'id', id: '98305', site: 'https://x.atlassian.net/wiki' }],
    ['https://x.atlassian.net/wiki/spaces/OPS/pages/98305/', { kind: 'id', id: '98305', site: 'https://x.atlassian.net/wiki' }],
    ['https://x.atlassian.net/wiki/spaces/OPS/pages/edit-v2/98305', { kind: 'id', id: '98305', site: 'https://x.atlassian.net/wiki' }],
    ['https://x.atlassian.net/wiki/pages/viewpage.action?pageId=77', { kind: 'id', id: '77', site: 'https://x.atlassian.net/wiki' }],
    ['https://dc.example.com/confluence/pages/viewpage.action?pageId=4242', { kind: 'id', id: '4242', site: 'https://dc.example.com/confluence' }],
    ['https://dc.example.com/confluence/display/OPS/Steering+Committee+2024', { kind: 'title', spaceKey: 'OPS', title: 'Steering Committee 2024', site: 'https://dc.example.com/confluence' }],
    ['https://dc.example.com/display/OPS/A%2FB%3F/', { kind: 'title', spaceKey: 'OPS', title: 'A/B?', site: 'https://dc.example.com' }],
  ])('%s', (value, expected) => {
    expect(parsePageArgument(value)).toEqual(expected);
  });

  it.each([
    ['https://x.atlassian.net/wiki/spaces/OPS/overview', /address of space OPS, not of a page: use --space OPS/],
    ['https://x.atlassian.net/wiki/spaces/OPS', /address of space OPS/],
    ['https://x.atlassian.net/wiki/x/AbCd', /short link/],
    ['https://x.atlassian.net/wiki/home', /no page id in this address/],
    ['OPS', /--page takes a page id/],
    ['ftp://x/1', /--page takes a page id/],
  ])('refuses %s in one line', (value, message) => {
    expect(() => parsePageArgument(value)).toThrow(message);
  });
});

describe('parseSpaceArgument', () => {
  it.each([
    ['OPS', { key: 'OPS' }],
    ['~jane', { key: '~jane' }],
    ['https://x.atlassian.net/wiki/spaces/OPS/overview', { key: 'OPS', site: 'https://x.atlassian.net/wiki' }],
    ['https://x.atlassian.net/wiki/spaces/OPS/overview/', { key: 'OPS', site: 'https://x.atlassian.net/wiki' }],
    ['https://x.atlassian.net/wiki/spaces/OPS/pages/1/Title', { key: 'OPS', site: 'https://x.atlassian.net/wiki' }],
    ['https://dc.example.com/confluence/display/OPS/', { key: 'OPS', site: 'https://dc.example.com/confluence' }],
    ['https://dc.example.com/spaces/viewspace.action?key=OPS', { key: 'OPS', site: 'https://dc.example.com' }],
  ])('%s', (value, expected) => {
    expect(parseSpaceArgument(value)).toEqual(expected);
  });

  it('refuses an address without a space key, and nothing at all', () => {
    expect(() => parseSpaceArgument('https://x.atlassian.net/wiki/home')).toThrow(/no space key in this address/);
    expect(() => parseSpaceArgument(' ')).toThrow(/--space needs a space key/);
  });
});

describe('pageIdOf', () => {
  it('looks a /display/ title up with one quoted CQL search', async () => {
    const queries: string[] = [];
    const client = {
      searchCql: (cql: string) => {
        queries.push(cql);
        return (async function* () {
          yield { id: '55' } as never;
        })();
      },
    };
    expect(await pageIdOf({ kind: 'title', spaceKey: 'OPS', title: 'Say "hi"', site: 'https://h' }, client)).toBe('55');
    expect(queries).toEqual(['space = "OPS" and title = "Say \\"hi\\"" and type = page']);
  });
});
