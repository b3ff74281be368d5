import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { createPerson, injectAs, logIn, type Session, type TestPerson } from '../../../test/auth-helpers.ts';
import { paragraphs, readDocx, tables } from '../../../test/docx-xml.ts';
import { accounts, initiatives, members } from '../../db/schema/index.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('councils: forming, independent scoring, the 2/3 decision and its documents', () => {
  let t: TestApp;
  let admin: Session;
  let chair: TestPerson;
  let secretary: TestPerson;
  let expert: TestPerson;
  let author: TestPerson;
  const sessions: Record<string, Session> = {};
  let councilId = 0;
  let reviewId = 0;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2022-04-01T09:00:00+07:00') });
    await importDataset(t.database, EXAMPLE_DATASET);
    admin = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH1']] })).login);
    chair = await createPerson(t.database, { name: 'Nguyễn Văn Chủ Tịch', roles: [['council', 'TMH1']] });
    secretary = await createPerson(t.database, { name: 'Trần Thị Thư Ký', memberOf: 'TMH1C0002' });
    expert = await createPerson(t.database, { name: 'Lê Chuyên Gia', roles: [['council', 'TM']] });
    // The author of SK000001 (DV000001) sits on the council too: recused from it.
    author = await createPerson(t.database, { name: 'Đặng Thị Khánh' });
    const [dv1] = await t.database.db.select().from(members).where(eq(members.code, 'DV000001'));
    await t.database.db.update(accounts).set({ memberId: dv1!.id }).where(eq(accounts.id, author.accountId));
    await t.database.db
      .insert((await import('../../db/schema/index.ts')).roleGrants)
      .values({ accountId: author.accountId, unitId: dv1!.unitId, role: 'council' });
    for (const [key, person] of Object.entries({ chair, secretary, expert, author })) {
      sessions[key] = await logIn(t.app, person.login);
    }
  });
  afterAll(() => t.close());

  const seats = () => [
    { position: 'chair', login: chair.login },
    { position: 'secretary', member_code: secretary.memberCode },
    { position: 'expert', login: expert.login },
    { position: 'union_representative', login: author.login },
  ];

  it('refuses a member without the council role unless the admin grants it while forming', async () => {
    const refused = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/v1/units/TMH1/councils',
      payload: { name: 'Hội đồng sáng kiến huyện', members: seats() },
    });
    expect(refused.statusCode).toBe(422);
    expect(Object.keys(refused.json().error.fields)).toEqual(['members.1']);

    const formed = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/v1/units/TMH1/councils',
      payload: { name: 'Hội đồng sáng kiến huyện', programme_code: 'CT1', members: seats(), grant_roles: true },
    });
    expect(formed.statusCode).toBe(201);
    councilId = formed.json().id;
    expect(formed.json()).toMatchObject({
      programme: { code: 'CT1' },
      max_total: 100,
      criteria: [{ key: 'novelty' }, { key: 'applicability' }, { key: 'benefit' }],
      is_member: false,
    });
    expect(formed.json().members.map((m: { position_label: string }) => m.position_label)).toEqual([
      'Chủ tịch Hội đồng',
      'Thư ký Hội đồng',
      'Ủy viên chuyên gia',
      'Ủy viên đại diện công đoàn',
    ]);
    // The secretary now holds the council role on the district and sees the council.
    sessions.secretary = await logIn(t.app, secretary.login);
    const seen = await injectAs(t.app, sessions.secretary, { method: 'GET', url: `/api/v1/councils/${councilId}` });
    expect(seen.json()).toMatchObject({ is_member: true });
  });

  it('hides the council from a council member of a sibling unit (404) and refuses a reviewer (403)', async () => {
    const sibling = await logIn(t.app, (await createPerson(t.database, { roles: [['council', 'TMH2']] })).login);
    expect((await injectAs(t.app, sibling, { method: 'GET', url: `/api/v1/councils/${councilId}` })).statusCode).toBe(
      404,
    );
    expect(
      (await injectAs(t.app, sibling, { method: 'GET', url: `/api/v1/councils/${councilId}/reviews` })).statusCode,
    ).toBe(404);
    const reviewer = await logIn(t.app, (await createPerson(t.database, { roles: [['reviewer', 'TMH1']] })).login);
    expect((await injectAs(t.app, reviewer, { method: 'GET', url: `/api/v1/councils/${councilId}` })).statusCode).toBe(
      403,
    );
  });

  it('puts only valid initiatives of its subtree before the council, once', async () => {
    const open = (code: string) =>
      injectAs(t.app, sessions.chair!, {
        method: 'POST',
        url: `/api/v1/councils/${councilId}/reviews`,
        payload: { initiative_code: code },
      });
    expect((await open('SK000003')).statusCode).toBe(422);
    expect((await open('SK000014')).statusCode).toBe(404);
    const opened = await open('SK000001');
    expect(opened.statusCode).toBe(201);
    reviewId = opened.json().id;
    expect(opened.json()).toMatchObject({
      eligible: 3,
      votes_needed: 2,
      recused: [{ display_name: 'Đặng Thị Khánh' }],
      overdue: false,
      sheets: null,
    });
    expect(opened.json().deadline).toMatch(/^2022-05-24T00:00:00\+07:00$/);
    expect((await open('SK000001')).statusCode).toBe(409);
    expect(
      (
        await injectAs(t.app, sessions.expert!, {
          method: 'POST',
          url: `/api/v1/councils/${councilId}/reviews`,
          payload: { initiative_code: 'SK000004' },
        })
      ).statusCode,
    ).toBe(403);
  });

  const score = (who: string, points: Record<string, number>, recognise: boolean) =>
    injectAs(t.app, sessions[who]!, {
      method: 'PUT',
      url: `/api/v1/councils/${councilId}/reviews/${reviewId}/score`,
      payload: { points, recognise },
    });

  it('scores independently: a member sees only their own sheet until the review closes', async () => {
    const bad = await score('chair', { novelty: 31, applicability: 20 }, true);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['points.benefit', 'points.novelty']);
    const first = await score('chair', { novelty: 25, applicability: 28, benefit: 35 }, true);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ my_sheet: { total: 88, recognise: true }, sheets: null, submitted: 1 });
    const second = await score('secretary', { novelty: 20, applicability: 22, benefit: 30 }, true);
    expect(second.json()).toMatchObject({ my_sheet: { total: 72 }, sheets: null, recognise_votes: null });
    expect((await score('expert', { novelty: 10, applicability: 15, benefit: 20 }, false)).statusCode).toBe(200);
    expect((await score('author', { novelty: 30, applicability: 30, benefit: 40 }, true)).statusCode).toBe(422);
    const outsider = await injectAs(t.app, admin, {
      method: 'PUT',
      url: `/api/v1/councils/${councilId}/reviews/${reviewId}/score`,
      payload: { points: { novelty: 1, applicability: 1, benefit: 1 }, recognise: true },
    });
    expect(outsider.statusCode).toBe(403);
  });

  it('closes with two of three votes: recognised, recorded beside the status, sheets shown', async () => {
    expect(
      (
        await injectAs(t.app, sessions.expert!, {
          method: 'POST',
          url: `/api/v1/councils/${councilId}/reviews/${reviewId}/close`,
          payload: {},
        })
      ).statusCode,
    ).toBe(403);
    const closed = await injectAs(t.app, sessions.secretary!, {
      method: 'POST',
      url: `/api/v1/councils/${councilId}/reviews/${reviewId}/close`,
      payload: { decision_number: '12/QĐ-HĐSK' },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ recognised: true, recognise_votes: 2, average_total: 68.3, eligible: 3 });
    expect(closed.json().sheets).toHaveLength(3);
    const [row] = await t.database.db.select().from(initiatives).where(eq(initiatives.code, 'SK000001'));
    expect(row).toMatchObject({
      status: 'valid',
      recognitionDecision: 'Hội đồng sáng kiến huyện, quyết định số 12/QĐ-HĐSK',
    });
    expect(row!.recognisedAt).not.toBeNull();
    expect((await score('chair', { novelty: 1, applicability: 1, benefit: 1 }, false)).statusCode).toBe(422);
  });

  it('writes minutes with every member, score and the decision, and a certificate naming the author', async () => {
    const minutes = await injectAs(t.app, sessions.chair!, {
      method: 'GET',
      url: `/api/v1/councils/${councilId}/reviews/${reviewId}/minutes.docx`,
    });
    expect(minutes.statusCode).toBe(200);
    const doc = (await readDocx(minutes.rawPayload)).document;
    const text = paragraphs(doc).join('\n');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('- Đặng Thị Khánh, Ủy viên đại diện công đoàn (là tác giả, không tham gia chấm).');
    expect(text).toContain('Số thành viên đề nghị công nhận: 2/3 (cần ít nhất 2, tức 2/3 số thành viên).');
    expect(text).toContain(
      'Hội đồng công nhận "Tái sử dụng nước làm mát máy nén khí" là sáng kiến (quyết định số 12/QĐ-HĐSK).',
    );
    const scores = tables(doc).find((table) => table[0]![1] === 'Thành viên')!;
    expect(scores.slice(1)).toEqual([
      ['1', 'Nguyễn Văn Chủ Tịch (Chủ tịch Hội đồng)', '25', '28', '35', '88', 'Đồng ý'],
      ['2', 'Trần Thị Thư Ký (Thư ký Hội đồng)', '20', '22', '30', '72', 'Đồng ý'],
      ['3', 'Lê Chuyên Gia (Ủy viên chuyên gia)', '10', '15', '20', '45', 'Không'],
    ]);
    expect(doc).toContain('Times New Roman');

    const certificate = await injectAs(t.app, admin, {
      method: 'GET',
      url: `/api/v1/councils/${councilId}/reviews/${reviewId}/certificate.docx`,
    });
    expect(certificate.statusCode).toBe(200);
    const certText = paragraphs((await readDocx(certificate.rawPayload)).document).join('\n');
    expect(certText).toContain('GIẤY CHỨNG NHẬN SÁNG KIẾN');
    expect(certText).toContain('Sáng kiến: "Tái sử dụng nước làm mát máy nén khí" (mã SK000001).');
    expect(certText).toContain('Tác giả: Đặng Thị Khánh');
    expect(certText).toContain('Điểm đánh giá của Hội đồng: 68,3/100.');
  });

  it('does not recognise with one vote of three, and gives no certificate then; flags the overdue limit', async () => {
    t.setNow(new Date('2022-06-01T09:00:00+07:00'));
    // Sessions made in April have expired by June.
    admin = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH1']] })).login);
    for (const key of ['chair', 'author'] as const) sessions[key] = await logIn(t.app, { chair, author }[key].login);
    const opened = await injectAs(t.app, admin, {
      method: 'POST',
      url: `/api/v1/councils/${councilId}/reviews`,
      payload: { initiative_code: 'SK000004' },
    });
    expect(opened.json()).toMatchObject({ eligible: 4, votes_needed: 3, overdue: true });
    reviewId = opened.json().id;
    await score('chair', { novelty: 30, applicability: 30, benefit: 40 }, true);
    await score('author', { novelty: 30, applicability: 30, benefit: 40 }, true);
    const closed = await injectAs(t.app, admin, {
      method: 'POST',
      url: `/api/v1/councils/${councilId}/reviews/${reviewId}/close`,
      payload: {},
    });
    expect(closed.json()).toMatchObject({ recognised: false, recognise_votes: 2, eligible: 4 });
    const certificate = await injectAs(t.app, admin, {
      method: 'GET',
      url: `/api/v1/councils/${councilId}/reviews/${reviewId}/certificate.docx`,
    });
    expect(certificate.statusCode).toBe(422);
    const list = await injectAs(t.app, admin, { method: 'GET', url: '/api/v1/units/TMH1/councils' });
    expect(list.json().items.map((c: { id: number }) => c.id)).toEqual([councilId]);
  });
});
