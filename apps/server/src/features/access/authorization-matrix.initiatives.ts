/** The authorization matrix's rows for initiatives, reviews and notifications. */
import type { Endpoint, Target } from './authorization-matrix.endpoints.ts';

const both: Target[] = ['TMH1', 'TMH1C0001'];
const grassrootsOnly: Target[] = ['TMH1C0001'];
const get = (url: string) => async () => ({ method: 'GET', url });

export const INITIATIVE_ENDPOINTS: Endpoint[] = [
  // Initiatives: SK000001 (valid, public) and SK000002 (confidential) of TMH1C0001 in the example.
  { name: 'GET /phases/open', rule: 'public', targets: ['TMH1'], ok: () => 200, request: get('/api/v1/phases/open') },
  {
    name: 'GET /initiatives?unit={u}',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/initiatives?unit=${u}&q=may` }),
  },
  {
    name: 'POST /initiatives (on behalf of a member of {u})',
    rule: 'on_behalf',
    targets: grassrootsOnly,
    ok: () => 201,
    request: async () => ({
      method: 'POST',
      url: '/api/v1/initiatives',
      payload: { title: 'Nháp ma trận', author_codes: ['DV000001'], submit: false },
    }),
  },
  {
    name: 'GET /initiatives/{i}',
    rule: 'see_initiative',
    targets: grassrootsOnly,
    ok: () => 200,
    request: get('/api/v1/initiatives/SK000001'),
  },
  {
    name: 'GET /initiatives/{confidential i}',
    rule: 'see_confidential',
    targets: grassrootsOnly,
    ok: () => 200,
    request: get('/api/v1/initiatives/SK000002'),
  },
  {
    name: 'POST /initiatives/{i}/transitions',
    rule: 'decide',
    targets: grassrootsOnly,
    ok: () => 422,
    request: async () => ({
      method: 'POST',
      url: '/api/v1/initiatives/SK000001/transitions',
      payload: { to: 'invalid', reason: 'Ma trận' },
    }),
  },
  {
    name: 'PATCH /initiatives/{i}',
    rule: 'edit_initiative',
    targets: grassrootsOnly,
    ok: () => 422,
    request: async () => ({ method: 'PATCH', url: '/api/v1/initiatives/SK000001', payload: { title: 'Sửa' } }),
  },
  {
    name: 'POST /initiatives/{i}/attachments',
    rule: 'edit_initiative',
    targets: grassrootsOnly,
    ok: () => 422,
    request: async () => ({
      method: 'POST',
      url: '/api/v1/initiatives/SK000001/attachments',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      payload: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n--b--\r\n',
    }),
  },
  {
    name: 'DELETE /initiatives/{i}/attachments/{id}',
    rule: 'see_initiative',
    targets: grassrootsOnly,
    ok: () => 404,
    request: async () => ({ method: 'DELETE', url: '/api/v1/initiatives/SK000001/attachments/999999' }),
  },
  {
    name: 'GET /reviews/queue?unit={u}',
    rule: 'review',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/reviews/queue?unit=${u}` }),
  },
  {
    name: 'POST /reviews/decisions',
    rule: 'any_reviewer',
    targets: grassrootsOnly,
    ok: () => 200,
    request: async () => ({
      method: 'POST',
      url: '/api/v1/reviews/decisions',
      payload: { codes: ['SK000001'], to: 'invalid', reason: 'Ma trận' },
    }),
  },
  {
    name: 'GET /units/{u}/reason-templates',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/reason-templates` }),
  },
  {
    name: 'POST /units/{u}/reason-templates',
    rule: 'review_manage',
    targets: both,
    ok: () => 201,
    request: async (u) => ({
      method: 'POST',
      url: `/api/v1/units/${u}/reason-templates`,
      payload: { to: 'invalid', text: 'Lý do mẫu ma trận' },
    }),
  },
  {
    name: 'DELETE /units/{u}/reason-templates/{id}',
    rule: 'review_manage',
    targets: both,
    ok: () => 404,
    request: async (u) => ({ method: 'DELETE', url: `/api/v1/units/${u}/reason-templates/999999` }),
  },
  {
    name: 'GET /notifications',
    rule: 'signed_in',
    targets: ['TMH1'],
    ok: () => 200,
    request: get('/api/v1/notifications'),
  },
  {
    name: 'POST /notifications/read',
    rule: 'signed_in',
    targets: ['TMH1'],
    ok: () => 200,
    request: async () => ({ method: 'POST', url: '/api/v1/notifications/read', payload: { all: true } }),
  },
  {
    name: 'GET /initiatives/{i}/request-form.docx',
    rule: 'see_initiative',
    targets: grassrootsOnly,
    ok: () => 200,
    request: get('/api/v1/initiatives/SK000001/request-form.docx'),
  },
  {
    name: 'GET /members/search',
    rule: 'any_supporter',
    targets: grassrootsOnly,
    ok: () => 200,
    request: get('/api/v1/members/search?q=khanh'),
  },
];
