import { timingSafeEqual } from 'node:crypto';
import type { Flavor, SandboxAuth } from './types.js';

/** Credentials the sandbox accepts when none are given; printed by `wikiport sandbox`. */
export function defaultAuth(flavor: Flavor): SandboxAuth {
  return flavor === 'dc' ? { pat: 'sandbox-pat' } : { email: 'demo@example.com', token: 'sandbox-token' };
}

/** The Authorization header value a client should send for these credentials. */
export function authorizationHeader(auth: SandboxAuth): string {
  if ('pat' in auth) return `Bearer ${auth.pat}`;
  return `Basic ${Buffer.from(`${auth.email}:${auth.token}`, 'utf8').toString('base64')}`;
}

/** True when the request's Authorization header carries exactly the expected credentials. */
export function isAuthorized(header: string | undefined, expected: SandboxAuth): boolean {
  if (!header) return false;
  return sameText(header.trim(), authorizationHeader(expected));
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
