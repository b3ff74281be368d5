import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createInitiativeWorld,
  SHORT_FORM,
  type InitiativeWorld,
  type Person,
} from '../../../test/initiative-helpers.ts';
import { buildPhaseReport } from '../reports/reports.service.ts';
import { verifyStats } from '../stats/verify.service.ts';

describe('initiatives: drafts, submission, resubmission, history', () => {
  let w: InitiativeWorld;
  let author: Person;
  let coAuthor: Person;
  let reviewer: Person;
  let siblingReviewer: Person;
  let supporter: Person;
  beforeAll(async () => {
    w = await createInitiativeWorld();
    author = await w.person({ memberOf: 'TMH1C0001', name: 'Nguyễn Văn Tác Giả' });
    coAuthor = await w.person({ memberOf: 'TMH1C0001', name: 'Trần Thị Đồng' });
    reviewer = await w.person({ roles: [['reviewer', 'TMH1']] });
    siblingReviewer = await w.person({ roles: [['reviewer', 'TMH2']] });
    supporter = await w.person({ roles: [['supporter', 'TMH1C0001']] });
  });
  afterAll(() => w.t.close());

  it('keeps a draft, autosaves it, then submits it with a receipt', async () => {
    const created = await w.as(author, 'POST', '/api/v1/initiatives', { title: 'Nửa chừng', submit: false });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ status: 'draft', submitted_at: null, unit: { code: 'TMH1C0001' }, version: 1 });
    expect(draft.phase).toMatchObject({
      code: 'GD1',
      ends_at: '2022-06-01T00:00:00+07:00',
      ends_at_text: '01/06/2022 00:00',
    });
    expect(draft.can).toEqual({ edit: true, attach: true, transitions: ['submitted'] });

    const incomplete = await w.as(author, 'POST', `/api/v1/initiatives/${draft.code}/transitions`, { to: 'submitted' });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.fields).toMatchObject({ problem: expect.stringContaining('Hiện trạng') });

    const saved = await w.as(author, 'PATCH', `/api/v1/initiatives/${draft.code}`, { ...SHORT_FORM, version: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ title: SHORT_FORM.title, version: 2 });
    const stale = await w.as(author, 'PATCH', `/api/v1/initiatives/${draft.code}`, { title: 'Cũ', version: 1 });
    expect(stale.statusCode).toBe(409);

    const submitted = await w.as(author, 'POST', `/api/v1/initiatives/${draft.code}/transitions`, { to: 'submitted' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', submitted_at: '2022-03-15T10:00:00+07:00' });
    expect(submitted.json().history.map((e: { to: string }) => e.to)).toEqual(['draft', 'submitted']);
    const edit = await w.as(author, 'PATCH', `/api/v1/initiatives/${draft.code}`, { title: 'Sửa sau khi nộp' });
    expect(edit.statusCode).toBe(422);
  });

  it('returns for correction with per-field comments, then takes the resubmission', async () => {
    const created = (
      await w.as(author, 'POST', '/api/v1/initiatives', {
        ...SHORT_FORM,
        title: 'Sổ tay an toàn điện bỏ túi',
        authors: [
          { member_code: author.memberCode, contribution_percent: 70 },
          { member_code: coAuthor.memberCode, contribution_percent: 30 },
        ],
        submit: true,
      })
    ).json();
    expect(created.status).toBe('submitted');
    expect(created.authors.map((a: { member_code: string }) => a.member_code)).toEqual([
      author.memberCode,
      coAuthor.memberCode,
    ]);
    const noReason = await w.as(reviewer, 'POST', `/api/v1/initiatives/${created.code}/transitions`, {
      to: 'needs_revision',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.reason).toContain('Lý do');
    const returned = await w.as(reviewer, 'POST', `/api/v1/initiatives/${created.code}/transitions`, {
      to: 'needs_revision',
      reason: 'Thiếu số liệu',
      field_comments: { benefit: 'Ghi rõ số giờ tiết kiệm được' },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const seen = (await w.as(coAuthor, 'GET', `/api/v1/initiatives/${created.code}`)).json();
    expect(seen.field_comments).toEqual({ benefit: 'Ghi rõ số giờ tiết kiệm được' });
    expect(seen.can.transitions.sort()).toEqual(['submitted', 'withdrawn']);

    expect(
      (await w.as(coAuthor, 'PATCH', `/api/v1/initiatives/${created.code}`, { benefit: 'Tiết kiệm 20 giờ/tháng.' }))
        .statusCode,
    ).toBe(200);
    const again = await w.as(coAuthor, 'POST', `/api/v1/initiatives/${created.code}/transitions`, { to: 'submitted' });
    expect(again.statusCode, again.body).toBe(200);
    const history = again.json().history;
    expect(history.map((e: { to: string }) => e.to)).toEqual(['draft', 'submitted', 'needs_revision', 'submitted']);
    expect(history[2]).toMatchObject({ from: 'submitted', reason: 'Thiếu số liệu', by: expect.any(String) });

    // A reviewer of a sibling district neither sees nor decides it.
    const sibling = await w.as(siblingReviewer, 'POST', `/api/v1/initiatives/${created.code}/transitions`, {
      to: 'valid',
    });
    expect(sibling.statusCode).toBe(404);
    // The author cannot decide; the supporter cannot decide either.
    expect(
      (await w.as(author, 'POST', `/api/v1/initiatives/${created.code}/transitions`, { to: 'valid' })).statusCode,
    ).toBe(403);
    expect(
      (await w.as(supporter, 'POST', `/api/v1/initiatives/${created.code}/transitions`, { to: 'valid' })).statusCode,
    ).toBe(403);
    const valid = await w.as(reviewer, 'POST', `/api/v1/initiatives/${created.code}/transitions`, { to: 'valid' });
    expect(valid.statusCode, valid.body).toBe(200);
    const late = await w.as(author, 'POST', `/api/v1/initiatives/${created.code}/transitions`, { to: 'withdrawn' });
    expect(late.statusCode).toBe(422);
  });

  it('lets a supporter submit on behalf of members of its unit, and nobody else', async () => {
    const onBehalf = await w.as(supporter, 'POST', '/api/v1/initiatives', {
      ...SHORT_FORM,
      title: 'Giá để dụng cụ di động',
      author_codes: ['DV000003'],
      submit: true,
    });
    expect(onBehalf.statusCode, onBehalf.body).toBe(201);
    expect(onBehalf.json()).toMatchObject({ on_behalf: true, status: 'submitted', unit: { code: 'TMH1C0001' } });
    const stranger = await w.person({ memberOf: 'TMH1C0002' });
    const notAllowed = await w.as(stranger, 'POST', '/api/v1/initiatives', {
      ...SHORT_FORM,
      author_codes: ['DV000003'],
    });
    expect(notAllowed.statusCode).toBe(403);
    const otherUnit = await w.as(author, 'POST', '/api/v1/initiatives', {
      ...SHORT_FORM,
      authors: [{ member_code: author.memberCode }, { member_code: 'DV000010' }],
    });
    expect([422, 400]).toContain(otherUnit.statusCode);
  });

  it('lists what the caller may see, searching without diacritics', async () => {
    const mine = (await w.as(author, 'GET', '/api/v1/initiatives?mine=1')).json();
    expect(mine.items.length).toBeGreaterThanOrEqual(2);
    const found = (await w.as(reviewer, 'GET', '/api/v1/initiatives?q=SO TAY an toan dien')).json();
    expect(found.items.map((i: { title: string }) => i.title)).toEqual(['Sổ tay an toàn điện bỏ túi']);
    const sibling = (await w.as(siblingReviewer, 'GET', '/api/v1/initiatives?q=so tay an toan')).json();
    expect(sibling.items).toEqual([]);
    const byUnit = await w.as(siblingReviewer, 'GET', '/api/v1/initiatives?unit=TMH1');
    expect(byUnit.statusCode).toBe(404);
  });

  it('keeps the aggregates equal to a recount after every change', async () => {
    expect((await verifyStats(w.t.database)).drift).toEqual([]);
    const report = await buildPhaseReport(w.t.database.db, 'TMH1C0001', 'GD1');
    const listed = (await w.as(reviewer, 'GET', '/api/v1/initiatives?unit=TMH1C0001&phase=GD1&limit=200')).json();
    const counted = listed.items.filter((i: { status: string }) => !['draft', 'withdrawn'].includes(i.status));
    expect(report.submissions).toBe(counted.length);
  });

  it('notifies the authors of decisions', async () => {
    const list = (await w.as(coAuthor, 'GET', '/api/v1/notifications')).json();
    expect(list.unread_count).toBeGreaterThanOrEqual(2);
    expect(list.items[0]).toMatchObject({ to: 'valid', message: expect.stringContaining('Hợp lệ') });
    const read = await w.as(coAuthor, 'POST', '/api/v1/notifications/read', { ids: [list.items[0].id] });
    expect(read.json().unread_count).toBe(list.unread_count - 1);
    const all = await w.as(coAuthor, 'POST', '/api/v1/notifications/read', { all: true });
    expect(all.json().unread_count).toBe(0);
  });
});
