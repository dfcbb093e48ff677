import { zipSync } from 'fflate';
/**
 * Writes Confluence XML export objects (entities.xml), written from the format's description:
 * `<object class package>` with an `<id>`, `<property>` values (text, CDATA or a reference to
 * another object) and `<collection>`s of references. Used by the tests, the bench (which streams
 * gigabytes of it) and the bundled demo export; never a copy of a real export.
 */

const PAGES = 'com.atlassian.confluence.pages';
const USERS = 'com.atlassian.confluence.user';

export function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function ref(name: string, cls: string, pkg: string, id: string, idName = 'id'): string {
  return `<property name="${name}" class="${cls}" package="${pkg}"><id name="${idName}">${cdata(id)}</id></property>`;
}

function prop(name: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return `<property name="${name}">${typeof value === 'number' ? value : cdata(value)}</property>`;
}

function object(cls: string, pkg: string, id: string, body: string[], idName = 'id'): string {
  return `<object class="${cls}" package="${pkg}">\n<id name="${idName}">${id}</id>\n${body.filter(Boolean).join('\n')}\n</object>\n`;
}

export const header = '<?xml version="1.0" encoding="UTF-8"?>\n<hibernate-generic datetime="2024-03-01 12:00:00">\n';
export const footer = '</hibernate-generic>\n';

export function space(s: { id: string; key: string; name: string; homePageId?: string }): string {
  return object('Space', 'com.atlassian.confluence.spaces', s.id, [
    prop('name', s.name),
    prop('key', s.key),
    prop('lowerKey', s.key.toLowerCase()),
    s.homePageId ? ref('homePage', 'Page', PAGES, s.homePageId) : '',
  ]);
}

export function user(u: { key: string; name: string; email?: string; displayName?: string }): string {
  const confluenceUser = `<object class="ConfluenceUserImpl" package="${USERS}">\n<id name="key">${cdata(u.key)}</id>\n${prop('name', u.name)}\n${prop('lowerName', u.name.toLowerCase())}\n${prop('email', u.email ?? `${u.name}@example.org`)}\n</object>\n`;
  const internal = u.displayName
    ? object('InternalUser', 'com.atlassian.crowd.model.user', `9${u.key.replace(/\D/g, '').slice(-6) || '1'}`, [prop('name', u.name), prop('lowerName', u.name.toLowerCase()), prop('displayName', u.displayName)])
    : '';
  return confluenceUser + internal;
}

export interface ContentSpec {
  id: string;
  kind?: 'Page' | 'BlogPost';
  title: string;
  spaceId: string;
  parentId?: string;
  originalVersionId?: string;
  status?: string;
  version?: number;
  creatorKey?: string;
  modifierKey?: string;
  created?: string;
  modified?: string;
  versionComment?: string;
  bodyId?: string;
  position?: number;
}

export function content(c: ContentSpec): string {
  const kind = c.kind ?? 'Page';
  return object(kind, PAGES, c.id, [
    prop('title', c.title),
    prop('lowerTitle', c.title.toLowerCase()),
    c.bodyId ? `<collection name="bodyContents" class="java.util.Collection"><element class="BodyContent" package="com.atlassian.confluence.core"><id name="id">${c.bodyId}</id></element></collection>` : '',
    prop('version', c.version ?? 1),
    c.creatorKey ? ref('creator', 'ConfluenceUserImpl', USERS, c.creatorKey, 'key') : '',
    prop('creationDate', c.created ?? '2024-01-01 09:00:00.000'),
    c.modifierKey ?? c.creatorKey ? ref('lastModifier', 'ConfluenceUserImpl', USERS, (c.modifierKey ?? c.creatorKey)!, 'key') : '',
    prop('lastModificationDate', c.modified ?? c.created ?? '2024-01-01 09:00:00.000'),
    prop('versionComment', c.versionComment ?? ''),
    c.originalVersionId ? ref('originalVersion', kind, PAGES, c.originalVersionId) : '',
    prop('contentStatus', c.status ?? 'current'),
    ref('space', 'Space', 'com.atlassian.confluence.spaces', c.spaceId),
    c.parentId ? ref('parent', 'Page', PAGES, c.parentId) : '',
    c.position !== undefined ? prop('position', c.position) : '',
  ]);
}

