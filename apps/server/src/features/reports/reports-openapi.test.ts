import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers.ts';

describe('OpenAPI document of the report routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('describes the report, its settings and the commendation lists with their parameters', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths as Record<
      string,
      Record<string, { parameters?: Array<{ name: string; schema: unknown }> }>
    >;
    const params = (path: string) =>
      Object.fromEntries((paths[path]!.get!.parameters ?? []).map((p) => [p.name, p.schema]));
    expect(params('/api/v1/reports/{unit}/{phase}')).toMatchObject({
      format: { enum: ['json', 'xlsx', 'docx'] },
      as_of: { type: 'string' },
    });
    expect(Object.keys(paths['/api/v1/units/{code}/report-settings']!).sort()).toEqual(['get', 'put']);
    expect(Object.keys(params('/api/v1/units/{code}/commendations')).sort()).toEqual([
      'code',
      'criteria',
      'format',
      'limit',
      'phase',
    ]);
  });
});
