/** Web links as Confluence builds them (reference §A.3, §B). */

export function titleSlug(title: string): string {
  return encodeURIComponent(title).replace(/%20/g, '+');
}

export function tinyUi(id: string): string {
  const n = BigInt(id.replace(/\D/g, '') || '0');
  const bytes: number[] = [];
  let rest = n;
  while (rest > 0n) {
    bytes.push(Number(rest & 0xffn));
    rest >>= 8n;
  }
  return `/x/${Buffer.from(bytes).toString('base64url')}`;
}

export function cloudPageWebUi(spaceKey: string, id: string, title: string, isHome: boolean): string {
  return isHome ? `/spaces/${spaceKey}/overview` : `/spaces/${spaceKey}/pages/${id}/${titleSlug(title)}`;
}

export function dcPageWebUi(spaceKey: string, title: string): string {
  return `/display/${spaceKey}/${titleSlug(title)}`;
}

export function downloadPath(pageId: string, filename: string): string {
  return `/download/attachments/${pageId}/${encodeURIComponent(filename)}`;
}
