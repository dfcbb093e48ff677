/**
 * The words minutes use for their labels, by what the label means, in the languages people write
 * minutes in. Headings, "Label:" lines, info-table rows and table columns are read through this one
 * table (sections.ts, dates.ts, action-lines.ts, attendees-from-table.ts), so that a language is
 * added here and nowhere else.
 *
 * Entries are lower case words or phrases, matched whole (a word of any script, not part of a
 * longer word), case-insensitively; a space matches any run of white space.
 *
 * More languages (Swedish, Danish, Norwegian, Polish, Russian, Japanese, Chinese, Korean, Arabic, Hebrew, Czech,
 * Finnish, Hungarian, Turkish, Indonesian, Greek, Vietnamese) and more
 * words of these live in lexicon/, a file per language, and are read here with these.
 */
import { LEXICON_LANGUAGES, lexiconOf, lexiconWords } from './lexicon/index.js';
import { lazyRegExp } from './lazy-pattern.js';

const BASE_LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'pt', 'it'] as const;
type BaseLanguage = (typeof BASE_LANGUAGES)[number];
export const LANGUAGES = [...BASE_LANGUAGES, ...LEXICON_LANGUAGES] as const;
export type Language = (typeof LANGUAGES)[number];

export type LabelMeaning =
  | 'absent'
  | 'guests'
  | 'attendees'
  | 'agenda'
  | 'actions'
  | 'decisions'
  | 'minutes'
  | 'date'
  | 'owner'
  | 'due'
  | 'status'
  | 'done'
  | 'nextMeeting'
  | 'report'
  | 'oneOnOneParty'
  | 'members'
  | 'hosts'
  | 'away'
  | 'meeting'
| 'nameColumn'
  | 'organizationColumn'
  | 'roleColumn'
  | 'presenceColumn'
  | 'presentMark'
  | 'absentMark'
  | 'rollOfMembers'
  | 'itemColumn';

/** A meaning's words by language; Japanese may also stand here beside its lexicon file. */
type Words = Readonly<Record<BaseLanguage, readonly string[]>> & Readonly<Partial<Record<'ja', readonly string[]>>>;

