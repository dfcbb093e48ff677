import type { Route } from './http.js';
import { attachmentUploadRoutes } from './routes-attachment-upload.js';
import { downloadRoutes } from './routes-download.js';
import { v1Routes } from './routes-v1.js';
import { v2Prefix, v2Routes } from './routes-v2.js';
import type { Flavor } from './types.js';

/** Every route the sandbox serves for this flavour, with full paths: Data Center has no v2. */
export function sandboxRouteTable(flavor: Flavor, context: string): Route[] {
  const table: Route[] = [];
  const mount = (prefix: string, routes: Route[]): void => {
    for (const route of routes) table.push({ ...route, prefix, pattern: prefix + route.pattern });
  };
  if (flavor === 'cloud') mount(v2Prefix, v2Routes);
  mount(`${context}/rest/api`, v1Routes);
  mount(`${context}/rest/api`, attachmentUploadRoutes);
  mount(context, downloadRoutes);
  return table;
}
