/** Test support for initiatives: an app on the example dataset with people in known places. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '@sangkien/shared';
import { importDataset } from '../src/features/datasets/import.service.ts';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from './helpers.ts';
import { createPerson, injectAs, logIn, type Session } from './auth-helpers.ts';
import type { Config } from '../src/config.ts';

/** Inside phase GD1 of the example dataset ([2022-01-01, 2022-06-01) Vietnam time). */
export const IN_GD1 = new Date('2022-03-15T03:00:00Z');

export interface Person {
  login: string;
  session: Session;
  accountId: number;
  memberCode: string | null;
}

export interface InitiativeWorld {
  t: TestApp;
  person(options: { memberOf?: string; roles?: Array<[Role, string]>; name?: string }): Promise<Person>;
  /** Moves the clock and signs everyone in again (sessions expire as time moves on). */
  setNow(now: Date, people: Person[]): Promise<void>;
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
  // Attachments go to a throwaway folder, not the working copy's ./data.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sk-files-'));
  const t = await createTestApp({ now: options.now ?? IN_GD1, config: { dataDir, ...options.config } });
  const imported = await importDataset(t.database, EXAMPLE_DATASET);
  if (!imported.ok) throw new Error('example dataset did not import');
  return {
    t,
    async person(o) {
      const p = await createPerson(t.database, { memberOf: o.memberOf, roles: o.roles, name: o.name });
      return { login: p.login, session: await logIn(t.app, p.login), accountId: p.accountId, memberCode: p.memberCode };
    },
    async setNow(now, people) {
      t.setNow(now);
      for (const p of people) p.session = await logIn(t.app, p.login);
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
