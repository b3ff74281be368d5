/**
 * Matrix rows of councils, nominations, awards and the showcase, and the fixtures they need
 * (a council with a review on the target unit, a nomination to it, a showcased initiative).
 * Nobody in the matrix sits on a council, so scoring is refused to all who may see it.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { councilReviews, councils, initiatives, nominations, units } from '../../db/schema/index.ts';
import type { Endpoint, Target } from './authorization-matrix.endpoints.ts';

export interface CouncilMatrixContext {
  /** A fresh council of the unit with SK000001 before it (closed and recognised when asked). */
  councilReview(unitCode: string, closed: boolean): Promise<{ council: number; review: number }>;
  /** A nomination of SK000001 to the unit. */
  nomination(toUnitCode: string): Promise<number>;
  /** Puts a valid public initiative in the showcase. */
  publish(code: string): Promise<void>;
}

export function councilMatrixContext(database: () => Database): CouncilMatrixContext {
  const unitId = async (code: string) => (await database().db.select().from(units).where(eq(units.code, code)))[0]!.id;
  const initiativeId = async (code: string) =>
    (await database().db.select().from(initiatives).where(eq(initiatives.code, code)))[0]!.id;
  return {
    councilReview: async (unitCode, closed) => {
      const db = database().db;
      const criteria = [{ key: 'novelty', label: 'Tính mới', max_points: 100 }];
      const [council] = await db
        .insert(councils)
        .values({ unitId: await unitId(unitCode), name: 'Hội đồng ma trận', criteria })
        .returning();
      const [review] = await db
        .insert(councilReviews)
        .values({
          councilId: council!.id,
          initiativeId: await initiativeId('SK000001'),
          ...(closed ? { closedAt: new Date(), eligibleAccountIds: [], recognised: true } : {}),
        })
        .returning();
      return { council: council!.id, review: review!.id };
    },
    nomination: async (toUnitCode) => {
      const [row] = await database()
        .db.insert(nominations)
        .values({
          initiativeId: await initiativeId('SK000001'),
          fromUnitId: await unitId('TMH1C0001'),
          toUnitId: await unitId(toUnitCode),
          level: 'district',
        })
        .onConflictDoUpdate({ target: [nominations.initiativeId, nominations.toUnitId], set: { status: 'nominated' } })
        .returning();
      return row!.id;
    },
    publish: async (code) => {
      await database().db.update(initiatives).set({ showcaseConsent: true }).where(eq(initiatives.code, code));
    },
  };
}

const both: Target[] = ['TMH1', 'TMH1C0001'];
const get = (url: string) => async () => ({ method: 'GET', url });

export const COUNCIL_ENDPOINTS: Endpoint[] = [
  {
    name: 'GET /units/{u}/councils',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/councils` }),
  },
  {
    name: 'POST /units/{u}/councils',
    rule: 'admin',
    targets: both,
    // Past authorization: the member named has no account.
    ok: () => 422,
    request: async (u) => ({
      method: 'POST',
      url: `/api/v1/units/${u}/councils`,
      payload: { name: 'Hội đồng', members: [{ position: 'chair', login: '0912000999' }] },
    }),
  },
  {
    name: 'GET /councils/{id of u}',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u, c) => ({ method: 'GET', url: `/api/v1/councils/${(await c.councilReview!(u, false)).council}` }),
  },
  {
    name: 'GET /councils/{id of u}/reviews',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u, c) => ({
      method: 'GET',
      url: `/api/v1/councils/${(await c.councilReview!(u, false)).council}/reviews`,
    }),
  },
  {
    name: 'POST /councils/{id of u}/reviews',
    rule: 'admin',
    targets: both,
    // Past authorization: SK000003 is still in review.
    ok: () => 422,
    request: async (u, c) => ({
      method: 'POST',
      url: `/api/v1/councils/${(await c.councilReview!(u, false)).council}/reviews`,
      payload: { initiative_code: 'SK000003' },
    }),
  },
  {
    name: 'PUT /councils/{id of u}/reviews/{r}/score',
    rule: 'council_seat',
    targets: both,
    ok: () => 200,
    request: async (u, c) => {
      const { council, review } = await c.councilReview!(u, false);
      return {
        method: 'PUT',
        url: `/api/v1/councils/${council}/reviews/${review}/score`,
        payload: { points: { novelty: 50 }, recognise: true },
      };
    },
  },
  {
    name: 'POST /councils/{id of u}/reviews/{r}/close',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u, c) => {
      const { council, review } = await c.councilReview!(u, false);
      return { method: 'POST', url: `/api/v1/councils/${council}/reviews/${review}/close`, payload: {} };
    },
  },
  ...(['minutes', 'certificate'] as const).map((document): Endpoint => ({
    name: `GET /councils/{id of u}/reviews/{r}/${document}.docx`,
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u, c) => {
      const { council, review } = await c.councilReview!(u, true);
      return { method: 'GET', url: `/api/v1/councils/${council}/reviews/${review}/${document}.docx` };
    },
  })),
  {
    name: 'GET /units/{u}/nominations',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/nominations` }),
  },
  {
    name: 'POST /units/{u}/nominations',
    rule: 'admin',
    targets: both,
    // Past authorization: SK000003 is not recognised.
    ok: () => 422,
    request: async (u) => ({
      method: 'POST',
      url: `/api/v1/units/${u}/nominations`,
      payload: { initiative_code: 'SK000003' },
    }),
  },
  {
    name: 'POST /nominations/{id to u}/decision',
    rule: 'admin',
    targets: both,
    ok: () => 200,
    request: async (u, c) => ({
      method: 'POST',
      url: `/api/v1/nominations/${await c.nomination!(u)}/decision`,
      payload: { status: 'not_selected' },
    }),
  },
  {
    name: 'GET /units/{u}/awards',
    rule: 'see',
    targets: both,
    ok: () => 200,
    request: async (u) => ({ method: 'GET', url: `/api/v1/units/${u}/awards` }),
  },
  {
    name: 'POST /units/{u}/awards',
    rule: 'admin',
    targets: both,
    ok: () => 201,
    request: async (u) => ({
      method: 'POST',
      url: `/api/v1/units/${u}/awards`,
      payload: { kind: 'giay_khen', decision_number: '1/QĐ', decided_on: '2022-06-01', unit_code: u, phase: 'GD1' },
    }),
  },
  { name: 'GET /showcase', rule: 'public', targets: ['TMH1'], ok: () => 200, request: get('/api/v1/showcase') },
  ...['', '/preview.png'].map((suffix): Endpoint => ({
    name: `GET /showcase/{code}${suffix}`,
    rule: 'public',
    targets: ['TMH1'],
    ok: () => 200,
    request: async (_u, c) => {
      await c.publish!('SK000001');
      return { method: 'GET', url: `/api/v1/showcase/SK000001${suffix}` };
    },
  })),
];