export const VOCABULARY: Readonly<Record<LabelMeaning, Words>> = {
  /** Who was expected and did not come. Read before `attendees` ("not present" holds "present"). */
  absent: {
    en: ['apologies', 'apology', 'regrets', 'absent', 'absentees', 'unable to attend', 'not present', 'not here', 'not attending', 'excused', 'missing', "couldn't make it", 'could not make it', "can't make it", 'cannot make it', "didn't make it", 'did not attend', "didn't attend", 'did not join', "didn't join", "couldn't join", 'could not join', 'unable to join', "can't join", 'cannot join', 'not joined', 'no-show', 'no-shows', 'not in attendance'],
    de: ['entschuldigt', 'abwesend', 'abwesende', 'fehlend', 'nicht anwesend', 'verhindert', 'abgemeldet'],
    fr: ['excusés', 'excusé', 'excusées', 'excusée', 'absents', 'absent', 'absentes', 'absente', 'non présents'],
    es: ['ausentes', 'ausente', 'excusados', 'excusas', 'disculpas', 'no asistieron', 'no asisten'],
    nl: ['afwezig', 'afwezige', 'afwezigen', 'afgemeld', 'verhinderd', 'met kennisgeving afwezig'],
    pt: ['ausentes', 'ausente', 'justificados', 'faltas', 'não compareceram'],
    it: ['assenti', 'assente', 'giustificati', 'assenti giustificati'],
    ja: ['欠席者', '欠席', '不参加'],
  },
  /** People at the meeting without a seat: guests, observers, staff. Read before `attendees` ("also present"). */
  guests: {
    en: ['guest', 'guests', 'observer', 'observers', 'visitor', 'visitors', 'additional attendees', 'other attendees', 'additional participants', 'also present', 'also attending', 'in attendance', 'secretariat', 'staff', 'ex officio', 'ex-officio', 'executive officers', 'stakeholders', 'stakeholder', 'by invitation', 'invited guests', 'administration present', 'others', 'liaison', 'liaisons', 'non-members', 'non-member', 'nonmembers', 'staff present', 'staff in attendance'],
    de: ['gast', 'gäste', 'gaeste', 'beobachter', 'ebenfalls anwesend', 'stakeholder'],
    fr: ['invité', 'invités', 'invitée', 'invitées', 'observateurs', 'également présents', 'assistaient également', 'parties prenantes'],
    es: ['invitado', 'invitada', 'invitados', 'invitadas', 'observadores', 'también asisten', 'también presentes', 'partes interesadas'],
    nl: ['gast', 'gasten', 'toehoorder', 'toehoorders', 'waarnemers', 'eveneens aanwezig', 'belanghebbenden'],
    pt: ['convidado', 'convidada', 'convidados', 'convidadas', 'observadores', 'também presentes', 'partes interessadas'],
    it: ['ospite', 'ospiti', 'invitato', 'invitata', 'invitati', 'osservatori', 'presenti inoltre'],
    ja: ['ゲスト', 'オブザーバー', '陪席', '陪席者', '来賓', '同席者'],
  },
  /** Who was there (or was asked to come). */
  attendees: {
    en: ['attendance', 'attendee', 'attendees', 'attending', 'attended', 'connected', 'on the call', 'on the line', 'dialled in', 'dialed in', 'participant', 'participants', 'present', 'member', 'members', 'roll call', 'rollcall', 'who', 'here today', "who's here", 'whos here', 'invitee', 'invitees', 'invited', 'sign-in', 'sign in', 'sign-ins', 'signed in', 'signed-in', 'sign-in sheet', 'sign-in list', 'signing in'],
    de: ['teilnehmer', 'teilnehmende', 'teilnehmerinnen', 'teilnahme', 'anwesend', 'anwesende', 'anwesenheit', 'mitglieder', 'eingeladen', 'eingeladene', 'anwesenheitsliste', 'eintragungen'],
    fr: ['présents', 'présent', 'présentes', 'présente', 'participants', 'participantes', 'présence', 'membres', 'émargement', 'feuille de présence', 'feuille d’émargement', "feuille d'émargement"],
    es: ['asistentes', 'asistencia', 'presentes', 'participantes', 'miembros', 'lista de asistencia'],
    nl: ['aanwezig', 'aanwezige', 'aanwezigen', 'deelnemers', 'aanwezigheid', 'leden', 'uitgenodigd', 'genodigden', 'presentielijst'],
    pt: ['presentes', 'participantes', 'presença', 'membros'],
    it: ['presenti', 'partecipanti', 'presenze', 'membri'],
    ja: ['出席者', '出席', '参加者', '参加', '出席者一覧', '参加メンバー'],
  },
  agenda: {
    en: ['agenda'],
    de: ['tagesordnung', 'agenda', 'traktanden', 'themen'],
    fr: ['ordre du jour', 'agenda'],
    es: ['orden del día', 'agenda'],
    nl: ['agenda', 'agendapunten'],
    pt: ['pauta', 'ordem do dia', 'agenda'],
    it: ['ordine del giorno', 'agenda'],
    ja: ['議題', 'アジェンダ', '議事次第'],
  },
  actions: {
    en: ['action items', 'action item', 'actions', 'action', 'to-do', 'to-dos', 'to do', 'todo', 'todos', 'next steps', 'follow-up', 'follow-ups', 'followup', 'followups', 'follow up', 'follow ups', 'action points', 'action point', 'task', 'tasks', 'follow-up tasks'],
    de: ['aufgaben', 'aufgabe', 'maßnahmen', 'maßnahme', 'massnahmen', 'massnahme', 'to-dos', 'todos', 'nächste schritte', 'offene punkte'],
    fr: ['actions', 'action', 'tâches', 'tâche', 'à faire', 'prochaines étapes', 'suites à donner'],
    es: ['acciones', 'acción', 'tareas', 'tarea', 'próximos pasos', 'pendientes'],
    nl: ['acties', 'actie', 'actiepunten', 'actiepunt', 'actielijst', 'taken', 'taak', 'vervolgstappen'],
    pt: ['ações', 'ação', 'acções', 'acção', 'tarefas', 'tarefa', 'próximos passos', 'encaminhamentos', 'encaminhamento'],
    it: ['azioni', 'azione', 'attività', 'compiti', 'compito', 'prossimi passi'],
    ja: ['宿題事項', '宿題', 'アクションアイテム', 'タスク', 'ネクストアクション', '対応事項', '課題'],
  },
  decisions: {
    en: ['decisions', 'decision', 'decided', 'resolutions', 'resolution', 'resolved', 'agreed', 'agreement', 'agreements', 'outcomes', 'outcome', 'conclusions'],
    de: ['beschlüsse', 'beschluss', 'beschlossen', 'entscheidungen', 'entscheidung', 'vereinbarungen', 'vereinbart'],
    fr: ['décisions', 'décision', 'décidé', 'résolutions', 'relevé de décisions'],
    es: ['decisiones', 'decisión', 'acuerdos', 'acuerdo', 'resoluciones'],
    nl: ['besluiten', 'besluit', 'besluitenlijst', 'afspraken', 'besloten'],
    pt: ['decisões', 'decisão', 'deliberações', 'deliberação', 'resoluções'],
    it: ['decisioni', 'decisione', 'delibere', 'deliberazioni', 'deciso'],
    ja: ['決定事項', '決議事項', '合意事項', '決定'],
  },
  /** What was said: the body of the minutes. */
  minutes: {
    en: ['minutes', 'notes', 'discussion', 'discussion items', 'topics', 'summary'],
    de: ['protokoll', 'besprechung', 'diskussion', 'notizen', 'themen und diskussion'],
    fr: ['compte rendu', 'compte-rendu', 'procès-verbal', 'points discutés', 'discussion', 'notes', 'échanges'],
    es: ['acta', 'notas', 'discusión', 'temas tratados', 'desarrollo'],
    nl: ['notulen', 'verslag', 'besproken', 'bespreking', 'notities'],
    pt: ['ata', 'notas', 'discussão', 'assuntos discutidos'],
    it: ['verbale', 'discussione', 'punti discussi'],
    ja: ['議事内容', '議事', '討議内容', '議事録'],
  },
  /** The meeting's date (a row or line label, matched as the whole label). */
  date: {
    en: ['date', 'meeting date', 'date and time', 'date & time', 'date/time', 'when', 'held on', 'held'],
    de: ['datum', 'sitzungsdatum', 'datum und uhrzeit', 'wann', 'termin'],
    fr: ['date', 'date de la réunion', 'date et heure', 'quand'],
    es: ['fecha', 'fecha de la reunión', 'fecha y hora', 'cuándo'],
    nl: ['datum', 'datum en tijd', 'wanneer'],
    pt: ['data', 'data da reunião', 'data e hora', 'quando'],
    it: ['data', 'data della riunione', 'data e ora', 'quando'],
    ja: ['日時', '日付', '開催日', '開催日時'],
  },
  /** Whom an action is for (a column of an actions table). */
  owner: {
    en: ['owner', 'owners', 'who', 'assignee', 'assigned', 'assigned to', 'responsible', 'by whom', 'lead', 'person'],
    de: ['verantwortlich', 'verantwortliche', 'zuständig', 'wer', 'durch'],
    fr: ['responsable', 'responsables', 'porteur', 'qui', 'pilote'],
    es: ['responsable', 'responsables', 'quién', 'asignado a'],
    nl: ['eigenaar', 'verantwoordelijke', 'wie', 'actiehouder', 'door'],
    pt: ['responsável', 'responsáveis', 'quem'],
    it: ['responsabile', 'responsabili', 'chi', 'assegnato a'],
    ja: ['担当', '担当者'],
  },
  /** When an action is due (a column of an actions table). */
  due: {
    en: ['due', 'due date', 'deadline', 'by', 'by when', 'when', 'target', 'target date', 'date'],
    de: ['fällig', 'fälligkeit', 'termin', 'frist', 'bis', 'bis wann', 'wann', 'datum'],
    fr: ['échéance', 'date limite', 'délai', 'pour le', 'quand', 'date'],
    es: ['fecha límite', 'plazo', 'vencimiento', 'cuándo', 'fecha'],
    nl: ['deadline', 'uiterlijk', 'datum gereed', 'gereed', 'wanneer', 'datum'],
    pt: ['prazo', 'data limite', 'quando', 'data'],
    it: ['scadenza', 'entro', 'quando', 'data'],
    ja: ['期限', '期日'],
  },
  status: {
    en: ['status', 'done', 'state', 'complete', 'completed', 'progress'],
    de: ['status', 'stand', 'erledigt'],
    fr: ['statut', 'état', 'avancement'],
    es: ['estado', 'situación'],
    nl: ['status', 'stand van zaken'],
    pt: ['status', 'estado', 'situação'],
    it: ['stato', 'avanzamento'],
    ja: ['状態', 'ステータス'],
  },
  /** A status that closes an action. */
  done: {
    en: ['done', 'complete', 'completed', 'closed', 'finished', 'resolved', 'delivered'],
    de: ['erledigt', 'abgeschlossen', 'fertig', 'erfolgt'],
    fr: ['fait', 'faite', 'terminé', 'terminée', 'clos', 'clôturé', 'réalisé', 'réalisée'],
    es: ['hecho', 'hecha', 'completado', 'completada', 'terminado', 'terminada', 'cerrado'],
    nl: ['klaar', 'gedaan', 'afgerond', 'voltooid', 'gesloten'],
    pt: ['feito', 'feita', 'concluído', 'concluída', 'fechado'],
    it: ['fatto', 'fatta', 'completato', 'completata', 'chiuso', 'concluso'],
    ja: ['完了', '済'],
  },
  /** The next meeting: its date is never this meeting's. */
  nextMeeting: {
    en: ['next meeting', 'next call', 'next session', 'next sync', 'next review', 'next check-in', 'next catch-up', 'next stand-up', 'next standup'],
    de: ['nächste sitzung', 'nächstes treffen', 'nächster termin', 'nächste besprechung'],
    fr: ['prochaine réunion', 'prochaine séance', 'prochain point'],
    es: ['próxima reunión', 'próxima sesión'],
    nl: ['volgende vergadering', 'volgende bijeenkomst', 'volgend overleg'],
    pt: ['próxima reunião', 'próxima sessão'],
    it: ['prossima riunione', 'prossimo incontro', 'prossima seduta'],
    ja: ['次回', '次回会議', '次回予定'],
  },
  /**
   * What a meeting is called ("Review meeting", "Call date", "Planning session"): with a date word, or
   * alone as the label of a date, they name this meeting's date (dates.ts, isMeetingDateLabel).
   */
  meeting: {
    en: ['meeting', 'call', 'session', 'sync', 'review', 'retro', 'retrospective', 'stand-up', 'standup', 'planning', 'check-in', 'huddle', 'workshop', 'hearing', 'telechat', 'demo', 'kick-off', 'kickoff', '1:1', 'one-on-one', 'interview', 'conversation'],
    de: ['sitzung', 'besprechung', 'treffen', 'termin', 'telefonat', 'workshop', 'planung'],
    fr: ['réunion', 'séance', 'appel', 'point', 'atelier', 'revue'],
    es: ['reunión', 'sesión', 'llamada', 'revisión', 'taller'],
    nl: ['vergadering', 'overleg', 'bijeenkomst', 'sessie', 'gesprek'],
    pt: ['reunião', 'sessão', 'chamada', 'revisão'],
    it: ['riunione', 'seduta', 'incontro', 'sessione', 'chiamata'],
    ja: ['会議', '打ち合わせ', '定例会', 'ミーティング'],
  },
  /** Columns of what each person reports at a stand-up: one row per person at the meeting. */
  report: {
    en: ['yesterday', 'today', 'tomorrow', 'blockers', 'blocker', 'blocked', 'impediments', 'done', 'doing', 'to do', 'next', 'plans', 'plan', 'progress', 'update', 'updates', 'what i did', 'what i will do', 'last week', 'this week', 'wins', 'challenges'],
    de: ['gestern', 'heute', 'morgen', 'blocker', 'hindernisse', 'erledigt', 'geplant', 'fortschritt'],
    fr: ['hier', "aujourd'hui", 'demain', 'blocages', 'bloquants', 'avancement', 'fait', 'à faire'],
    es: ['ayer', 'hoy', 'mañana', 'bloqueos', 'impedimentos', 'avances'],
    nl: ['gisteren', 'vandaag', 'morgen', 'blokkades', 'belemmeringen', 'voortgang'],
    pt: ['ontem', 'hoje', 'amanhã', 'bloqueios', 'impedimentos', 'progresso'],
    it: ['ieri', 'oggi', 'domani', 'blocchi', 'impedimenti', 'avanzamento'],
    ja: ['昨日', '今日', '明日', '進捗', 'やったこと', 'やること', '困っていること'],
  },
  /**
   * Labels of people who sit on the body that meets (they vote; a board's directors, a council's
   * councillors): people listed under such a label are its members (sections.ts MEMBER_LABEL).
   */
  members: {
    en: ['member', 'members', 'director', 'directors', 'voting', 'board', 'committee', 'council', 'senate', 'pmc', 'tsc', 'steering', 'representative', 'representatives', 'delegate', 'delegates', 'trustee', 'trustees', 'governor', 'governors', 'commissioner', 'commissioners', 'senator', 'senators', 'councillor', 'councillors', 'councilor', 'councilors', 'cllrs', 'aldermen'],
    de: ['mitglied', 'mitglieder', 'vorstand', 'vorstandssitzung', 'vorstandsmitglieder', 'ausschusssitzung', 'aufsichtsratssitzung', 'ratssitzung', 'aufsichtsrat', 'aufsichtsräte', 'verwaltungsrat', 'verwaltungsräte', 'direktoren', 'delegierte', 'stimmberechtigt', 'stimmberechtigte'],
    fr: ['membre', 'membres', 'administrateur', 'administrateurs', 'administratrices', 'conseillers', 'conseillères', 'délégués', 'conseil d’administration', "conseil d'administration", 'comité'],
    es: ['miembro', 'miembros', 'consejero', 'consejeros', 'consejeras', 'vocales', 'directores', 'delegados', 'patronos', 'junta directiva', 'consejo', 'comité', 'comisión'],
    nl: ['lid', 'leden', 'bestuursleden', 'bestuur', 'raadsleden', 'commissarissen', 'afgevaardigden', 'stemgerechtigd'],
    pt: ['membro', 'membros', 'conselheiro', 'conselheiros', 'conselheiras', 'administradores', 'diretores', 'delegados', 'conselho', 'colegiado', 'comissão', 'comitê'],
    it: ['membro', 'membri', 'consigliere', 'consigliera', 'consiglieri', 'amministratori', 'delegati', 'consiglio'],
    ja: ['委員', '委員会', '理事', '理事会', '役員', '取締役会'],
  },
  /**
   * Who ran the meeting: a label of this meaning alone ("Host: @a", "Presenters: @b – roadmap")
   * names people who were there. Read only as a whole label: "Presenter notes" is a topic.
   */
  hosts: {
    en: ['host', 'hosts', 'co-host', 'co-hosts', 'hosted by', 'chair', 'chairs', 'co-chair', 'co-chairs', 'chaired by', 'chairperson', 'chairman', 'chairwoman', 'presiding', 'presided by', 'presenter', 'presenters', 'presented by', 'facilitator', 'facilitators', 'facilitated by', 'organizer', 'organizers', 'organiser', 'organisers', 'moderator', 'moderators', 'note taker', 'note-taker', 'notetaker', 'scribe', 'vice-chair', 'vice chair', 'vice-chairs', 'secretary', 'treasurer', 'president', 'vice-president', 'vice president', 'convenor', 'convener', 'recording secretary', 'minute taker', 'minute-taker', 'minutetaker', 'minutes taker', 'timekeeper', 'time keeper', 'time-keeper', 'recorder'],
    de: ['gastgeber', 'gastgeberin', 'moderation', 'moderator', 'moderatorin', 'referent', 'referentin', 'referenten', 'protokollführer', 'protokollführerin', 'protokoll geführt von'],
    fr: ['animateur', 'animatrice', 'animé par', 'présentateur', 'présentatrice', 'intervenants', 'intervenant', 'secrétaire de séance'],
    es: ['anfitrión', 'anfitriona', 'moderador', 'moderadora', 'ponente', 'ponentes', 'presentador', 'presentadora'],
    nl: ['gastheer', 'gastvrouw', 'presentator', 'presentatoren', 'gespreksleider', 'notulist'],
    pt: ['anfitrião', 'anfitriã', 'moderador', 'moderadora', 'apresentador', 'apresentadora', 'palestrante', 'palestrantes'],
    it: ['moderatore', 'moderatrice', 'relatore', 'relatori', 'relatrice', 'presentatore'],
    ja: ['司会', '議長', '進行', 'ファシリテーター', '記録', '記録者', '書記'],
  },
  /** Away that day (a whole label: "Away: @a", "OOO: Bo"): absent, as under Apologies. */
  away: {
    en: ['away', 'out', 'out of office', 'ooo', 'on leave', 'on holiday', 'on vacation', 'pto', 'off', 'off today', 'not joining', 'declined'],
    de: ['im urlaub', 'urlaub', 'nicht da', 'krank'],
    fr: ['en congé', 'congés', 'en vacances'],
    es: ['de vacaciones', 'de permiso', 'fuera de la oficina'],
    nl: ['op vakantie', 'vrij', 'met verlof'],
    pt: ['de férias', 'de licença'],
    it: ['in ferie', 'in permesso'],
    ja: ['休暇'],
  },
  /** Header of an attendance table's column of people (English words live in attendees-from-table.ts). */
  nameColumn: {
    en: ['name', 'names'],
    de: ['name', 'namen', 'teilnehmer'],
    fr: ['nom', 'noms', 'nom et prénom', 'prénom et nom'],
    es: ['nombre', 'nombres', 'nombre y apellidos'],
    nl: ['naam', 'namen'],
    pt: ['nome', 'nomes'],
    it: ['nome', 'nomi', 'nome e cognome', 'cognome e nome'],
    ja: ['氏名', '名前'],
  },
  /** Header of the column of where each person comes from. */
  organizationColumn: {
    en: ['organization', 'organisation', 'company'],
    de: ['organisation', 'unternehmen', 'firma', 'institution', 'einrichtung'],
    fr: ['organisation', 'organisme', 'entreprise', 'société', 'structure', 'établissement'],
    es: ['entidad', 'organización', 'organismo', 'empresa', 'institución'],
    nl: ['organisatie', 'bedrijf', 'instelling'],
    pt: ['entidade', 'organização', 'empresa', 'instituição'],
    it: ['ente', 'organizzazione', 'azienda', 'società', 'istituzione'],
    ja: ['所属', '会社', '部署', '組織'],
  },
  /** Header of the column of each person's office or job (whole label). */
  roleColumn: {
    en: ['role', 'title'],
    de: ['rolle', 'funktion', 'position'],
    fr: ['rôle', 'fonction', 'qualité'],
    es: ['cargo', 'rol', 'función', 'puesto'],
    nl: ['rol', 'functie'],
    pt: ['cargo', 'função', 'papel'],
    it: ['carica', 'ruolo', 'funzione', 'qualifica'],
    ja: ['役職', '役割'],
  },
  /** Header of a column of presence marks. */
  presenceColumn: {
    en: ['present', 'attendance'],
    de: ['anwesend', 'anwesenheit', 'teilnahme'],
    fr: ['présent', 'présence', 'présente'],
    es: ['asistencia', 'presente', 'asiste', 'asistió'],
    nl: ['aanwezig', 'aanwezigheid'],
    pt: ['presença', 'presente', 'compareceu'],
    it: ['presente', 'presenza', 'presenze'],
    ja: ['出欠'],
  },
  /** A cell that says the person came ("yes" in each language; English marks live in presence.ts). */
  presentMark: {
    en: ['yes'],
    de: ['ja', 'anwesend'],
    fr: ['oui', 'présent', 'présente'],
    es: ['sí', 'si', 'presente', 'asiste', 'asistió'],
    nl: ['ja', 'aanwezig'],
    pt: ['sim', 'presente', 'compareceu'],
    it: ['sì', 'si', 'presente'],
    ja: ['出席', '○', '〇'],
  },
  /** A cell that says the person did not come, with or without a reason. */
  absentMark: {
    en: ['no'],
    de: ['nein', 'abwesend', 'entschuldigt'],
    fr: ['non', 'absent', 'absente', 'excusé', 'excusée'],
    es: ['ausente', 'excusa', 'excusa su asistencia', 'disculpa su asistencia', 'excusado', 'excusada', 'justificado', 'justificada'],
    nl: ['nee', 'afwezig', 'afgemeld', 'verhinderd'],
    pt: ['não', 'ausente', 'justificado', 'justificada'],
    it: ['assente', 'assente giustificato', 'assente giustificata', 'giustificato', 'giustificata'],
    ja: ['欠席', '×'],
  },
  /**
   * The label of a body's own roll ("Present", "Presenti"; whole label): on the page of a board or
   * committee that also lists guests, the people under it are its members. "Attendees" is anyone who came.
   */
  rollOfMembers: {
    en: ['present', 'members present', 'roll call'],
    de: ['anwesend', 'anwesende', 'anwesende mitglieder'],
    fr: ['présents', 'présentes', 'membres présents'],
    es: ['presentes', 'miembros presentes'],
    nl: ['aanwezig', 'aanwezigen', 'aanwezige leden'],
    pt: ['presentes', 'membros presentes'],
    it: ['presenti', 'membri presenti'],
    ja: ['出席者', '出席委員'],
  },
  /** Under an actions heading, the header of a table's column of what is to be done ("Description", "Omschrijving", "内容"). */
  itemColumn: {
    en: ['what', 'item', 'items', 'description'],
    de: ['beschreibung', 'was', 'thema'],
    fr: ['description', 'quoi', 'sujet'],
    es: ['descripción', 'qué', 'asunto'],
    nl: ['omschrijving', 'wat', 'onderwerp'],
    pt: ['descrição', 'o quê', 'assunto'],
    it: ['descrizione', 'cosa', 'argomento'],
  },
  /**
   * The two sides of a one-on-one (a 1:1 page's properties name them in rows, "Manager | @a",
   * "Report | @b"): a row label of this meaning names a participant only beside another one.
   */
  oneOnOneParty: {
    en: ['manager', 'report', 'direct report', 'employee', 'team member', 'mentor', 'mentee', 'coach', 'coachee', 'supervisor', 'supervisee', 'line manager', 'reviewer', 'reviewee'],
    de: ['führungskraft', 'vorgesetzte', 'vorgesetzter', 'mitarbeiter', 'mitarbeiterin', 'mitarbeitende', 'mentor', 'mentorin', 'mentee'],
    fr: ['manager', 'responsable', 'collaborateur', 'collaboratrice', 'mentor', 'mentoré', 'mentorée'],
    es: ['responsable', 'jefe', 'jefa', 'colaborador', 'colaboradora', 'empleado', 'empleada', 'mentor', 'mentora', 'mentorado', 'mentorada'],
    nl: ['leidinggevende', 'manager', 'medewerker', 'medewerkster', 'mentor', 'mentee', 'coach'],
    pt: ['gestor', 'gestora', 'colaborador', 'colaboradora', 'mentor', 'mentora', 'mentorado', 'mentorada'],
    it: ['responsabile', 'collaboratore', 'collaboratrice', 'mentore', 'mentee'],
    ja: ['上司', '部下', 'メンター', 'メンティー'],
  },
};