export function body(b: { id: string; contentId: string; contentClass?: string; body: string; bodyType?: number }): string {
  return object('BodyContent', 'com.atlassian.confluence.core', b.id, [
    `<property name="body">${cdata(b.body)}</property>`,
    ref('content', b.contentClass ?? 'Page', PAGES, b.contentId),
    prop('bodyType', b.bodyType ?? 2),
  ]);
}

export function comment(c: { id: string; containerId: string; containerClass?: string; parentId?: string; creatorKey: string; created: string; status?: string }): string {
  return object('Comment', PAGES, c.id, [
    prop('version', 1),
    ref('creator', 'ConfluenceUserImpl', USERS, c.creatorKey, 'key'),
    prop('creationDate', c.created),
    prop('lastModificationDate', c.created),
    prop('contentStatus', c.status ?? 'current'),
    ref('containerContent', c.containerClass ?? 'Page', PAGES, c.containerId),
    c.parentId ? ref('parent', 'Comment', PAGES, c.parentId) : '',
  ]);
}

export function contentProperty(p: { id: string; contentId: string; name: string; value: string }): string {
  return object('ContentProperty', 'com.atlassian.confluence.content', p.id, [prop('name', p.name), prop('stringValue', p.value), ref('content', 'Comment', PAGES, p.contentId)]);
}

export function attachment(a: { id: string; containerId: string; fileName: string; version?: number; mediaType?: string; size?: number; originalVersionId?: string; status?: string }): string {
  return object('Attachment', PAGES, a.id, [
    prop('title', a.fileName),
    prop('version', a.version ?? 1),
    prop('contentStatus', a.status ?? 'current'),
    ref('containerContent', 'Page', PAGES, a.containerId),
    a.originalVersionId ? ref('originalVersion', 'Attachment', PAGES, a.originalVersionId) : '',
    prop('fileSize', a.size ?? 0),
    prop('contentType', a.mediaType ?? 'application/octet-stream'),
  ]);
}

export function label(l: { id: string; name: string; namespace?: string }): string {
  return object('Label', 'com.atlassian.confluence.labels', l.id, [prop('name', l.name), prop('namespace', l.namespace ?? 'global')]);
}

export function labelling(l: { id: string; labelId: string; contentId: string; contentClass?: string }): string {
  return object('Labelling', 'com.atlassian.confluence.labels', l.id, [
    ref('label', 'Label', 'com.atlassian.confluence.labels', l.labelId),
    ref('content', l.contentClass ?? 'Page', PAGES, l.contentId),
  ]);
}

export const users = {
  alice: { key: '8a7f80c3000000000000000000000a11', name: 'alice', displayName: 'Alice Archer' },
  bob: { key: '8a7f80c3000000000000000000000b0b', name: 'bob', displayName: 'Bob Baker' },
  carol: { key: '8a7f80c3000000000000000000000ca7', name: 'carol', displayName: 'Carol Chen' },
};

export function mention(key: string): string {
  return `<ac:link><ri:user ri:userkey="${key}" /></ac:link>`;
}

/** The storage of one version of a minutes page: attendees as mentions, actions as tasks. */
export function minutesStorage(date: string, attendees: string[], actions: Array<{ who: string; text: string; done: boolean }>): string {
  const list = attendees.map((k) => `<li>${mention(k)}</li>`).join('');
  const tasks = actions
    .map((a, i) => `<ac:task><ac:task-id>${i + 1}</ac:task-id><ac:task-status>${a.done ? 'complete' : 'incomplete'}</ac:task-status><ac:task-body>${mention(a.who)} ${a.text}</ac:task-body></ac:task>`)
    .join('');
  return `<p><strong>Meeting date:</strong> ${date}</p><h3>Attendees</h3><ul>${list}</ul><h3>Notes</h3><ul><li>Review budget for Q1</li><li>Plan the offsite</li></ul><h3>Action items</h3><ac:task-list>${tasks}</ac:task-list>`;
}

