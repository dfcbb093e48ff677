import { describe, expect, it } from 'vitest';
import { configFromOptions } from '../../src/confluence/config.js';

/** Settings from the environment: a variable spelled almost right is named (never its value). */
describe('configFromOptions with variables spelled almost right', () => {
  const base = { CONFLUENCE_BASE_URL: 'https://acme.atlassian.net/wiki' };

  it('names CONFLUENCE_TOKEN for CONFLUENCE_API_TOKEN, without printing the token', () => {
    const run = () => configFromOptions({}, { ...base, CONFLUENCE_EMAIL: 'a@b.c', CONFLUENCE_TOKEN: 'Hunter2Secret' });
    expect(run).toThrow(/No Confluence credentials.*CONFLUENCE_TOKEN is set: did you mean CONFLUENCE_API_TOKEN\?/);
    expect(() => run()).not.toThrow(/Hunter2Secret/);
  });

  it('names the base URL, email and PAT look-alikes, and lower-case spellings', () => {
    expect(() => configFromOptions({}, { CONFLUENCE_URL: 'https://x' })).toThrow(/No Confluence base URL.*CONFLUENCE_URL is set: did you mean CONFLUENCE_BASE_URL\?/);
    expect(() => configFromOptions({}, { ...base, CONFLUENCE_USER: 'a@b.c', CONFLUENCE_API_TOKEN: 't0ken' })).toThrow(/CONFLUENCE_USER is set: did you mean CONFLUENCE_EMAIL\?/);
    expect(() => configFromOptions({}, { ...base, CONFLUENCE_PERSONAL_TOKEN: 'p' })).toThrow(/did you mean CONFLUENCE_PAT\?/);
    expect(() => configFromOptions({}, { ...base, confluence_api_token: 't', confluence_email: 'a@b.c' })).toThrow(/confluence_api_token is set: did you mean CONFLUENCE_API_TOKEN\?.*confluence_email is set: did you mean CONFLUENCE_EMAIL\?/);
  });

  it('says nothing more when the settings are complete or nothing looks alike', () => {
    expect(configFromOptions({}, { ...base, CONFLUENCE_PAT: 'p', CONFLUENCE_SPACE: 'OPS' }).pat).toBe('p');
    expect(configFromOptions({}, { ...base, CONFLUENCE_EMAIL: 'a@b.c', CONFLUENCE_API_TOKEN: 't', CONFLUENCE_TOKEN: 'old' }).token).toBe('t');
  });
});
