import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/server.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { clientFor } from './client.js';

let sandbox: Sandbox;
let call: ReturnType<typeof clientFor>;
const api = '/confluence/rest/api';

beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'dc', contextPath: '/confluence', auth: { pat: 'test-pat-123' } });
  call = clientFor(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

describe('Data Center flavour', () => {
  it('serves v1 under the context path with a bearer PAT', async () => {
    expect(sandbox.baseUrl).toBe(`${sandbox.origin}/confluence`);
    const answer = await call('GET', `${api}/content?spaceKey=MIN&limit=2`);
    expect(answer.status).toBe(200);
    expect(answer.json._links).toMatchObject({ base: `${sandbox.origin}/confluence`, context: '/confluence' });
    expect(answer.json._links.next).toBe('/rest/api/content?spaceKey=MIN&limit=2&start=2');
    expect(answer.json.results[0]._links.webui).toBe('/display/MIN/Meeting+Minutes+Home');
  });

  it('has no v2 and nothing outside the context path', async () => {
    expect((await call('GET', '/wiki/api/v2/spaces')).status).toBe(404);
    expect((await call('GET', '/confluence/api/v2/spaces')).status).toBe(404);
    expect((await call('GET', '/rest/api/content')).status).toBe(404);
    expect((await call('GET', '/wiki/rest/api/content')).status).toBe(404);
  });

  it('answers bad credentials with the HTML 401 page', async () => {
    for (const auth of [null, 'Bearer wrong', `Basic ${Buffer.from('admin:admin').toString('base64')}`]) {
      const answer = await clientFor(sandbox, auth)('GET', `${api}/space/MIN`);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toContain('text/html');
      expect(answer.text).toContain('Basic Authentication Failure - Reason : AUTHENTICATED_FAILED');
    }
  });

  it('stores mentions as ri:userkey and resolves users by key and username', async () => {
    const page = await call('GET', `${api}/content/2719777?expand=body.storage,version`);
    const body: string = page.json.body.storage.value;
    expect(body).toContain('<ri:user ri:userkey="2c9d802a8067b72f018067b8b7d40002" />');
    expect(body).not.toContain('ri:account-id');
    expect(page.json.version.by).toMatchObject({ type: 'known', username: 'tnovak', userKey: '2c9d802a8067b72f018067b8b7d40002' });
    expect(page.json.version.by.accountId).toBeUndefined();
    expect(page.json.version.when).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0100$/);
    const byKey = await call('GET', `${api}/user?key=2c9d802a8067b72f018067b8c9e50003`);
    expect(byKey.json).toMatchObject({ username: 'gokafor', displayName: 'Grace Okafor' });
    const byName = await call('GET', `${api}/user?username=gokafor`);
    expect(byName.json.userKey).toBe('2c9d802a8067b72f018067b8c9e50003');
  });

  it('checks versions on update with the v1 409 envelope', async () => {
    const stale = await call('PUT', `${api}/content/2719793`, { type: 'page', title: '2024-02-22 Steering Committee Meeting', version: { number: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.json.message).toContain('Current version is: 1');
    const ok = await call('PUT', `${api}/content/2719793`, { type: 'page', title: '2024-02-22 Steering Committee Meeting', version: { number: 2 } });
    expect(ok.status).toBe(200);
    expect(ok.json.version.number).toBe(2);
  });

  it('downloads attachments under the context path', async () => {
    const file = await call('GET', '/confluence/download/attachments/2719921/recording-settings.png');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
  });
});
