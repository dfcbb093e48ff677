/**
 * The sandbox answers the wikiport client uses, each paired with the operation of the official
 * OpenAPI document that describes it. `path` is what the test requests (relative to the origin);
 * `operation` is the document's path template.
 */

export interface ContractCase {
  doc: 'v1' | 'v2';
  method: 'GET' | 'POST' | 'PUT';
  operation: string;
  path: string;
  body?: unknown;
  flavor?: 'cloud' | 'dc';
}

const c = '/wiki/rest/api';
const expandAll = 'expand=body.storage,version,ancestors,space,history,metadata.labels,children.attachment,container';

export const contractCases: ContractCase[] = [
  // REST v2 (Cloud)
  { doc: 'v2', method: 'GET', operation: '/spaces', path: '/wiki/api/v2/spaces?keys=MIN' },
  { doc: 'v2', method: 'GET', operation: '/spaces/{id}', path: '/wiki/api/v2/spaces/98445' },
  { doc: 'v2', method: 'GET', operation: '/spaces/{id}/pages', path: '/wiki/api/v2/spaces/98445/pages?limit=5&body-format=storage' },
  { doc: 'v2', method: 'GET', operation: '/spaces/{id}/pages', path: '/wiki/api/v2/spaces/98445/pages?depth=root' },
  { doc: 'v2', method: 'GET', operation: '/pages', path: '/wiki/api/v2/pages?id=2719745,2719809&body-format=storage' },
  { doc: 'v2', method: 'GET', operation: '/pages/{id}', path: '/wiki/api/v2/pages/2719809?body-format=storage' },
  { doc: 'v2', method: 'GET', operation: '/pages/{id}', path: '/wiki/api/v2/pages/2719809?version=1&body-format=storage&include-labels=true' },
  { doc: 'v2', method: 'GET', operation: '/pages/{id}', path: '/wiki/api/v2/pages/2719745' },
  { doc: 'v2', method: 'GET', operation: '/pages/{id}', path: '/wiki/api/v2/pages/2719777?body-format=view' },
  { doc: 'v2', method: 'GET', operation: '/pages', path: '/wiki/api/v2/pages?space-id=98445&title=Projects&limit=5' },
  { doc: 'v2', method: 'GET', operation: '/pages/{id}/children', path: '/wiki/api/v2/pages/2719761/children?limit=3' },
  { doc: 'v2', method: 'GET', operation: '/pages/{id}/versions', path: '/wiki/api/v2/pages/2719809/versions?body-format=storage' },
  { doc: 'v2', method: 'GET', operation: '/pages/{page-id}/versions/{version-number}', path: '/wiki/api/v2/pages/2719809/versions/2' },
  { doc: 'v2', method: 'GET', operation: '/pages/{id}/attachments', path: '/wiki/api/v2/pages/2719921/attachments' },
  { doc: 'v2', method: 'GET', operation: '/pages/{id}/labels', path: '/wiki/api/v2/pages/2719825/labels' },
  {
    doc: 'v2',
    method: 'POST',
    operation: '/pages',
    path: '/wiki/api/v2/pages',
    body: { spaceId: '98445', status: 'current', title: 'Contract test page', parentId: '2719873', body: { representation: 'storage', value: '<p>x</p>' } },
  },
  {
    doc: 'v2',
    method: 'PUT',
    operation: '/pages/{id}',
    path: '/wiki/api/v2/pages/2719905',
    body: { id: '2719905', status: 'current', title: 'Project Beacon: spring summit', body: { representation: 'storage', value: '<p>y</p>' }, version: { number: 2, message: 'contract' } },
  },
  // REST v1 (Cloud)
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content', path: `${c}/content?spaceKey=MIN&type=page&limit=5&expand=body.storage,version,ancestors,space` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content', path: `${c}/content?spaceKey=MIN&limit=3` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content/{id}', path: `${c}/content/2719809` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content/{id}', path: `${c}/content/2719921?${expandAll}` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content/{id}', path: `${c}/content/2719809?version=1&expand=body.storage,version,history.lastUpdated` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content', path: `${c}/content?spaceKey=MIN&title=Projects&type=page&expand=version,ancestors,space` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content/{id}', path: `${c}/content/2719825?expand=version,ancestors,space,body.storage,metadata.labels` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content/{id}/child/{type}', path: `${c}/content/2719761/child/page?limit=2&expand=body.storage,version` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content/{id}/descendant/{type}', path: `${c}/content/2719745/descendant/page?limit=4&expand=version,ancestors` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content/search', path: `${c}/content/search?cql=${encodeURIComponent('space = MIN and label = minutes order by created')}&limit=2&expand=body.storage,version,ancestors,space` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content/{id}/child/attachment', path: `${c}/content/2719921/child/attachment` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/content/{id}/label', path: `${c}/content/2719825/label` },
  { doc: 'v1', method: 'POST', operation: '/wiki/rest/api/content/{id}/label', path: `${c}/content/2719825/label`, body: [{ prefix: 'global', name: 'contract' }] },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/user', path: `${c}/user?accountId=${encodeURIComponent('557058:0c7e9f12-3d4b-4a8e-b2f6-91e3a5d7c820')}` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/user/current', path: `${c}/user/current` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/space/{spaceKey}', path: `${c}/space/MIN?expand=description.plain,homepage` },
  { doc: 'v1', method: 'GET', operation: '/wiki/rest/api/space', path: `${c}/space` },
  {
    doc: 'v1',
    method: 'POST',
    operation: '/wiki/rest/api/content',
    path: `${c}/content`,
    body: { type: 'page', title: 'Contract v1 page', space: { key: 'MIN' }, ancestors: [{ id: '2719873' }], body: { storage: { value: '<p>v1</p>', representation: 'storage' } } },
  },
  {
    doc: 'v1',
    method: 'PUT',
    operation: '/wiki/rest/api/content/{id}',
    path: `${c}/content/2719889`,
    body: { type: 'page', title: 'Project Atlas: CI runners', body: { storage: { value: '<p>v1 edit</p>', representation: 'storage' } }, version: { number: 3 } },
  },
  // Data Center, checked against the Cloud v1 document (no DC document is published with the reference)
  { doc: 'v1', flavor: 'dc', method: 'GET', operation: '/wiki/rest/api/content', path: `/confluence/rest/api/content?spaceKey=MIN&limit=3&expand=body.storage,version,ancestors,space` },
  { doc: 'v1', flavor: 'dc', method: 'GET', operation: '/wiki/rest/api/content/{id}', path: '/confluence/rest/api/content/2719809' },
  { doc: 'v1', flavor: 'dc', method: 'GET', operation: '/wiki/rest/api/content/{id}/child/attachment', path: '/confluence/rest/api/content/2719761/child/attachment' },
  { doc: 'v1', flavor: 'dc', method: 'GET', operation: '/wiki/rest/api/space/{spaceKey}', path: '/confluence/rest/api/space/MIN?expand=homepage' },
  { doc: 'v1', flavor: 'dc', method: 'GET', operation: '/wiki/rest/api/user', path: '/confluence/rest/api/user?key=2c9d802a8067b72f018067b8b7d40002' },
  { doc: 'v1', flavor: 'dc', method: 'GET', operation: '/wiki/rest/api/content/search', path: `/confluence/rest/api/content/search?cql=${encodeURIComponent('ancestor = 2719761')}&limit=2` },
];
