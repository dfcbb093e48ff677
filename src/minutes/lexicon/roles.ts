/**
 * Words of the vocabulary's first languages that vocabulary.ts lacked: who chairs the meeting and
 * who keeps its minutes ("Sitzungsleitung: …", "Secrétaire de séance : …"), so that such a line
 * names someone who was there, and a few due-date labels.
 */
import type { Lexicon } from './lexicon.js';

export const roles: Readonly<Record<'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl', Lexicon>> = {
  de: { labels: { hosts: ['sitzungsleitung', 'sitzungsleiter', 'sitzungsleiterin', 'leitung', 'vorsitz', 'protokollführung', 'protokollant', 'protokollantin'], due: ['fällig bis', 'erledigen bis'] }, roleNouns: ['sitzungsleitung', 'leitung', 'vorsitz', 'moderation', 'protokoll', 'protokollführung'] },
  fr: { labels: { hosts: ['président de séance', 'présidente de séance', 'présidence', 'secrétaire', 'rédacteur', 'rédactrice'], due: ['date butoir', 'pour quand'] }, roleNouns: ['présidente de séance', 'président de séance', 'secrétaire de séance', 'animatrice', 'animateur', 'rapporteur', 'rapporteuse'] },
  es: { labels: { hosts: ['presidente', 'presidenta', 'preside', 'secretario', 'secretaria', 'secretario de actas', 'secretaria de actas', 'redactor', 'redactora'], due: ['fecha de entrega'] }, roleNouns: ['moderador', 'moderadora', 'redactor', 'redactora'] },
  it: { labels: { hosts: ['presidente', 'presiede', 'segretario', 'segretaria', 'verbalizzante', 'redattore', 'redattrice'] }, roleNouns: ['verbalizzante', 'moderatore', 'moderatrice'] },
  pt: { labels: { hosts: ['presidente', 'secretário', 'secretária', 'relator', 'relatora', 'redator', 'redatora'] }, roleNouns: ['relator', 'relatora', 'moderador', 'moderadora'] },
  nl: { labels: { hosts: ['voorzitter', 'secretaris', 'verslaglegging'], due: ['streefdatum'] }, roleNouns: ['notulist', 'notuliste', 'gespreksleider'] },
};
