import { describe, expect, it } from 'vitest';
import { mdToHub, mdToStorage, roundTrip, storageToHub, storageToMd } from './construct-trip.js';

const jiraMacro = (params: string): string => `<p>Fix: <ac:structured-macro ac:name="jira" ac:schema-version="1" ac:macro-id="a7b8">${params}</ac:structured-macro></p>`;
const param = (name: string, value: string): string => `<ac:parameter ac:name="${name}">${value}</ac:parameter>`;

describe('jira construct', () => {
  const single = jiraMacro(param('server', 'Ops Jira') + param('serverId', '9e8d7c6b-5a4f') + param('key', 'INC-318'));

  it('storage → hub: the key, the other parameters in data-params', () => {
    expect(storageToHub(single)).toBe('<p>Fix: <a data-macro="jira" data-jira-key="INC-318" data-params="{&quot;server&quot;:&quot;Ops Jira&quot;,&quot;serverId&quot;:&quot;9e8d7c6b-5a4f&quot;}" href="/browse/INC-318">INC-318</a></p>');
  });

  it('Markdown: a link to the issue, the server name as title', () => {
    expect(storageToMd(single)).toBe('Fix: [INC-318](/browse/INC-318 "Ops Jira")\n');
  });

  it('Markdown → storage restores a jira macro with key and server', () => {
    expect(mdToStorage('See [OPS-4410](/browse/OPS-4410 "Ops Jira")')).toBe('<p>See <ac:structured-macro ac:name="jira" ac:schema-version="1"><ac:parameter ac:name="key">OPS-4410</ac:parameter><ac:parameter ac:name="server">Ops Jira</ac:parameter></ac:structured-macro></p>');
  });

  it('links whose text is not the key, or to a Jira elsewhere, stay links', () => {
    expect(mdToHub('[the ticket](/browse/OPS-1)')).not.toContain('data-macro');
    expect(mdToHub('[KAFKA-1](https://issues.apache.org/jira/browse/KAFKA-1)')).not.toContain('data-macro');
  });

  it('with jiraBaseUrl: the link goes to the Jira site, and reads back as the macro', () => {
    const options = { jiraBaseUrl: 'https://jira.ops.example.com/' };
    const md = storageToMd(single, options);
    expect(md).toBe('Fix: [INC-318](https://jira.ops.example.com/browse/INC-318 "Ops Jira")\n');
    expect(mdToStorage(md, options)).toContain('<ac:parameter ac:name="key">INC-318</ac:parameter><ac:parameter ac:name="server">Ops Jira</ac:parameter>');
    const trip = roundTrip(single, options);
    expect(trip.mdAgain).toBe(trip.md);
    // Another site's issue link is not this Jira's macro.
    expect(mdToHub('[KAFKA-1](https://issues.apache.org/jira/browse/KAFKA-1)', options)).not.toContain('data-macro');
  });

  it('a server parameter that is an address is the Jira site', () => {
    const addressed = jiraMacro(param('server', 'https://issues.example.org/jira') + param('key', 'CORE-77'));
    const md = storageToMd(addressed);
    expect(md).toBe('Fix: [CORE-77](https://issues.example.org/jira/browse/CORE-77 "https://issues.example.org/jira")\n');
    const trip = roundTrip(addressed);
    expect(trip.mdAgain).toBe(md);
    expect(trip.storage).toContain('<ac:parameter ac:name="key">CORE-77</ac:parameter>');
  });

  it('round-trips to a fixed point', () => {
    const trip = roundTrip(single);
    expect(trip.mdAgain).toBe(trip.md);
    expect(trip.storage).toContain('<ac:parameter ac:name="key">INC-318</ac:parameter>');
  });

  it('messy input: JQL tables and macros without a key stay opaque, byte for byte', () => {
    const jql = jiraMacro(param('jqlQuery', 'project = NPAY') + param('server', 'Nimbus JIRA'));
    const noKey = jiraMacro(param('server', 'Old Jira'));
    for (const storage of [jql, noKey]) {
      const md = storageToMd(storage);
      expect(md).toContain('*[jira macro]*');
      const macro = /<ac:structured-macro[\s\S]*<\/ac:structured-macro>/.exec(storage)?.[0] ?? '';
      expect(mdToStorage(md)).toContain(macro);
    }
  });
});
