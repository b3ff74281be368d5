/** Test support for initiatives: an app on the example dataset with people in known places. */
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '@sangkien/shared';
import { importDataset } from '../src/features/datasets/import.service.ts';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from './helpers.ts';
import { createPerson, injectAs, logIn, type Session } from './auth-helpers.ts';
import type { Config } from '../src/config.ts';

/** Inside phase GD1 of the example dataset ([2022-01-01, 2022-06-01) Vietnam time). */
export const IN_GD1 = new Date('2022-03-15T03:00:00Z');

export interface Person {
  session: Session;
  accountId: number;
  memberCode: string | null;
}

export interface InitiativeWorld {
  t: TestApp;
  person(options: { memberOf?: string; roles?: Array<[Role, string]>; name?: string }): Promise<Person>;
  as(
    who: Person | null,
    method: string,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export async function createInitiativeWorld(
  options: { now?: Date; config?: Partial<Config> } = {},
): Promise<InitiativeWorld> {
  const t = await createTestApp({ now: options.now ?? IN_GD1, config: options.config });
  const imported = await importDataset(t.database, EXAMPLE_DATASET);
  if (!imported.ok) throw new Error('example dataset did not import');
  return {
    t,
    async person(o) {
      const p = await createPerson(t.database, { memberOf: o.memberOf, roles: o.roles, name: o.name });
      return { session: await logIn(t.app, p.login), accountId: p.accountId, memberCode: p.memberCode };
    },
    as(who, method, url, payload, headers) {
      return injectAs(t.app, who?.session ?? null, {
        method,
        url,
        ...(payload === undefined ? {} : { payload: payload as object }),
        ...(headers ? { headers } : {}),
      });
    },
  };
}

export const SHORT_FORM = {
  title: 'Cải tiến quy trình vệ sinh máy nén khí',
  problem: 'Máy nén khí phải dừng lâu mỗi lần vệ sinh.',
  solution: 'Lắp van xả nhanh và lập lịch vệ sinh luân phiên.',
  benefit: 'Giảm thời gian dừng máy một nửa.',
};