/**
 * Japanese labels, kept apart from the table above: minutes written in Japanese label their parts
 * with these nouns (日時 the date and time, 出席者 those present, 決定事項 the decisions…), usually
 * followed by a full-width colon, which the readers take as a colon. Dates are written year first
 * (2025年3月4日, dates.ts), so a page in Japanese never reads its slash dates day first.
 */
const JAPANESE: Readonly<Partial<Record<LabelMeaning, readonly string[]>>> = {
  absent: ['欠席者', '欠席'],
  guests: ['オブザーバー', 'ゲスト', '陪席者', '陪席'],
  attendees: ['出席者', '参加者', '出席', '参加者一覧', 'メンバー'],
  agenda: ['議題', 'アジェンダ', '議事次第'],
  actions: ['アクションアイテム', 'アクション', '宿題', 'タスク', 'todo', '対応事項', '今後の対応'],
  decisions: ['決定事項', '決定', '合意事項', '決議事項'],
  minutes: ['議事録', '議事', '議事内容', '討議内容', '内容', 'メモ'],
  date: ['日時', '日付', '開催日', '開催日時', '日程'],
  owner: ['担当', '担当者'],
  due: ['期限', '期日', '締切'],
  status: ['状況', 'ステータス'],
  done: ['完了', '済'],
  nextMeeting: ['次回', '次回会議', '次回開催', '次回予定'],
  meeting: ['会議', '打ち合わせ', '打合せ', 'ミーティング', '定例', '定例会'],
};

