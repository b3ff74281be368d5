/**
 * The bench scenarios: what each sends, whether the app has the endpoint (read from its OpenAPI
 * document, so a scenario whose endpoint is not built yet says "not available" instead of a
 * number), and which floor it is compared with.
 */
import { randomUUID } from 'node:crypto';
import type { BenchMember, BenchOfficer } from './fixtures.ts';
import type { LoadRequest } from './load.ts';

export interface ScenarioContext {
  members: BenchMember[];
  officer: BenchOfficer;
  rootCode: string;
  phaseCode: string;
  /** "METHOD /path" pairs of the app's OpenAPI document. */
  operations: Set<string>;
}

export interface Scenario {
  name: string;
  /** The operation it needs, as "METHOD /api/v1/…" in OpenAPI form. */
  needs: string;
  floor: 'submit' | 'read';
  connections: number;
  request(context: ScenarioContext): LoadRequest;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let submitted = 0;
export function shortForm(): string {
  submitted++;
  return JSON.stringify({
    title: `Cải tiến quy trình đóng gói số ${submitted}`,
    problem: 'Khâu đóng gói chậm, hay sai quy cách.',
    solution: 'Dùng khuôn gấp và bảng kiểm ở đầu chuyền.',
    benefit: 'Nhanh gấp đôi, giảm hàng trả lại.',
    submit: true,
  });
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'submit (short form, API token, Idempotency-Key)',
    needs: 'POST /api/v1/initiatives',
    floor: 'submit',
    connections: 20,
    request: (c) => ({
      method: 'POST',
      path: '/api/v1/initiatives',
      headers: { ...bearer(pick(c.members).token), 'idempotency-key': randomUUID() },
      body: shortForm(),
    }),
  },
  {
    name: 'ranking (children of the root)',
    needs: 'GET /api/v1/units/{code}/ranking',
    floor: 'read',
    connections: 20,
    request: (c) => ({
      method: 'GET',
      path: `/api/v1/units/${c.rootCode}/ranking?phase=${c.phaseCode}&by=submissions`,
      headers: bearer(c.officer.token),
    }),
  },
  {
    name: 'live counter',
    needs: 'GET /api/v1/stats/live',
    floor: 'read',
    connections: 20,
    request: () => ({ method: 'GET', path: '/api/v1/stats/live' }),
  },
  {
    name: "member's own initiatives",
    needs: 'GET /api/v1/initiatives',
    floor: 'read',
    connections: 20,
    request: (c) => ({ method: 'GET', path: '/api/v1/initiatives?mine=1', headers: bearer(pick(c.members).token) }),
  },
  {
    name: 'reviewer queue (a province)',
    needs: 'GET /api/v1/reviews/queue',
    floor: 'read',
    connections: 10,
    request: (c) => ({
      method: 'GET',
      path: `/api/v1/reviews/queue?unit=${c.officer.provinceCode}`,
      headers: bearer(c.officer.token),
    }),
  },
  {
    name: 'province report (JSON)',
    needs: 'GET /api/v1/reports/{unit}/{phase}',
    floor: 'read',
    connections: 4,
    request: (c) => ({
      method: 'GET',
      path: `/api/v1/reports/${c.officer.provinceCode}/${c.phaseCode}`,
      headers: bearer(c.officer.token),
    }),
  },
];

export async function openApiOperations(baseUrl: string): Promise<Set<string>> {
  const document = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const operations = new Set<string>();
  for (const [p, methods] of Object.entries(document.paths)) {
    for (const method of Object.keys(methods)) operations.add(`${method.toUpperCase()} ${p}`);
  }
  return operations;
}
