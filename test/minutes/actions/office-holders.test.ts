import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';

/** My own page: a sailing club committee whose actions go to offices, with a deputy and a shared office as decoys. */
const fromStorage = (storage: string): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;

describe('an action given to an office goes to its holder', () => {
  const page =
    '<h1>Sailing club committee – 2 April 2031</h1>' +
    '<p><strong>Present:</strong> Maud Fenner (Commodore), Idris Pugh (Treasurer), Lena Vos (Vice-Commodore), Ben Achebe, Trustee, Ola Nyberg, Trustee</p>' +
    '<p><strong>Also present:</strong><br/>Sara Quist – Bosun<br/>Tim Hale – membership</p>' +
    '<h2>Actions</h2><table><tbody><tr><th>Action</th><th>Owner</th><th>Due</th></tr>' +
    '<tr><td>Renew the mooring licence</td><td>Commodore</td><td>30 April 2031</td></tr>' +
    '<tr><td>Pay the crane hire</td><td>Treasurer</td><td>10 April 2031</td></tr>' +
    '<tr><td>Check the buoyancy aids</td><td>Bosun</td><td>20 April 2031</td></tr>' +
    '<tr><td>Review the bye-laws</td><td>Trustee</td><td>1 June 2031</td></tr>' +
    '</tbody></table>';

  it('the attendee written with that office, in brackets, after a dash or after a comma; an office two people hold stays as written', () => {
    const m = fromStorage(page);
    expect(m!.actionItems.map((a) => a.assignee)).toEqual(['Maud Fenner', 'Idris Pugh', 'Sara Quist', 'Trustee']);
  });

  it('a lower-case nick after a comma is the next person, not an office', () => {
    const m = fromStorage('<h1>Parser sync 4 May 2031</h1><p><strong>Present</strong><br/>Ana Roe, bjorn, Cy Lin</p><p>ACTION: bjorn to rerun the fuzzer</p>');
    expect(m!.actionItems.map((a) => a.assignee)).toEqual(['bjorn']);
  });
});
