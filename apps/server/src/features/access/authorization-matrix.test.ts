/**
 * The authorization matrix: every endpoint, called by an admin, reviewer, supporter and viewer of
 * the target unit itself, of its parent, of a sibling and of a child, by a plain member (where
 * members can belong: grassroots units) and anonymously; the table and the expected statuses are
 * in authorization-matrix.endpoints.ts.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { createPerson, injectAs, logIn, type Session } from '../../../test/auth-helpers.ts';
import { members, roleGrants, units } from '../../db/schema/index.ts';
import { importDataset } from '../datasets/import.service.ts';
import {
  ENDPOINTS,
  expectedStatus,
  GRASSROOTS,
  label,
  ROLES,
  subjectsFor,
  type Context,
} from './authorization-matrix.endpoints.ts';
import { councilMatrixContext } from './authorization-matrix.councils.ts';

describe('authorization matrix', () => {
  let t: TestApp;
  const sessions = new Map<string, Session>();
  let dummyAccount = 0;
  const context: Context = {
    ...councilMatrixContext(() => t.database),
    throwawayGrant: async (unitCode) => {
      const [unit] = await t.database.db.select().from(units).where(eq(units.code, unitCode));
      const [grant] = await t.database.db
        .insert(roleGrants)
        .values({ accountId: dummyAccount, unitId: unit!.id, role: 'council' })
        .onConflictDoUpdate({
          target: [roleGrants.accountId, roleGrants.unitId, roleGrants.role],
          set: { role: 'council' },
        })
        .returning();
      return grant!.id;
    },
  };

  beforeAll(async () => {
    t = await createTestApp();
    await importDataset(t.database, EXAMPLE_DATASET);
    for (const unit of ['TM', 'TMH1', 'TMH2', 'TMH1C0001', 'TMH1C0002']) {
      for (const role of ROLES) {
        sessions.set(
          `${role}@${unit}`,
          await logIn(t.app, (await createPerson(t.database, { roles: [[role, unit]] })).login),
        );
      }
      if (GRASSROOTS.has(unit)) {
        sessions.set(`member@${unit}`, await logIn(t.app, (await createPerson(t.database, { memberOf: unit })).login));
      }
    }
    dummyAccount = (await createPerson(t.database)).accountId;
    const resettable = await createPerson(t.database, { memberOf: 'TMH1C0001' });
    // The password-reset row acts on a member (with an account) under a known code.
    await t.database.db.update(members).set({ code: 'MT-RESET' }).where(eq(members.code, resettable.memberCode!));
  });
  afterAll(() => t.close());

  const cells = ENDPOINTS.flatMap((endpoint) =>
    endpoint.targets.flatMap((target) =>
      subjectsFor(target).map((subject) => ({
        endpoint,
        target,
        subject,
        expected: expectedStatus(endpoint.rule, subject, target, endpoint.ok(target)),
      })),
    ),
  );

  it('covers every cell it should', () => {
    expect(cells.length).toBeGreaterThan(500);
  });

  it.each(cells.map((c) => [`${c.endpoint.name.replace('{u}', c.target)} as ${label(c.subject)} → ${c.expected}`, c]))(
    '%s',
    async (_name, cell) => {
      const request = await cell.endpoint.request(cell.target, context);
      const session = cell.subject ? sessions.get(`${cell.subject.who}@${cell.subject.unit}`)! : null;
      const response = await injectAs(t.app, session, request as Parameters<typeof injectAs>[2]);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(cell.expected);
    },
  );
});
