import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wikiDialect, wikiMarkupToMarkdown } from '../../../src/formats/markdown/wiki-markup.js';
import { convert } from '../../../src/convert.js';

interface Meeting {
  date: string | null;
  attendees: { name: string | null; present: boolean | null }[];
  actionItems: { assignee: string | null; done: boolean; due: string | null; text: string }[];
}

function meetingOf(markdown: string, title: string): Meeting | null {
  return (JSON.parse(convert(markdown, { from: 'markdown', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
}

describe('Markdown files holding another wiki\'s markup', () => {
  it('leaves Markdown alone, even with "==" or "::" or a caret in it', () => {
    const md = '# Title\n\nA == B is true; see std::vector and x^2.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    expect(wikiDialect(md.split('\n'))).toBeNull();
    expect(wikiMarkupToMarkdown(md)).toBe(md);
  });

  it('leaves setext headings alone: a line of "=" under a title is Markdown\'s, however many there are', () => {
    const md = "Release plan\n============\n\nA '''quoted''' bit.\n\nNext steps\n==========\n\n- one\n";
    expect(wikiDialect(md.split('\n'))).toBeNull();
    expect(convert(md, { from: 'markdown', to: 'storage' }).output).toMatch(/^<h1>Release plan<\/h1>[\s\S]*<h1>Next steps<\/h1>/);
  });

  it('never takes the Markdown wikiport writes for another wiki\'s (every fixture page\'s expected Markdown)', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'pages');
    const found = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .filter((name) => wikiDialect(readFileSync(join(dir, name), 'utf8').split('\n')) !== null);
    expect(found).toEqual([]);
  });

  it('keeps one line for one line', () => {
    const md = '== Teilnehmer ==\n* [[Benutzer:ab|Anke Brandt]]\n\n== Aufgaben ==\n# {{Todo}} Anke: Raum buchen\n';
    expect(wikiMarkupToMarkdown(md).split('\n')).toHaveLength(md.split('\n').length);
  });

  it('reads MediaWiki headings, user links, bold labels, numbered items and Done/Todo templates', () => {
    const md = [
      '= Platform sync 2025-11-03 =',
      '__NOTOC__',
      '== Attendees ==',
      '* [[User:Omensah|Ola Mensah]]',
      '* [[User:Pvidal|Paulo Vidal]] (remote)',
      '== Notes ==',
      "'''Paulo:''' the cache warms in four minutes now.",
      '== Action items ==',
      '# {{Done}} Ola: rotate the staging keys',
      '# {{Todo}} Paulo: write up the cache change',
      '[[Category:Meetings]]',
    ].join('\n');
    const out = wikiMarkupToMarkdown(md);
    expect(out).toContain('# Platform sync 2025-11-03');
    expect(out).toContain('## Attendees');
    expect(out).toContain('- Ola Mensah');
    expect(out).toContain('**Paulo:** the cache');
    expect(out).toContain('1. [x] Ola: rotate');
    const meeting = meetingOf(md, 'Platform sync 2025-11-03');
    expect(meeting?.attendees.map((a) => a.name)).toEqual(['Ola Mensah', 'Paulo Vidal']);
    expect(meeting?.actionItems.map((a) => [a.assignee, a.done])).toEqual([['Ola Mensah', true], ['Paulo Vidal', false]]);
  });

  it('reads DokuWiki headings (six = is the top), caret header tables, italics and todo tags', () => {
    const md = [
      '====== Réunion du comité – 2025-06-17 ======',
      '===== Présents =====',
      '^ Nom ^ Service ^',
      '| Claire Dubois | Achats |',
      '| Malik Benali | Logistique |',
      '===== Tâches =====',
      '  * <todo @claire>relancer le fournisseur</todo>',
      '  * <todo @malik #>envoyer le planning</todo>',
      '  * voir https://example.org//path et //ceci//',
    ].join('\n');
    const out = wikiMarkupToMarkdown(md);
    expect(out).toContain('# Réunion du comité');
    expect(out).toContain('## Présents');
    expect(out).toContain('<table><tr><th>Nom</th><th>Service</th></tr>');
    expect(out).toContain('- [ ] claire: relancer le fournisseur');
    expect(out).toContain('- [x] malik: envoyer le planning');
    expect(out).toContain('https://example.org//path et *ceci*');
    expect(out.split('\n')).toHaveLength(md.split('\n').length);
  });

  it('reads a Logseq page block: its properties are lines, its tasks tasks with owners and dates', () => {
    const md = [
      '- Quarterly vendor review',
      '  type:: [[meeting]]',
      '  date:: [[Nov 12th, 2025]]',
      '  attendees:: [[Mei Lin Ong]], [[Tobias Rahm]]',
      '  absent:: [[Greta Lund]]',
      '\t- ## Notes',
      '\t\t- #decision renew the contract for one year',
      '\t- ## Tasks',
      '\t\t- TODO [[Tobias Rahm]] ask for the SLA report',
      '\t\t  DEADLINE: <2025-11-20 Thu>',
      '\t\t- DONE [[Mei Lin Ong]] share the price sheet',
      '\t\t- TODO',
    ].join('\n');
    const out = wikiMarkupToMarkdown(md);
    expect(out).toContain('# Quarterly vendor review');
    expect(out).toContain('Attendees: Mei Lin Ong, Tobias Rahm\\');
    expect(out).toContain('- Decision: renew the contract');
    expect(out).toContain('- [ ] Tobias Rahm: ask for the SLA report');
    expect(out).toContain('due 2025-11-20');
    const meeting = meetingOf(md, 'Quarterly vendor review');
    expect(meeting?.date).toBe('2025-11-12');
    expect(meeting?.attendees.map((a) => [a.name, a.present])).toEqual([['Mei Lin Ong', true], ['Tobias Rahm', true], ['Greta Lund', false]]);
    expect(meeting?.actionItems.map((a) => [a.assignee, a.done, a.due])).toEqual([
      ['Tobias Rahm', false, '2025-11-20'],
      ['Mei Lin Ong', true, null],
    ]);
  });
});
