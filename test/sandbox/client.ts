import { authorizationHeader } from '../../src/sandbox/auth.js';
import type { Sandbox } from '../../src/sandbox/server.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

/** A tiny authenticated client for the sandbox tests: paths are relative to the origin. */
export function clientFor(sandbox: Sandbox, auth: string | null = authorizationHeader(sandbox.auth)) {
  return async function call(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (auth) headers.Authorization = auth;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(sandbox.origin + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
}

/** Follows v2 `_links.next` (relative to the origin) until the end; returns all results and the request count. */
export async function followV2(call: ReturnType<typeof clientFor>, first: string): Promise<{ results: unknown[]; requests: number }> {
  const results: unknown[] = [];
  let next: string | undefined = first;
  let requests = 0;
  while (next && requests < 1000) {
    const answer = await call('GET', next);
    requests++;
    if (answer.status !== 200) throw new Error(`GET ${next} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
    results.push(...answer.json.results);
    next = answer.json._links.next;
  }
  return { results, requests };
}
