import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers.ts';

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('documents every API operation with tags and a summary', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(
      document.paths as Record<string, Record<string, { tags?: string[]; summary?: string }>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ at: `${method.toUpperCase()} ${path}`, operation })),
    );
    const undocumented = operations
      .filter(({ operation }) => !operation.tags?.length || !operation.summary)
      .map((o) => o.at);
    expect(undocumented).toEqual([]);
    const paths = operations.map((o) => o.at);
    for (const expected of [
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/register',
      'GET /api/v1/me',
      'POST /api/v1/units/{code}/roles',
      'POST /api/v1/units/{code}/merge',
      'POST /api/v1/units/{code}/members/import',
      'GET /api/v1/audit',
      'GET /api/v1/auth/oidc/{provider}/start',
    ]) {
      expect(paths).toContain(expected);
    }
  });
});
