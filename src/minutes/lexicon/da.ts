/** Danish: referat, deltagere, afbud, beslutninger, opgaver. */
import type { Lexicon } from './lexicon.js';

export const da: Lexicon = {
  labels: {
    absent: ['afbud', 'fraværende', 'ikke til stede', 'meldt afbud'],
    guests: ['gæst', 'gæster', 'observatører', 'deltog desuden'],
    attendees: ['deltagere', 'til stede', 'tilstede', 'fremmødte', 'deltog'],
    agenda: ['dagsorden'],
    actions: ['opgaver', 'opgave', 'opfølgning', 'handlinger', 'aktionspunkter', 'aktioner'],
    decisions: ['beslutninger', 'beslutning', 'besluttet', 'aftaler', 'vedtaget'],
    minutes: ['referat', 'mødereferat', 'drøftelse', 'noter'],
    date: ['dato', 'tidspunkt', 'dato og tid', 'mødedato'],
    owner: ['ansvarlig', 'ansvarlige', 'hvem'],
    due: ['frist', 'tidsfrist', 'deadline', 'dato'],
    done: ['færdig', 'udført', 'afsluttet'],
    nextMeeting: ['næste møde'],
    meeting: ['møde', 'bestyrelsesmøde', 'afdelingsmøde'],
    members: ['medlem', 'medlemmer', 'bestyrelsesmedlemmer', 'bestyrelsen'],
    hosts: ['mødeleder', 'ordstyrer', 'referent', 'formand', 'dirigent'],
    nameColumn: ['navn'],
    organizationColumn: ['organisation', 'virksomhed', 'firma'],
    roleColumn: ['rolle', 'funktion'],
    presenceColumn: ['fremmøde', 'til stede'],
    presentMark: ['ja'],
    absentMark: ['nej', 'afbud'],
    itemColumn: ['opgave', 'beskrivelse', 'hvad'],
  },
  months: [['januar'], ['februar'], ['marts'], ['april'], ['maj'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['december']],
  recordWords: ['referat', 'mødereferat', 'bestyrelsesreferat'],
  otherDateWords: ['næste', 'forrige', 'senest', 'opdateret', 'oprettet', 'offentliggjort'],
  actionMarkers: ['opgave', 'aktion'],
  roleNouns: ['formand', 'næstformand', 'kasserer', 'referent', 'mødeleder', 'bestyrelsesmedlem'],
};