/** Every word of a meaning, all languages together, longest first (so a phrase wins over its first word). */
export function wordsOf(meaning: LabelMeaning, languages: readonly Language[] = LANGUAGES): string[] {
  const words = new Set<string>();
  for (const language of languages) for (const word of wordsIn(meaning, language)) words.add(word);
  return [...words].sort((a, b) => b.length - a.length);
}

/** The words of one meaning in one language: this file's and its lexicon's. */
export function wordsIn(meaning: LabelMeaning, language: Language): readonly string[] {
  const key = `${meaning} ${language}`;
  const known = WORDS_IN.get(key);
  if (known) return known;
  const base = (VOCABULARY[meaning] as Partial<Record<Language, readonly string[]>>)[language] ?? [];
  const more = [...(lexiconOf(language)?.labels[meaning] ?? []), ...(language === 'ja' ? (JAPANESE[meaning] ?? []) : [])];
  const words = more.length === 0 ? base : [...base, ...more];
  WORDS_IN.set(key, words);
  return words;
}

/** wordsIn's answers: the vocabulary and the lexicons never change, and rules ask for the same words on every line. */
const WORDS_IN = new Map<string, readonly string[]>();

/** Scripts that write words without spaces between them: a word of theirs is found inside a longer run. */
const UNSPACED = lazyRegExp(() => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〇○×]+$/u);
const HANGUL = lazyRegExp(() => /^[\p{Script=Hangul}\s]+$/u);

