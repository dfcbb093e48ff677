import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/server.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { hasShared, sharedPath } from '../support/shared-corpus.js';
import { clientFor } from './client.js';
import { contractCases } from './contract-cases.js';
import { OpenApiDocument } from './openapi-validator.js';

/**
 * Fields live servers send that the official documents lack (reference §A.3, §A.6, §B), and
 * nulls where the documents do not say nullable. The sandbox sends them on purpose, so that
 * clients meet them before they meet a real wiki; every entry must be seen, and nothing else.
 */
const allowedUndocumented: Record<string, string> = {
  'v2 $.currentActiveAlias': 'recorded in spaces.json from a live site (reference §A.3)',
  'v2 $.results[].currentActiveAlias': 'same, in lists',
  'v2 $.version.ncsStepVersion': 'recorded in page-after-create.json (reference §A.3)',
  'v2 $.results[].version.ncsStepVersion': 'same, in lists',
  'v2 $._links.edituiv2': 'recorded in page-after-create.json (reference §A.3)',
  'v2 $.results[]._links.edituiv2': 'same, in lists',
  'v1 $.totalSize': 'CQL search answers carry totalSize, cqlQuery and searchDuration like /rest/api/search (reference §A.5)',
  'v1 $.cqlQuery': 'same',
  'v1 $.searchDuration': 'same',
  'v1 $.results[].metadata.comment': 'attachment metadata (recorded attachment-upload-result.json, reference §A.6)',
  'v1 $.results[].metadata.mediaType': 'same',
  'v1 $.results[].metadata._expandable': 'same',
  'v1 $.children.attachment.results[].metadata.comment': 'same, inside expand=children.attachment',
  'v1 $.children.attachment.results[].metadata.mediaType': 'same',
  'v1 $.children.attachment.results[].metadata._expandable': 'same',
  'v1 $.metadata._expandable': 'content metadata lists what it can expand, as every v1 object does',
  'v1 $._expandable.status': 'Data Center users expand `status` (DC user shape, reference §B)',
  'v1 $.version.by._expandable.status': 'same',
  'v1 $.results[].version.by._expandable.status': 'same',
  'v1 $.history.createdBy._expandable.status': 'same',
};

const allowedNulls: Record<string, string> = {
  'v2 $.parentId': 'null for a root page in live recordings (reference §A.3); the document types it string',
  'v2 $.results[].parentId': 'same, in lists',
  'v2 $.parentType': 'null for a root page (reference §A.3)',
  'v2 $.results[].parentType': 'same',
  'v2 $.description': 'null without description-format in spaces.json (reference §A.3)',
  'v2 $.results[].description': 'same',
  'v2 $.icon': 'null in spaces.json (reference §A.3)',
  'v2 $.results[].icon': 'same',
};

describe.skipIf(!hasShared)('contract: sandbox answers against the official OpenAPI documents', () => {
  let docs: Record<'v1' | 'v2', OpenApiDocument>;
  const sandboxes: Partial<Record<'cloud' | 'dc', Sandbox>> = {};
  const seenUndocumented = new Set<string>();
  const seenNulls = new Set<string>();

  beforeAll(async () => {
    docs = {
      v1: new OpenApiDocument(JSON.parse(readFileSync(sharedPath('reference', 'openapi', 'confluence-cloud-rest-v1.swagger.v3.json'), 'utf8'))),
      v2: new OpenApiDocument(JSON.parse(readFileSync(sharedPath('reference', 'openapi', 'confluence-cloud-rest-v2.openapi-v2.v3.json'), 'utf8'))),
    };
    sandboxes.cloud = await startSandbox({ flavor: 'cloud' });
    sandboxes.dc = await startSandbox({ flavor: 'dc', contextPath: '/confluence' });
  });
  afterAll(async () => {
    await sandboxes.cloud?.close();
    await sandboxes.dc?.close();
  });

  for (const testCase of contractCases) {
    it(`${testCase.flavor ?? 'cloud'} ${testCase.method} ${testCase.path.split('?')[0]} matches ${testCase.doc} ${testCase.operation}`, async () => {
      const sandbox = sandboxes[testCase.flavor ?? 'cloud'] as Sandbox;
      const answer = await clientFor(sandbox)(testCase.method, testCase.path, testCase.body);
      expect(answer.status, answer.text.slice(0, 300)).toBe(200);
      const doc = docs[testCase.doc];
      const result = doc.validate(doc.responseSchema(testCase.operation, testCase.method), answer.json);
      expect(result.errors).toEqual([]);
      const tag = testCase.doc;
      for (const field of result.undocumented) {
        const key = `${tag} ${field}`;
        seenUndocumented.add(key);
        expect(allowedUndocumented, `undocumented field ${key}`).toHaveProperty([key]);
      }
      for (const field of result.undocumentedNulls) {
        const key = `${tag} ${field}`;
        seenNulls.add(key);
        expect(allowedNulls, `null where the document does not allow it: ${key}`).toHaveProperty([key]);
      }
    });
  }

  it('sends every allowed deviation somewhere (the list above is the report, kept honest)', () => {
    expect([...seenUndocumented].sort()).toEqual(Object.keys(allowedUndocumented).sort());
    expect([...seenNulls].sort()).toEqual(Object.keys(allowedNulls).sort());
  });

  it('catches answers that break the documents', async () => {
    const cloud = sandboxes.cloud as Sandbox;
    const call = clientFor(cloud);
    const page = (await call('GET', '/wiki/api/v2/pages/2719745')).json;
    const v2Schema = docs.v2.responseSchema('/pages/{id}', 'GET');
    expect(docs.v2.validate(v2Schema, { ...page, id: 2719745 }).errors).toEqual([{ path: '$.id', message: 'expected a string, got 2719745' }]);
    expect(docs.v2.validate(v2Schema, { ...page, status: 'gone' }).errors[0]?.path).toBe('$.status');
    const space = (await call('GET', '/wiki/rest/api/space/MIN')).json;
    const v1Schema = docs.v1.responseSchema('/wiki/rest/api/space/{spaceKey}', 'GET');
    const { key: _key, ...withoutKey } = space;
    expect(docs.v1.validate(v1Schema, withoutKey).errors).toEqual([{ path: '$', message: "required field 'key' is missing" }]);
    expect(docs.v1.validate(v1Schema, { ...space, id: '98445' }).errors[0]?.path).toBe('$.id');
    const list = (await call('GET', '/wiki/rest/api/content?spaceKey=MIN&expand=version')).json;
    const listSchema = docs.v1.responseSchema('/wiki/rest/api/content', 'GET');
    list.results[2].version.when = 'yesterday';
    expect(docs.v1.validate(listSchema, list).errors).toEqual([{ path: '$.results[2].version.when', message: "'yesterday' is not a date-time" }]);
  });
});
