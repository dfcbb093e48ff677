/**
 * Words of the vocabulary's first languages that vocabulary.ts lacked: who chairs the meeting and
 * who keeps its minutes ("Sitzungsleitung: …", "Secrétaire de séance : …"), so that such a line
 * names someone who was there, a few due-date labels, and the words before a task's due date.
 */
import type { Lexicon } from './lexicon.js';

export const roles: Readonly<Record<'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl', Lexicon>> = {
  de: { labels: { hosts: ['sitzungsleitung', 'sitzungsleiter', 'sitzungsleiterin', 'leitung', 'vorsitz', 'protokollführung', 'protokollant', 'protokollantin'], due: ['fällig bis', 'erledigen bis'] }, roleNouns: ['sitzungsleitung', 'leitung', 'vorsitz', 'moderation', 'protokoll', 'protokollführung'], dueCues: ['bis', 'bis zum', 'spätestens', 'spätestens am'] },
  fr: { labels: { hosts: ['président de séance', 'présidente de séance', 'présidence', 'secrétaire', 'rédacteur', 'rédactrice'], due: ['date butoir', 'pour quand'] }, roleNouns: ['présidente de séance', 'président de séance', 'secrétaire de séance', 'animatrice', 'animateur', 'rapporteur', 'rapporteuse'], dueCues: ['avant le', 'avant', "d'ici le", 'au plus tard le', 'au plus tard'] },
  es: { labels: { hosts: ['presidente', 'presidenta', 'preside', 'secretario', 'secretaria', 'secretario de actas', 'secretaria de actas', 'redactor', 'redactora'], due: ['fecha de entrega'] }, roleNouns: ['moderador', 'moderadora', 'redactor', 'redactora'], dueCues: ['antes del', 'antes de', 'a más tardar el', 'hasta el'] },
  it: { labels: { hosts: ['presidente', 'presiede', 'segretario', 'segretaria', 'verbalizzante', 'redattore', 'redattrice'] }, roleNouns: ['verbalizzante', 'moderatore', 'moderatrice'], dueCues: ['entro il', 'entro', 'prima del'] },
  pt: { labels: { hosts: ['presidente', 'secretário', 'secretária', 'relator', 'relatora', 'redator', 'redatora'] }, roleNouns: ['relator', 'relatora', 'moderador', 'moderadora'], dueCues: ['até', 'até ao', 'até o', 'antes de'] },
  nl: { labels: { hosts: ['voorzitter', 'secretaris', 'verslaglegging'], due: ['streefdatum'] }, roleNouns: ['notulist', 'notuliste', 'gespreksleider'], dueCues: ['vóór', 'uiterlijk', 'uiterlijk op'] },
};
