import type { SandboxStore } from './store.js';
import type { Flavor, GenerateOptions, PageVersion, SandboxPage } from './types.js';

export type { GeneratedPageSource } from './types.js';

/** Kept for callers that imported it from here; the same as `GenerateOptions`. */
export type GenerateSpaceOptions = GenerateOptions;

const firstGeneratedId = 50_000_001;
const baseTime = Date.UTC(2023, 0, 9, 9, 30);
const day = 86_400_000;

/**
 * Adds a synthetic space of `pages` pages in a tree (`fanout` children each, page 0 the home).
 * Titles, dates and authors come from the page index, so two runs are identical; bodies are
 * computed when read, so a 10,000-page space costs little memory.
 */
export function generateSpace(store: SandboxStore, options: GenerateSpaceOptions, flavor: Flavor = 'cloud'): void {
  const key = options.spaceKey ?? 'GEN';
  const fanout = Math.max(1, options.fanout ?? 10);
  const users = store.users.length > 0 ? store.users : [];
  const authorOf = (i: number): string => users[i % Math.max(1, users.length)]?.accountId ?? '557058:00000000-0000-4000-8000-000000000001';
  // Data Center stores mentions by user key, Cloud by account id.
  const mentionOf = (i: number): string => {
    const user = users[i % Math.max(1, users.length)];
    if (flavor === 'dc') return `ri:userkey="${user?.userKey ?? '2c9d802a8067b72f018067b876420000'}"`;
    return `ri:account-id="${user?.accountId ?? '557058:00000000-0000-4000-8000-000000000001'}"`;
  };
  const spaceId = String(9_000_000 + store.spaces().length);
  store.addSpace({
    id: spaceId,
    key,
    name: options.spaceName ?? `Generated space (${options.pages} pages)`,
    description: 'Synthetic pages for tests and benchmarks',
    type: 'global',
    homepageId: options.pages > 0 ? String(firstGeneratedId) : null,
    createdAt: new Date(baseTime).toISOString(),
    authorId: authorOf(0),
  });
  const source = options.source;
  const bodyBytes = options.bodyBytes ?? 1500;
  const previousGenerator = store.bodyGenerator;
  store.bodyGenerator = (page: SandboxPage, version: PageVersion) => {
    if (page.generatedIndex === undefined) return previousGenerator ? previousGenerator(page, version) : '';
    if (source) return source(page.generatedIndex).body;
    return syntheticBody(page.generatedIndex, version.number, bodyBytes, mentionOf(page.generatedIndex + 1));
  };
  for (let i = 0; i < options.pages; i++) {
    const given = source?.(i);
    const parentIndex = given?.parentIndex !== undefined ? given.parentIndex : i === 0 ? null : Math.floor((i - 1) / fanout);
    const createdAt = new Date(baseTime + i * 3_600_000).toISOString();
    const title = given?.title ?? (i === 0 ? `${key} Home` : `Generated page ${i}`);
    const versions: PageVersion[] = [{ number: 1, title, body: undefined, message: '', minorEdit: false, authorId: authorOf(i), createdAt }];
    if (options.historyEvery && i % options.historyEvery === 0) {
      versions.push({ number: 2, title, body: undefined, message: 'Second edit', minorEdit: false, authorId: authorOf(i + 1), createdAt: new Date(baseTime + i * 3_600_000 + day).toISOString() });
    }
    const page: SandboxPage = {
      id: String(firstGeneratedId + i),
      spaceId,
      parentId: parentIndex === null ? null : String(firstGeneratedId + parentIndex),
      position: i,
      status: 'current',
      createdAt,
      authorId: authorOf(i),
      ownerId: authorOf(i),
      versions,
      labels: [],
      attachments: [],
      generatedIndex: i,
    };
    store.insertPage(page);
    for (const label of given?.labels ?? (i % 7 === 0 ? ['generated', `group-${i % 3}`] : [])) store.addLabel(page.id, label);
    if (options.attachmentEvery && i % options.attachmentEvery === 0) {
      store.addAttachment(page.id, {
        title: `notes-${i}.txt`,
        mediaType: 'text/plain',
        comment: '',
        authorId: authorOf(i),
        createdAt,
        data: Buffer.from(`Attachment of generated page ${i}\n`),
      });
    }
  }
}

function syntheticBody(index: number, version: number, bytes: number, mention: string): string {
  const parts = [
    `<h2>Generated page ${index}</h2>`,
    `<p>Version ${version}. Owner: <ac:link><ri:user ${mention} /></ac:link>.</p>`,
    '<table><tbody><tr><th>Item</th><th>Status</th></tr>',
    `<tr><td>Task ${index}-a</td><td><ac:structured-macro ac:name="status" ac:schema-version="1"><ac:parameter ac:name="colour">Green</ac:parameter><ac:parameter ac:name="title">DONE</ac:parameter></ac:structured-macro></td></tr>`,
    '</tbody></table>',
    `<ac:task-list><ac:task><ac:task-id>${index * 10 + 1}</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Follow up on item ${index}</ac:task-body></ac:task></ac:task-list>`,
  ];
  let body = parts.join('');
  let n = 0;
  while (body.length < bytes) {
    body += `<p>Paragraph ${++n} of page ${index}: the quick brown fox reviews the quarterly roadmap &amp; files the notes.</p>`;
  }
  return body;
}
