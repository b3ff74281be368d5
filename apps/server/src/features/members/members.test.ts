import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { createPerson, injectAs, logIn, type Session } from '../../../test/auth-helpers.ts';
import { auditLog, members } from '../../db/schema/index.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('the member roster within the admin’s subtree', () => {
  let t: TestApp;
  let admin: Session;
  let supporter: Session;
  let viewer: Session;
  let sibling: Session;
  const csv = (session: Session, unit: string, text: string) =>
    injectAs(t.app, session, {
      method: 'POST',
      url: `/api/v1/units/${unit}/members/import`,
      headers: { 'content-type': 'text/csv' },
      payload: text,
    });

  beforeAll(async () => {
    t = await createTestApp();
    await importDataset(t.database, EXAMPLE_DATASET);
    admin = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH1']] })).login);
    supporter = await logIn(t.app, (await createPerson(t.database, { roles: [['supporter', 'TMH1C0001']] })).login);
    viewer = await logIn(t.app, (await createPerson(t.database, { roles: [['viewer', 'TMH1']] })).login);
    sibling = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH2']] })).login);
  });
  afterAll(() => t.close());

  it('lists the subtree’s members, searchable by name without diacritics, code or phone', async () => {
    const all = await injectAs(t.app, admin, { method: 'GET', url: '/api/v1/units/TMH1/members?limit=5' });
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toHaveLength(5);
    expect(all.json().total).toBeGreaterThan(5);
    const byName = await injectAs(t.app, admin, {
      method: 'GET',
      url: '/api/v1/units/TMH1/members?q=dang%20thi%20khanh',
    });
    expect(byName.json().items.map((m: { code: string }) => m.code)).toEqual(['DV000001']);
    const byPhone = await injectAs(t.app, admin, {
      method: 'GET',
      url: '/api/v1/units/TMH1/members?q=0942%20180%20967',
    });
    expect(byPhone.json().items).toEqual([
      expect.objectContaining({ code: 'DV000001', unit: { code: 'TMH1C0001', name: 'CĐCS TMH1-1' } }),
    ]);
    const supporterView = await injectAs(t.app, supporter, { method: 'GET', url: '/api/v1/units/TMH1C0001/members' });
    expect(supporterView.statusCode).toBe(200);
    expect(supporterView.json().items.every((m: { unit: { code: string } }) => m.unit.code === 'TMH1C0001')).toBe(true);
    expect((await injectAs(t.app, viewer, { method: 'GET', url: '/api/v1/units/TMH1/members' })).statusCode).toBe(403);
    expect((await injectAs(t.app, sibling, { method: 'GET', url: '/api/v1/units/TMH1/members' })).statusCode).toBe(404);
    expect((await injectAs(t.app, sibling, { method: 'GET', url: '/api/v1/members/DV000001' })).statusCode).toBe(404);
  });

  it('removes a member entered by mistake, keeps one with an account or initiatives, audited', async () => {
    const added = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/v1/units/TMH1C0002/members',
      payload: { full_name: 'Nhập Nhầm' },
    });
    const code = added.json().code as string;
    const remove = (session: Session, memberCode: string) =>
      injectAs(t.app, session, { method: 'DELETE', url: `/api/v1/members/${memberCode}` });
    expect((await remove(sibling, code)).statusCode).toBe(404);
    expect((await remove(supporter, code)).statusCode).toBe(404);
    const removed = await remove(admin, code);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toEqual({ removed: code });
    expect((await injectAs(t.app, admin, { method: 'GET', url: `/api/v1/members/${code}` })).statusCode).toBe(404);
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityKey, code))
      .orderBy(auditLog.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'delete']);
    expect(entries[1]!.before).toMatchObject({ full_name: 'Nhập Nhầm', unit_code: 'TMH1C0002' });

    const author = await remove(admin, 'DV000001');
    expect(author.statusCode).toBe(422);
    expect(author.json().error.message).toContain('đã có sáng kiến');
    const withAccount = await createPerson(t.database, { memberOf: 'TMH1C0002' });
    const kept = await remove(admin, withAccount.memberCode!);
    expect(kept.statusCode).toBe(422);
    expect(kept.json().error.message).toContain('đã có tài khoản');
  });

  it('adds, edits and moves a member, audited with before and after', async () => {
    const added = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/v1/units/TMH1C0001/members',
      payload: { full_name: 'Ngô  Thị Mai', phone: '0977 123 456', job_title: 'Công nhân' },
    });
    expect(added.statusCode).toBe(201);
    const code = added.json().code;
    expect(added.json()).toMatchObject({ full_name: 'Ngô Thị Mai', phone: '+84977123456', account: null });
    expect(
      (await injectAs(t.app, admin, { method: 'POST', url: '/api/v1/units/TMH1/members', payload: { full_name: 'X' } }))
        .statusCode,
    ).toBe(422);
    const badPhone = await injectAs(t.app, admin, {
      method: 'PATCH',
      url: `/api/v1/members/${code}`,
      payload: { phone: '123' },
    });
    expect(badPhone.json().error.fields.phone).toContain('0912 345 678');
    const moved = await injectAs(t.app, admin, {
      method: 'PATCH',
      url: `/api/v1/members/${code}`,
      payload: { full_name: 'Ngô Thị Mai Anh', unit_code: 'TMH1C0002' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ full_name: 'Ngô Thị Mai Anh', unit: { code: 'TMH1C0002' } });
    const outside = await injectAs(t.app, admin, {
      method: 'PATCH',
      url: `/api/v1/members/${code}`,
      payload: { unit_code: 'TMH2C0001' },
    });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.fields.unit_code).toContain('phạm vi');
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityKey, code))
      .orderBy(auditLog.id)
      .offset(1);
    expect(entry).toMatchObject({
      action: 'update',
      before: { unit_code: 'TMH1C0001' },
      after: { unit_code: 'TMH1C0002', full_name: 'Ngô Thị Mai Anh' },
    });
    expect(
      (
        await injectAs(t.app, supporter, {
          method: 'PATCH',
          url: '/api/v1/members/DV000001',
          payload: { job_title: 'x' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('imports members.csv for the subtree (Vietnamese headers accepted)', async () => {
    const response = await csv(
      admin,
      'TMH1',
      'Mã đoàn viên,Họ và tên,Mã đơn vị,Số điện thoại\nNV-001,Võ Văn Nhập,TMH1C0001,0911 222 333\nDV000002,Vũ Xuân Yến (sửa),TMH1C0001,\n',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ members: { added: 1, updated: 1 }, rows: 2 });
    const [member] = await t.database.db.select().from(members).where(eq(members.code, 'NV-001'));
    expect(member).toMatchObject({ fullName: 'Võ Văn Nhập', phone: '+84911222333' });
  });

  it('refuses rows outside the subtree with file:row: column: reason, and writes nothing', async () => {
    const before = await t.database.db.select().from(members);
    const response = await csv(
      admin,
      'TMH1',
      [
        'member_code,full_name,unit_code,phone',
        'NV-002,Người Mới,TMH1C0002,',
        'NV-003,Ngoài Phạm Vi,TMH2C0001,',
        'DV000014,Đỗ Xuân Lan,TMH1C0001,',
        'NV-004,Không Có Đơn Vị,KHONGCO,',
        'NV-005,Sai Số,TMH1C0001,12345',
      ].join('\n'),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toContain('Không nhập gì: 4 lỗi');
    expect(response.json().error.fields).toEqual({
      'members.csv:3: unit_code': 'không có đơn vị "TMH2C0001" trong phạm vi bạn quản trị (TMH1)',
      'members.csv:4: member_code': 'mã đoàn viên "DV000014" đã thuộc một đoàn viên ngoài phạm vi bạn quản trị',
      'members.csv:5: unit_code': 'không có đơn vị "KHONGCO" trong phạm vi bạn quản trị (TMH1)',
      'members.csv:6: phone': '"12345" không phải số di động Việt Nam (ví dụ 0912 345 678)',
    });
    expect(await t.database.db.select().from(members)).toHaveLength(before.length);
  });

  it('answers a 20,000-row file full of mistakes with the total and the first 200 problems', async () => {
    const rows = Array.from({ length: 20_000 }, (_, n) => `NV-X${n},Người Số ${n},KHONGCO,`);
    const response = await csv(admin, 'TMH1', ['member_code,full_name,unit_code,phone', ...rows].join('\n'));
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toBe(
      'Không nhập gì: 20.000 lỗi. Hãy sửa tệp rồi nhập lại. Dưới đây là 200 lỗi đầu tiên.',
    );
    const fields = Object.keys(response.json().error.fields);
    expect(fields).toHaveLength(200);
    expect(fields[0]).toBe('members.csv:2: unit_code');
    expect(fields[199]).toBe('members.csv:201: unit_code');
  });

  it('refuses other tables, a missing column, and admins of other subtrees', async () => {
    const units = await csv(admin, 'TMH1', 'code,name,kind,parent_code\nX,Y,grassroots,TMH1\n');
    expect(units.statusCode).toBe(422);
    expect(Object.values(units.json().error.fields).join(' ')).toContain('thiếu cột bắt buộc "Mã đoàn viên"');
    expect((await csv(sibling, 'TMH1', 'member_code,full_name,unit_code\nA,B,TMH1C0001\n')).statusCode).toBe(404);
    expect((await csv(supporter, 'TMH1C0001', 'member_code,full_name,unit_code\nA,B,TMH1C0001\n')).statusCode).toBe(
      403,
    );
  });
});
