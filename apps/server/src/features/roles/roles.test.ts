import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { createPerson, injectAs, logIn, type Session, type TestPerson } from '../../../test/auth-helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('granting and revoking roles down the tree', () => {
  let t: TestApp;
  let districtAdmin: Session;
  let reviewer: Session;
  let worker: TestPerson;
  let outsider: TestPerson;

  beforeAll(async () => {
    t = await createTestApp();
    await importDataset(t.database, EXAMPLE_DATASET);
    districtAdmin = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH1']] })).login);
    reviewer = await logIn(t.app, (await createPerson(t.database, { roles: [['reviewer', 'TMH1']] })).login);
    worker = await createPerson(t.database, { name: 'Phan Văn Thợ', memberOf: 'TMH1C0002' });
    outsider = await createPerson(t.database, { memberOf: 'TMH2C0001' });
  });
  afterAll(() => t.close());

  it('lets a district admin grant a role on a grassroots unit below to a member there; it then holds', async () => {
    expect(
      (await injectAs(t.app, await logIn(t.app, worker.login), { method: 'GET', url: '/api/v1/units/TMH1C0001' }))
        .statusCode,
    ).toBe(404);
    const granted = await injectAs(t.app, districtAdmin, {
      method: 'POST',
      url: '/api/v1/units/TMH1C0001/roles',
      payload: { role: 'supporter', member_code: worker.memberCode },
    });
    expect(granted.statusCode).toBe(201);
    expect(granted.json()).toMatchObject({
      role: 'supporter',
      unit_code: 'TMH1C0001',
      account: { display_name: 'Phan Văn Thợ', member_code: worker.memberCode },
    });
    const session = await logIn(t.app, worker.login);
    expect((await injectAs(t.app, session, { method: 'GET', url: '/api/v1/units/TMH1C0001' })).statusCode).toBe(200);
    const me = await injectAs(t.app, session, { method: 'GET', url: '/api/v1/me' });
    expect(me.json().roles).toEqual([expect.objectContaining({ role: 'supporter', unit_code: 'TMH1C0001' })]);

    const list = await injectAs(t.app, districtAdmin, { method: 'GET', url: '/api/v1/units/TMH1C0001/roles' });
    expect(list.json().items).toEqual([expect.objectContaining({ id: granted.json().id, role: 'supporter' })]);

    const revoked = await injectAs(t.app, districtAdmin, {
      method: 'DELETE',
      url: `/api/v1/units/TMH1C0001/roles/${granted.json().id}`,
    });
    expect(revoked.statusCode).toBe(200);
    expect((await injectAs(t.app, session, { method: 'GET', url: '/api/v1/units/TMH1C0001' })).statusCode).toBe(404);
  });

  it('grants by login too, and granting the same role twice keeps one grant', async () => {
    const first = await injectAs(t.app, districtAdmin, {
      method: 'POST',
      url: '/api/v1/units/TMH1/roles',
      payload: { role: 'viewer', login: worker.login.replace('+84', '0') },
    });
    const again = await injectAs(t.app, districtAdmin, {
      method: 'POST',
      url: '/api/v1/units/TMH1/roles',
      payload: { role: 'viewer', login: worker.login },
    });
    expect(first.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
  });

  it('never above: the province is not even visible to a district admin', async () => {
    const response = await injectAs(t.app, districtAdmin, {
      method: 'POST',
      url: '/api/v1/units/TM/roles',
      payload: { role: 'admin', member_code: worker.memberCode },
    });
    expect(response.statusCode).toBe(404);
  });

  it('does not reveal accounts outside the admin’s scope', async () => {
    const byLogin = await injectAs(t.app, districtAdmin, {
      method: 'POST',
      url: '/api/v1/units/TMH1/roles',
      payload: { role: 'viewer', login: outsider.login },
    });
    expect(byLogin.statusCode).toBe(404);
    expect(byLogin.json().error.fields.login).toContain('phạm vi');
    const byCode = await injectAs(t.app, districtAdmin, {
      method: 'POST',
      url: '/api/v1/units/TMH1/roles',
      payload: { role: 'viewer', member_code: outsider.memberCode },
    });
    expect(byCode.statusCode).toBe(404);
  });

  it('explains a member without an account, and a body naming nobody', async () => {
    const noAccount = await injectAs(t.app, districtAdmin, {
      method: 'POST',
      url: '/api/v1/units/TMH1/roles',
      payload: { role: 'viewer', member_code: 'DV000002' },
    });
    expect(noAccount.statusCode).toBe(422);
    expect(noAccount.json().error.fields.member_code).toContain('chưa có tài khoản');
    const nobody = await injectAs(t.app, districtAdmin, {
      method: 'POST',
      url: '/api/v1/units/TMH1/roles',
      payload: { role: 'viewer' },
    });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error.fields.login).toContain('mã đoàn viên');
  });

  it('refuses a reviewer (403) and revoking a grant of another unit (404)', async () => {
    const refused = await injectAs(t.app, reviewer, {
      method: 'POST',
      url: '/api/v1/units/TMH1C0001/roles',
      payload: { role: 'viewer', member_code: worker.memberCode },
    });
    expect(refused.statusCode).toBe(403);
    const list = await injectAs(t.app, districtAdmin, { method: 'GET', url: '/api/v1/units/TMH1/roles' });
    const grantId = list.json().items[0].id;
    const wrongUnit = await injectAs(t.app, districtAdmin, {
      method: 'DELETE',
      url: `/api/v1/units/TMH1C0001/roles/${grantId}`,
    });
    expect(wrongUnit.statusCode).toBe(404);
  });
});
