import { describe, expect, it } from 'vitest';
import { EntitiesXmlError, HibernateObjectReader, refOf, textOf, type HibernateObject } from '../../../src/formats/xml-backup/hibernate-objects.js';
import { teamSpaceExport } from '../../support/entities-xml.js';

function read(text: string, chunk = 7, options = {}): HibernateObject[] {
  const objects: HibernateObject[] = [];
  const reader = new HibernateObjectReader((o) => objects.push(o), options);
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += chunk) reader.write(bytes.subarray(i, i + chunk));
  reader.end();
  return objects;
}

describe('the entities.xml object reader', () => {
  it('hands over each object with its text and reference properties, whatever the chunking', () => {
    const { entities } = teamSpaceExport();
    const whole = read(entities, entities.length * 4);
    const byteByByte = read(entities, 1);
    expect(byteByByte).toEqual(whole);
    const page = whole.find((o) => o.class === 'Page' && o.id === '1003')!;
    expect(textOf(page, 'title')).toBe('2024-01-10 Steering committee');
    expect(refOf(page, 'parent')).toEqual({ class: 'Page', id: '1002' });
    expect(refOf(page, 'creator')?.class).toBe('ConfluenceUserImpl');
    expect(textOf(page, 'version')).toBe('3');
    const body = whole.find((o) => o.class === 'BodyContent' && o.id === '5003')!;
    expect(textOf(body, 'body')).toContain('<ac:task-list>');
    expect(refOf(body, 'content')).toEqual({ class: 'Page', id: '1003' });
    const user = whole.find((o) => o.class === 'ConfluenceUserImpl')!;
    expect(user.id).toBe('8a7f80c3000000000000000000000a11');
  });

  it('keeps multi-byte characters split across chunks, CDATA with ]]> and entities', () => {
    const text = '<hibernate-generic><object class="Page" package="p"><id name="id">1</id><property name="title"><![CDATA[Ünïcode “x” ]]]]><![CDATA[> 😀]]></property><property name="lowerTitle">a &amp; b</property></object></hibernate-generic>';
    const [page] = read(text, 1);
    expect(textOf(page!, 'title')).toBe('Ünïcode “x” ]]> 😀');
    expect(textOf(page!, 'lowerTitle')).toBe('a & b');
  });

  it('skips classes it is not asked for', () => {
    const objects = read(teamSpaceExport().entities, 1000, { wantClass: (c: string) => c === 'Space' });
    expect(objects.map((o) => o.class)).toEqual(['Space']);
  });

  it('says where a truncated document stops', () => {
    const { entities } = teamSpaceExport();
    const cut = entities.slice(0, entities.indexOf('<property name="body">', entities.indexOf('<id name="id">5003')) + 40);
    expect(() => read(cut)).toThrow(EntitiesXmlError);
    expect(() => read(cut)).toThrow(/ends inside <object class="BodyContent" id 5003>, after \d+ objects .*truncated/);
  });

  it('names a document that is not an export', () => {
    expect(() => read('<html><body>hi</body></html>')).toThrow(/has the root element <html>/);
    expect(() => read('just text')).toThrow(/no XML elements/);
  });
});
