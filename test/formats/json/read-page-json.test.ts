import { describe, expect, it } from 'vitest';
import { readPageJson, pageJsonToHub } from '../../../src/formats/json/read-page-json.js';
import { writePageJson } from '../../../src/formats/json/write-page-json.js';
import { emptyPageMeta } from '../../../src/model/page-meta.js';
import { ConversionReport } from '../../../src/hub/report.js';
import { WikiportError } from '../../../src/errors.js';

const hub = '<h2>Attendees</h2><ul><li>Ann Lee (Acme)</li><li>Bob Tran (Acme)</li><li>Cyd Moss (Acme)</li></ul><h2>Agenda</h2><ul><li>Budget</li></ul>';
const doc = () => writePageJson(hub, emptyPageMeta({ title: '2024-02-01 Sync', id: '42', spaceKey: 'OPS', labels: ['minutes'] }), new ConversionReport());

function errorOf(run: () => unknown): WikiportError {
  try {
    run();
  } catch (error) {
    if (error instanceof WikiportError) return error;
    throw error;
  }
  throw new Error('expected a WikiportError');
}

describe('reading page JSON handed back', () => {
  it('reads what the writer wrote, and gives the hub and metadata back', () => {
    const text = JSON.stringify(doc());
    expect(readPageJson(text, 'p.json')).toEqual(doc());
    const back = pageJsonToHub(text);
    expect(back.hub).toBe(hub);
    expect(back.meta).toMatchObject({ id: '42', title: '2024-02-01 Sync', spaceKey: 'OPS', labels: ['minutes'] });
  });

  it('names the file and the exact path of a wrong field', () => {
    const bad = doc();
    (bad.meeting!.attendees[2] as unknown as Record<string, unknown>).present = 'yes';
    const error = errorOf(() => readPageJson(JSON.stringify(bad), 'minutes.json'));
    expect(error.message).toMatch(/^minutes\.json: meeting\.attendees\[2\]\.present: expected boolean/);
    expect(error.message).toContain('wikiport schema');
    expect(error.stack === undefined || !error.message.includes('    at ')).toBe(true);
  });

  it('reports a bad date, a missing field and broken JSON plainly', () => {
    const bad = doc() as unknown as Record<string, unknown>;
    (bad.meeting as { date: string }).date = '25/01/2024';
    delete bad.tables;
    const message = errorOf(() => readPageJson(JSON.stringify(bad), 'x.json')).message;
    expect(message).toContain('meeting.date: expected a date YYYY-MM-DD');
    expect(message).toContain('tables: expected array');
    expect(errorOf(() => readPageJson('{"title": ', 'y.json')).message).toMatch(/^y\.json: not valid JSON/);
  });
});

describe('writing page JSON with known user names', () => {
  it('fills id-only mentions from the userNames option, keeping the hub as read', async () => {
    const { withWriteOptions } = await import('../../../src/hub/write-options.js');
    const hubIn = '<h2>Attendees</h2><ul><li><a data-mention data-account-id="a-1">@a-1</a></li></ul><h2>Agenda</h2><ul><li>x</li></ul>';
    const out = withWriteOptions({ userNames: (u) => (u.accountId === 'a-1' ? 'Dana Ortiz' : null) }, () =>
      writePageJson(hubIn, emptyPageMeta(), new ConversionReport()),
    );
    expect(out.meeting!.attendees).toMatchObject([{ name: 'Dana Ortiz', accountId: 'a-1' }]);
    expect(out.mentions).toEqual([{ accountId: 'a-1', name: 'Dana Ortiz' }]);
    expect(out.hub).toBe(hubIn);
    expect(writePageJson(hubIn, emptyPageMeta(), new ConversionReport()).meeting!.attendees).toMatchObject([{ name: null, accountId: 'a-1' }]);
  });
});
