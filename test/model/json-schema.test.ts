import { describe, expect, it } from 'vitest';
import { pageDocumentJsonSchema } from '../../src/model/json-schema.js';
import { writePageJson } from '../../src/formats/json/write-page-json.js';
import { emptyPageMeta } from '../../src/model/page-meta.js';
import { ConversionReport } from '../../src/hub/report.js';
import { main } from '../../src/cli/main.js';
import { schemaErrors } from './schema-validator.js';

const hub = `<h1>2024-02-01 Board</h1><h2>Attendees</h2><ul><li>Ann Lee (Acme)</li></ul>
  <table><tr><th>Owner</th><th>Due</th><th>Done</th></tr><tr><td><a data-mention data-account-id="a1">@Ann Lee</a></td><td>2024-02-09</td><td>✓</td></tr></table>`;

describe('the published JSON Schema', () => {
  it('is draft 2020-12, generated from the zod schema', () => {
    const schema = pageDocumentJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const properties = schema.properties as Record<string, unknown>;
    for (const key of ['schemaVersion', 'title', 'tables', 'meeting', 'labels', 'hub']) expect(properties).toHaveProperty(key);
  });

  it('accepts what the writer writes and rejects a wrong type', () => {
    const report = new ConversionReport();
    report.warn('x', 'y');
    const doc = writePageJson(hub, emptyPageMeta({ title: '2024-02-01 Board' }), report);
    expect(schemaErrors(JSON.parse(JSON.stringify(doc)))).toEqual([]);
    expect(doc.tables[0]!.rows[0]).toEqual({ Owner: { accountId: 'a1', name: 'Ann Lee' }, Due: '2024-02-09', Done: true });
    const bad = JSON.parse(JSON.stringify(doc)) as { meeting: { attendees: { present: unknown }[] } };
    bad.meeting.attendees[0]!.present = 'yes';
    expect(schemaErrors(bad).join('\n')).toContain('/meeting/attendees/0/present');
  });

  it('`wikiport schema` prints it', async () => {
    const chunks: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      expect(await main(['schema'])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(JSON.parse(chunks.join(''))).toEqual(pageDocumentJsonSchema());
  });
});