/**
 * A pattern that finds any of these words whole (not part of a longer word) in a text; words of
 * scripts written without spaces (Han, kana) inside a longer run, Hangul words before a particle.
 */
export function wordsPattern(words: readonly string[], flags = 'iu'): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const spaced = sorted.filter((w) => !UNSPACED.test(w) && !HANGUL.test(w));
  const parts = [`(?<![\\p{L}\\p{N}])(?:${spaced.map(escape).join('|')})(?![\\p{L}\\p{N}])`];
  const unspaced = sorted.filter((w) => UNSPACED.test(w));
  if (unspaced.length > 0) parts.push(`(?:${unspaced.map(escape).join('|')})`);
  const hangul = sorted.filter((w) => HANGUL.test(w));
  if (hangul.length > 0) parts.push(`(?<![\\p{L}\\p{N}])(?:${hangul.map(escape).join('|')})`);
  return new RegExp(parts.join('|'), flags);
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+');
}

const cache = new Map<string, RegExp>();

/**
 * A pattern that finds any word of these meanings in a text (`whole`: the text, trimmed of a
 * trailing colon, is one such word or phrase). Words are whole: "present" is not found in "presentation".
 */
export function labelPattern(meanings: LabelMeaning | readonly LabelMeaning[], whole = false): RegExp {
  const list = typeof meanings === 'string' ? [meanings] : meanings;
  const key = `${list.join(',')}|${whole}`;
  let re = cache.get(key);
  if (re === undefined) {
    const words = list.flatMap((m) => wordsOf(m));
    const alternatives = [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
    re = whole ? new RegExp(`^\\s*(?:${alternatives})\\s*[:：]?\\s*$`, 'iu') : wordsPattern(words);
    cache.set(key, re);
  }
  return re;
}

/** The languages each label word of the vocabulary belongs to, built on first use. */
let LABEL_LANGUAGES: Map<string, Set<Language>> | null = null;
function labelLanguages(): Map<string, Set<Language>> {
  if (LABEL_LANGUAGES) return LABEL_LANGUAGES;
  const map = new Map<string, Set<Language>>();
  for (const language of LANGUAGES) {
    for (const meaning of Object.keys(VOCABULARY) as LabelMeaning[]) {
      for (const word of wordsIn(meaning, language)) {
        const languages = map.get(word) ?? new Set<Language>();
        languages.add(language);
        map.set(word, languages);
      }
    }
  }
  LABEL_LANGUAGES = map;
  return map;
}

/** The languages whose words of any meaning the texts use, most used first (labels only: short texts). */
export function languagesOf(labels: readonly string[]): Language[] {
  const counts = new Map<Language, number>();
  for (const label of labels) {
    const text = label.trim().replace(/\s*:$/, '').toLowerCase();
    if (text === '' || text.length > 40) continue;
    const languages = labelLanguages().get(text);
    if (!languages) continue;
    for (const language of LANGUAGES) if (languages.has(language)) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language);
}

/**
 * A line that starts with a label of this meaning: "Datum: 14.03.2025", "Date : 03/04/2025". The
 * label is followed by a colon or dash, or directly by a number; the English words may also run
 * straight into the text ("Held on Wednesday …"). The text after the label is group 1.
 */
export function labelLinePattern(meaning: LabelMeaning): RegExp {
  const key = `line|${meaning}`;
  let re = cache.get(key);
  if (re === undefined) {
    const english = new Set(VOCABULARY[meaning].en);
    const loose = wordsOf(meaning).filter((w) => english.has(w)).map(escape).join('|');
    const strict = wordsOf(meaning).filter((w) => !english.has(w)).map(escape).join('|');
    const strictPart = strict === '' ? '' : `|(?:${strict})(?:\\s*[:：\\-–]\\s*|\\s+(?=\\d)|\\s*$)`;
    re = new RegExp(`^\\s*(?:(?:${loose})(?![\\p{L}\\p{N}])\\s*[:：\\-–]?${strictPart})\\s*(.*)$`, 'isu');
    cache.set(key, re);
  }
  return re;
}

/**
 * Nouns that head a job or office, in the languages of the vocabulary ("Town Clerk", "Director of
 * Public Works", "County Engineer", "coordinatrice"). Written after a name they are a role, never an
 * organization; written before a name ("County Engineer Ana Ruiz") they are not part of it. The one
 * place the extractor learns what a job is (person-cell.ts builds its patterns from it).
 */
export const JOB_NOUNS: readonly string[] = [
  // en
  'clerk', 'director', 'manager', 'officer', 'co-?ordinator', 'secretary', 'treasurer', 'president', 'vice-president', 'chair', 'chairman',
  'chairwoman', 'chairperson', 'engineer', 'lead', 'head', 'administrator', 'analyst', 'advis[eo]r', 'counsel', 'attorney', 'solicitor',
  'planner', 'superintendent', 'supervisor', 'assistant', 'specialist', 'architect', 'developer', 'designer', 'scientist', 'researcher',
  'librarian', 'representative', 'liaison', 'editor', 'chief', 'controller', 'comptroller', 'auditor', 'accountant', 'inspector',
  'registrar', 'dean', 'provost', 'professor', 'lecturer', 'student', 'technician', 'consultant', 'intern', 'mayor', 'councill?or',
  'trustee', 'governor', 'commissioner', 'volunteer', 'organi[sz]er', 'facilitator', 'moderator', 'scribe', 'steward', 'founder',
  'principal', 'teacher', 'nurse', 'member', 'churchwarden', 'warden', 'vicar', 'rector', 'curate', 'pastor', 'minister', 'chaplain',
  'sheriff', 'marshal', 'captain', 'sergeant', 'constable', 'bursar', 'verger', 'sexton', 'archivist', 'executive', 'appointee', 'designee', 'nominee', 'delegate',
  'resident', 'fellow', 'physician', 'surgeon', 'pharmacist', 'therapist', 'statistician', 'epidemiologist', 'paramedic', 'midwife', 'host', 'sponsor',
  // de, fr, es, nl, pt, it (the noun comes first: "secretario técnico", "coordinatrice tecnica")
  'vorsitzende[rn]?', 'geschäftsführer(?:in)?', 'schriftführer(?:in)?', 'kassenwart(?:in)?', 'président(?:e)?', 'secrétaire', 'trésorier(?:e)?',
  'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'secretari[oa]', 'tesorer[oa]', 'vocal', 'vocal suplente', 'coordinador(?:a)?',
  'director(?:a)?', 'representante', 'consejer[oa]', 'concejal(?:a)?', 'técnic[oa]', 'voorzitter', 'secretaris', 'penningmeester', 'bestuurslid',
  'lid', 'coordenador(?:a)?', 'diretor(?:a)?', 'secretári[oa]', 'tesoureir[oa]', 'professor(?:a)?', 'segretari[oa]', 'tesorier[ea]',
  'consigliere', 'revisore', 'coordinat(?:ore|rice)', 'direttore', 'direttrice',
  'directeur', 'directrice', 'adjoint(?:e)?', 'inspect(?:eur|rice)', 'enseignant(?:e)?', 'rektor(?:in)?', 'konrektor(?:in)?', 'schulleiter(?:in)?', 'lehrer(?:in)?',
  // who chairs the meeting and keeps its minutes, in every language of the vocabulary and its lexicons
  ...lexiconWords('roleNouns'),
];

/**
 * Honorifics, forms of address and ranks written before a name (any language of the vocabulary):
 * never part of it ("The Venerable", "Dra.", "Sgt", "Cllrs" shared by a list).
 */
export const HONORIFICS: readonly string[] = [
  'dr', 'dra', 'prof', 'profa', 'professor', 'professora', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'lady', 'lord', 'rev', 'revd', 'reverend',
  'the revd', 'the rev', 'the reverend', 'the venerable', 'the ven', 'canon', 'fr', 'father', 'sister', 'brother', 'rabbi', 'imam', 'hon',
  'herr', 'frau', 'mme', 'mlle', 'sr', 'sra', 'srta', 'dña', 'dª', 'dhr', 'mevr', 'sig', 'sig\\.ra', 'dott', 'dott\\.ssa', 'ing', 'avv',
  'cllr', 'cllrs', 'pc', 'pcso', 'sgt', 'insp', 'det', 'officer', 'councilmember', 'council member', 'council members', 'councilman', 'councilwoman', 'councilperson', 'councillor', 'councilor', 'commissioner', 'alderman', 'alderwoman', 'selectman', 'selectwoman', 'supervisor', 'vice mayor', 'deputy mayor', 'mayor', 'senator', 'rep', 'assemblymember',
  'dipl\\.-ing', 'dipl\\.-kfm', 'dipl\\.-kff', 'dipl\\.-psych', 'mag', 'univ\\.-prof', 'priv\\.-doz',
  // Czech and Slovak academic titles, Indonesian, Greek and Turkish forms of address (Vietnamese ones, which are also given names, live in person-cell.ts).
  'mgr', 'bc', 'mudr', 'judr', 'phdr', 'rndr', 'paeddr', 'doc', 'ibu', 'bu', 'bapak', 'pak', 'sdr', 'sdri', 'κ', 'κα', 'κος', 'sayın',
];

/**
 * Forms of address and titles in scripts without capitals (Persian, Bengali, Nepali and Hindi,
 * Georgian): never part of the name they come before, when a name of two words or more follows.
 */
export const CASELESS_HONORIFICS: readonly string[] = [
  'جناب آقای', 'سرکار خانم', 'آقای', 'آقا', 'خانم', 'دکتر', 'مهندس', 'استاد',
  'শ্রীমতী', 'শ্রীমতি', 'শ্রী', 'জনাব', 'বেগম', 'ডঃ', 'ড.',
  'श्रीमती', 'सुश्री', 'श्री', 'डा.', 'डॉ.',
  'ქალბატონი', 'ბატონი', 'ქ-ნი', 'ბ-ნი',
];

/** Month names, January first, in the languages of the vocabulary other than English (dates.ts reads "6 de noviembre de 2026", "14 oktober 2026"). */
export const MONTH_NAMES: Readonly<Record<Exclude<BaseLanguage, 'en'>, readonly string[]>> = {
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
};

/**
 * Words before or around a date that make it another date than the meeting's (English): the next or
 * previous meeting, a deadline, a period, an event, the page's own history. dates.ts builds
 * NOT_THE_MEETING_DATE from them.
 */
export const OTHER_DATE_WORDS: readonly string[] = [
  'next', 'previous', 'prior', 'last', 'upcoming', 'following', 'due', 'deadline', 'until', 'before', 'after', 'since', 'freeze', 'cut',
  'minutes of', 'approved', 'accepted', 'cfp', 'conference', 'summit', 'event', 'days', 'expires?', 'expiry', 'renewal', 'launch',
  'release date', 'released', 'ga', 'go-live', 'deliver(?:y|able)?', 'submission', 'held over', 'postponed', 'deferred', 'rescheduled',
  'updated', 'created', 'modified', 'target', 'planned', 'forecast', 'review on', 'closes?', 'opens?', 'registration', 'incident',
  'outage', 'effective', 'published', 'reviewed',
  // A snapshot's date ("Status as of 16 March", "Figures as at …"): when a report was true, not when anyone met.
  'as of', 'as at',
  // The page's own history in the other languages of the vocabulary ("Stand: 12.03.2024", "Mis à jour le …"): when it was written, not when anyone met.
  'stand(?=\\s*:|\\s+(?:vom|am)\\b)', 'aktualisiert', 'aktualisierung', 'zuletzt geändert', 'geändert am', 'veröffentlicht', 'mis à jour', 'mise à jour', 'publié(?:e)?', 'modifié(?:e)?',
  'actualizado', 'actualización', 'publicado', 'bijgewerkt', 'gewijzigd', 'gepubliceerd', 'atualizado', 'atualização', 'aggiornato', 'aggiornamento', 'pubblicato',
  'erstellt', 'angelegt', 'créée?', 'creado', 'creada', 'aangemaakt', 'criado', 'criada', 'creato', 'creata',
  // From when a rule, policy or contract applies ("Gültig ab", "Date d'entrée en vigueur"): no one met on that date.
  'gültig ab', 'gilt ab', 'in kraft', 'inkrafttreten', 'wirksam ab', 'en vigueur', "date d['’]effet", 'prend effet', 'en vigor', 'vigencia', 'vigente desde',
  'in vigore', 'decorrenza', 'valid[oa] dal', 'em vigor', 'vigência', 'válid[oa] a partir', 'ingangsdatum', 'van kracht', 'geldig vanaf', 'geldig per', 'in werking',
];

/** Labels of people asked to come to a meeting still to take place: they say who is invited, not who was there (is-minutes.ts). */
export const INVITATION_WORDS: readonly string[] = ['invitee', 'invitees', 'invited', 'invitation', 'einladung', 'eingeladen', 'eingeladene', 'invités', 'invitados', 'convidados', 'uitgenodigd', 'genodigden', 'invitati', ...lexiconWords('invitationWords')];

/**
 * Words that mark one line as an action item wherever it stands ("AI: …", "AP – …", "Acción: …",
 * "#action …" of an IRC meeting bot), in the languages of the vocabulary; regular expressions.
 */
export const ACTION_LINE_MARKERS: readonly string[] = [
  'ai', 'a\\.i\\.', 'ap', 'a\\.p\\.', 'action(?:\\s+(?:items?|points?))?', 'actions?', 'todo', 'to-do', 'follow-?up',
  'acción', 'accion', 'tarea', 'actie', 'actiepunt', 'taak', 'aufgabe', 'maßnahme', 'massnahme', 'tâche', 'ação', 'acção', 'acao', 'tarefa', 'azione', 'compito',
  ...lexiconWords('actionMarkers'),
];

/** What the record of a meeting is called, in the languages of the vocabulary: a title with one of these (or a meeting noun) names a meeting's page. */
export const RECORD_WORDS: readonly string[] = ['minutes', 'meeting notes', 'protokoll', 'sitzungsprotokoll', 'procès-verbal', 'compte rendu', 'compte-rendu', 'acta', 'notulen', 'verslag', 'ata', 'verbale', ...lexiconWords('recordWords')];

/**
 * A whole line that says "none" or "nothing" (what is written in an empty Decisions or Actions
 * section), in the languages of the vocabulary and of the lexicon; regular expressions.
 */
export const NONE_WORDS: readonly string[] = [
  'none', 'nothing', 'nothing to report', 'nichts zu berichten', 'rien à signaler', 'sin novedad(?:es)?', 'n/a', 'tbd', 'tba', 'nil', 'keine?', 'keiner', 'nichts', 'entfällt', 'aucune?', 'néant', 'rien', 'ningun[oa]?', 'nada', 'geen', 'niets',
  'nenhum(?:a)?', 'nessun[oa]?', 'niente', 'ingen(?:ting)?', 'inga', 'intet', 'brak', 'nic', 'нет', 'ничего', 'なし', '無し', '特になし', '特に無し', '无', '無', '暂无', '暫無', '없음',
];

/** Phrases that say nothing was decided, in the languages of the vocabulary (regular expressions). */
export const NO_DECISION_PHRASES: readonly string[] = [
  'no decision', 'not (?:yet )?decided', '(?:decided|agreed|approved|resolved|adopted) nothing', 'nothing (?:was )?(?:decided|agreed|approved|resolved|adopted)', 'decision (?:is )?(?:pending|deferred|postponed)', 'undecided', 'no agreement', 'no consensus',
  'kein(?:e|en)? (?:beschluss|entscheidung|einigung)', "pas de décision", 'aucune décision', "pas d'accord", 'no se (?:alcanza|alcanzó|llega|llegó a(?:l)?) (?:un )?acuerdo',
  // Japanese, Chinese, Korean: deliberation continued, postponed, on hold (written without spaces, so as whole lines).
  '継続審議', '継続検討', '見送り', '保留', '暂缓', '暫緩', '待定', '보류',
  'sin acuerdo', 'geen (?:besluit|overeenstemming)', 'sem (?:decisão|acordo)', 'não houve (?:decisão|acordo)', 'nessuna decisione', 'nessun accordo',
];

/** What a tracker resolves ("Resolved issues", "Fixed bugs"): a heading of these is release or project notes, never the meeting's decisions. */
export const WORK_ITEM_NOUNS: readonly string[] = ['issues?', 'bugs?', 'tickets?', 'defects?', 'problems?', 'incidents?', 'requests?', 'stories', 'story', 'tasks?', 'pull requests?', 'prs?'];