export interface ExportFiles {
  entities: string;
  /** Paths inside the export (`attachments/<page>/<attachment>/<version>`) to their bytes. */
  attachments: Record<string, Uint8Array>;
  descriptor: string;
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
/** A 1x1 PNG. */
export const tinyPng = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

/**
 * A small space export (TEAM): a page tree, two minutes pages with attendees as user-key
 * mentions (one in three versions: attendance corrected, then an action closed), attachments
 * (one in two versions), labels, footer and inline comments, a blog post, a page in the trash.
 */
export function teamSpaceObjects(): string[] {
  const { alice, bob, carol } = users;
  const v1 = minutesStorage('10 Jan 2024', [alice.key, bob.key], [{ who: bob.key, text: 'send the budget draft', done: false }]);
  const v2 = minutesStorage('10 Jan 2024', [alice.key, bob.key, carol.key], [{ who: bob.key, text: 'send the budget draft', done: false }]);
  const v3 = minutesStorage('10 Jan 2024', [alice.key, bob.key, carol.key], [{ who: bob.key, text: 'send the budget draft', done: true }]);
  const jan17 = minutesStorage('17 Jan 2024', [alice.key, carol.key], [{ who: carol.key, text: 'book the offsite venue', done: false }]);
  const notes =
    '<p>See <ac:link><ri:page ri:content-title="Team Home" /></ac:link> and the <ac:link><ri:attachment ri:filename="report.pdf" /></ac:link>.</p>' +
    '<p><ac:image><ri:attachment ri:filename="diagram.png" /></ac:image></p>' +
    '<p>Owner: <ac:link><ri:user ri:userkey="' + carol.key + '" /></ac:link></p>';
  return [
    space({ id: '98001', key: 'TEAM', name: 'Team space', homePageId: '1001' }),
    user(alice),
    user(bob),
    user(carol),
    content({ id: '1001', title: 'Team Home', spaceId: '98001', creatorKey: alice.key, bodyId: '5001', created: '2023-12-01 10:00:00.000' }),
    body({ id: '5001', contentId: '1001', body: '<p>Welcome to the team space.</p>' }),
    content({ id: '1002', title: 'Meeting minutes', spaceId: '98001', parentId: '1001', creatorKey: alice.key, bodyId: '5002' }),
    body({ id: '5002', contentId: '1002', body: '<p>Minutes of the steering committee.</p>' }),
    // The minutes page in three versions: v1 and v2 are historical, v3 current.
    content({ id: '2001', title: '2024-01-10 Steering committee', spaceId: '98001', parentId: '1002', originalVersionId: '1003', version: 1, creatorKey: alice.key, created: '2024-01-10 15:00:00.000', modified: '2024-01-10 15:00:00.000', bodyId: '6001' }),
    body({ id: '6001', contentId: '2001', body: v1 }),
    content({ id: '2002', title: '2024-01-10 Steering committee', spaceId: '98001', parentId: '1002', originalVersionId: '1003', version: 2, creatorKey: alice.key, modifierKey: bob.key, created: '2024-01-10 15:00:00.000', modified: '2024-01-11 09:30:00.000', versionComment: 'Carol attended too', bodyId: '6002' }),
    body({ id: '6002', contentId: '2002', body: v2 }),
    content({ id: '1003', title: '2024-01-10 Steering committee', spaceId: '98001', parentId: '1002', version: 3, creatorKey: alice.key, modifierKey: carol.key, created: '2024-01-10 15:00:00.000', modified: '2024-01-16 17:45:00.000', versionComment: 'budget draft sent', bodyId: '5003' }),
    body({ id: '5003', contentId: '1003', body: v3 }),
    content({ id: '1004', title: '2024-01-17 Steering committee', spaceId: '98001', parentId: '1002', creatorKey: carol.key, created: '2024-01-17 15:00:00.000', bodyId: '5004' }),
    body({ id: '5004', contentId: '1004', body: jan17 }),
    content({ id: '1005', title: 'Project notes', spaceId: '98001', parentId: '1001', creatorKey: bob.key, bodyId: '5005', created: '2024-01-05 08:00:00.000' }),
    body({ id: '5005', contentId: '1005', body: notes }),
    content({ id: '1007', title: 'Old plan', spaceId: '98001', parentId: '1001', status: 'deleted', creatorKey: bob.key, bodyId: '5007' }),
    body({ id: '5007', contentId: '1007', body: '<p>Thrown away.</p>' }),
    content({ id: '1100', kind: 'BlogPost', title: 'Release 1.0 is out', spaceId: '98001', creatorKey: alice.key, bodyId: '5100', created: '2024-02-01 12:00:00.000' }),
    body({ id: '5100', contentId: '1100', contentClass: 'BlogPost', body: '<p>We shipped <strong>1.0</strong>.</p>' }),
    attachment({ id: '4001', containerId: '1005', fileName: 'diagram.png', mediaType: 'image/png', size: tinyPng.length }),
    attachment({ id: '4002', containerId: '1005', fileName: 'report.pdf', version: 2, mediaType: 'application/pdf', size: 12 }),
    attachment({ id: '4003', containerId: '1005', fileName: 'report.pdf', version: 1, originalVersionId: '4002', mediaType: 'application/pdf', size: 10 }),
    label({ id: '7001', name: 'minutes' }),
    label({ id: '7002', name: 'project' }),
    label({ id: '7003', name: 'favourite', namespace: 'my' }),
    labelling({ id: '7101', labelId: '7001', contentId: '1003' }),
    labelling({ id: '7102', labelId: '7001', contentId: '1004' }),
    labelling({ id: '7103', labelId: '7002', contentId: '1005' }),
    labelling({ id: '7104', labelId: '7003', contentId: '1005' }),
    comment({ id: '3001', containerId: '1005', creatorKey: bob.key, created: '2024-01-06 10:00:00.000' }),
    body({ id: '5201', contentId: '3001', contentClass: 'Comment', body: '<p>Can we add the <strong>timeline</strong>?</p>' }),
    comment({ id: '3002', containerId: '1005', parentId: '3001', creatorKey: alice.key, created: '2024-01-06 11:00:00.000' }),
    body({ id: '5202', contentId: '3002', contentClass: 'Comment', body: '<p>Done, see below.</p>' }),
    comment({ id: '3003', containerId: '1003', creatorKey: carol.key, created: '2024-01-11 08:00:00.000' }),
    body({ id: '5203', contentId: '3003', contentClass: 'Comment', body: '<p>Which budget line is this?</p>' }),
    contentProperty({ id: '8001', contentId: '3003', name: 'inline-comment', value: 'true' }),
    contentProperty({ id: '8002', contentId: '3003', name: 'inline-original-selection', value: 'Review budget' }),
    contentProperty({ id: '8003', contentId: '3003', name: 'inline-marker-ref', value: 'a1b2c3' }),
  ];
}

export function teamSpaceExport(): ExportFiles {
  return {
    entities: header + teamSpaceObjects().join('') + footer,
    attachments: {
      'attachments/1005/4001/1': tinyPng,
      'attachments/1005/4002/2': bytes('%PDF-1.4 v2\n'),
      'attachments/1005/4002/1': bytes('%PDF-1.4 v1'),
    },
    descriptor: 'exportType=space\nspaceKey=TEAM\nbackupAttachments=true\n',
  };
}

/** A site backup: the TEAM space and an OPS space (a page with a child), users shared. */
export function siteBackup(): ExportFiles {
  const team = teamSpaceExport();
  const ops = [
    space({ id: '98002', key: 'OPS', name: 'Operations', homePageId: '9001' }),
    content({ id: '9001', title: 'Runbook', spaceId: '98002', creatorKey: users.bob.key, bodyId: '9501' }),
    body({ id: '9501', contentId: '9001', body: '<p>On call: <ac:link><ri:user ri:userkey="' + users.bob.key + '" /></ac:link>.</p>' }),
    content({ id: '9002', title: 'Restart the queue', spaceId: '98002', parentId: '9001', creatorKey: users.bob.key, bodyId: '9502' }),
    body({ id: '9502', contentId: '9002', body: '<p>Back to <ac:link><ri:page ri:space-key="TEAM" ri:content-title="Project notes" /></ac:link>.</p>' }),
  ];
  return { ...team, entities: header + teamSpaceObjects().join('') + ops.join('') + footer, descriptor: 'exportType=all\n' };
}

/** The export as a zip (entities.xml, exportDescriptor.properties, attachments/...). */
export function exportZip(files: ExportFiles): Uint8Array {
  const entries: Record<string, Uint8Array> = {
    'exportDescriptor.properties': new TextEncoder().encode(files.descriptor),
    'entities.xml': new TextEncoder().encode(files.entities),
    ...files.attachments,
  };
  return zipSync(entries, { level: 6 });
}
