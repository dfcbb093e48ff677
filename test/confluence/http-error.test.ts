import { describe, expect, it } from 'vitest';
import { errorForStatus, serverReason } from '../../src/confluence/http-error.js';

describe('the reason an HTML error page gives', () => {
  const page = [
    '<!DOCTYPE html><html><head><title>Unauthorized</title>',
    `<style>${'body{color:red}'.repeat(50)}</style>`,
    '<script>var token = "Basic ZGVtbzpzZWNyZXQ=";</script><!-- build 1234 --></head>',
    '<body><h1>Basic authentication failed</h1><p>Your session &amp; token have expired.</p></body></html>',
  ].join('');

  it('is its visible text: no style sheet, script or comment', () => {
    expect(serverReason(page)).toBe('Unauthorized Basic authentication failed Your session & token have expired.');
    expect(errorForStatus(401, 'GET /wiki/api/v2/spaces', page).message).not.toMatch(/color:red|ZGVtbz|build 1234/);
  });
});
