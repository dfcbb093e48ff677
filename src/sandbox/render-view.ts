/**
 * A rough `view` rendering of storage XHTML for clients that ask for `body-format=view`: plain
 * HTML is kept, macro parameters dropped, Confluence elements unwrapped to their text, mentions
 * and page links shown as links. Real Confluence renders far more; this is enough for a client
 * to see that it got view HTML, not storage.
 */
export function renderView(storage: string, userName: (id: string) => string | undefined): string {
  return storage
    .replace(/<ac:parameter\b[^>]*>[\s\S]*?<\/ac:parameter>/g, '')
    .replace(/<ac:link>\s*<ri:user ri:(?:account-id|userkey)="([^"]*)"\s*\/>\s*<\/ac:link>/g, (_m, id: string) => {
      const name = userName(id) ?? id;
      return `<a class="confluence-userlink user-mention" data-account-id="${id}" href="/wiki/people/${id}">${escapeText(name)}</a>`;
    })
    .replace(/<ri:page ri:content-title="([^"]*)"[^>]*\/>/g, (_m, title: string) => title)
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, text: string) => escapeText(text))
    .replace(/<\/?(?:ac|ri):[^>]*>/g, '');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
