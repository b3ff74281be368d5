import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createInitiativeWorld,
  SHORT_FORM,
  type InitiativeWorld,
  type Person,
} from '../../../test/initiative-helpers.ts';
import { buildPhaseReport } from '../reports/reports.service.ts';
import { verifyStats } from '../stats/verify.service.ts';

describe('review: queue, bulk decisions, reason templates', () => {
  let w: InitiativeWorld;
  let author: Person;
  let reviewer: Person;
  let grassrootsReviewer: Person;
  let siblingReviewer: Person;
  let viewer: Person;
  const codes: string[] = [];
  beforeAll(async () => {
    w = await createInitiativeWorld();
    author = await w.person({ memberOf: 'TMH1C0002' });
    reviewer = await w.person({ roles: [['reviewer', 'TMH1']] });
    grassrootsReviewer = await w.person({ roles: [['reviewer', 'TMH1C0001']] });
    siblingReviewer = await w.person({ roles: [['reviewer', 'TMH2']] });
    viewer = await w.person({ roles: [['viewer', 'TMH1']] });
    for (const title of ['Máy cắt ống tự động', 'Bảng theo dõi ca kíp', 'Khuôn ép nhựa cải tiến']) {
      const created = await w.as(author, 'POST', '/api/v1/initiatives', { ...SHORT_FORM, title, submit: true });
      codes.push(created.json().code);
    }
  });
  afterAll(() => w.t.close());

  it('lists the pending initiatives of the reviewer units, with a total and filters', async () => {
    const page = (await w.as(reviewer, 'GET', '/api/v1/reviews/queue?limit=2')).json();
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({ transitions: expect.arrayContaining(['valid', 'invalid']) });
    const searched = (await w.as(reviewer, 'GET', '/api/v1/reviews/queue?q=KHUON EP nhua')).json();
    expect(searched.items.map((i: { code: string }) => i.code)).toEqual([codes[2]]);
    const byUnit = (await w.as(reviewer, 'GET', '/api/v1/reviews/queue?unit=TMH1C0002&sort=title&order=asc')).json();
    expect(byUnit.items.map((i: { code: string }) => i.code)).toEqual([codes[1], codes[2], codes[0]]);
    const byDay = (
      await w.as(reviewer, 'GET', '/api/v1/reviews/queue?unit=TMH1C0002&from=2022-03-15&to=2022-03-15')
    ).json();
    expect(byDay.total).toBe(3);
    const noFiles = (await w.as(reviewer, 'GET', '/api/v1/reviews/queue?unit=TMH1C0002&has_attachments=1')).json();
    expect(noFiles.total).toBe(0);
    const old = (await w.as(reviewer, 'GET', '/api/v1/reviews/queue?unit=TMH1C0002&waiting_more_than_days=1')).json();
    expect(old.total).toBe(0);
    const grassroots = (await w.as(grassrootsReviewer, 'GET', '/api/v1/reviews/queue?limit=200')).json();
    expect(grassroots.items.every((i: { unit: { code: string } }) => i.unit.code === 'TMH1C0001')).toBe(true);
  });

  it('refuses the queue to non-reviewers and other units (403/404)', async () => {
    expect((await w.as(viewer, 'GET', '/api/v1/reviews/queue')).statusCode).toBe(403);
    expect((await w.as(siblingReviewer, 'GET', '/api/v1/reviews/queue?unit=TMH1')).statusCode).toBe(404);
    expect((await w.as(grassrootsReviewer, 'GET', '/api/v1/reviews/queue?unit=TMH1C0002')).statusCode).toBe(404);
    const sibling = (await w.as(siblingReviewer, 'GET', '/api/v1/reviews/queue?q=khuon ep')).json();
    expect(sibling.items).toEqual([]);
  });

  it('applies a bulk decision in one transaction and reports each item', async () => {
    const noReason = await w.as(reviewer, 'POST', '/api/v1/reviews/decisions', { codes, to: 'invalid' });
    expect(noReason.statusCode).toBe(400);
    const before = await buildPhaseReport(w.t.database.db, 'TMH1C0002', 'GD1');
    // The sibling reviewer decides nothing: every item is "not found" for it.
    const sibling = (await w.as(siblingReviewer, 'POST', '/api/v1/reviews/decisions', { codes, to: 'valid' })).json();
    expect(sibling).toMatchObject({ applied: 0, skipped: 3 });
    expect(sibling.results.map((r: { error: { code: string } }) => r.error.code)).toEqual([
      'not_found',
      'not_found',
      'not_found',
    ]);

    const first = await w.as(reviewer, 'POST', `/api/v1/initiatives/${codes[0]}/transitions`, { to: 'valid' });
    expect(first.statusCode).toBe(200);
    const bulk = await w.as(reviewer, 'POST', '/api/v1/reviews/decisions', {
      codes: [...codes, 'SK-KHONG-CO'],
      to: 'valid',
    });
    expect(bulk.statusCode, bulk.body).toBe(200);
    expect(bulk.json()).toMatchObject({
      applied: 2,
      skipped: 2,
      results: [
        { code: codes[0], ok: false, status: 'valid', error: { code: 'rule_broken' } },
        { code: codes[1], ok: true, status: 'valid', error: null },
        { code: codes[2], ok: true, status: 'valid', error: null },
        { code: 'SK-KHONG-CO', ok: false, status: null, error: { code: 'not_found' } },
      ],
    });
    const after = await buildPhaseReport(w.t.database.db, 'TMH1C0002', 'GD1');
    expect(after.valid - before.valid).toBe(3);
    expect(after.pending - before.pending).toBe(-3);
    expect(after.submissions).toBe(before.submissions);
    expect((await verifyStats(w.t.database)).drift).toEqual([]);
    const history = (await w.as(author, 'GET', `/api/v1/initiatives/${codes[1]}`)).json().history;
    expect(history.at(-1)).toMatchObject({ from: 'submitted', to: 'valid', source: 'bulk' });
    const notes = (await w.as(author, 'GET', '/api/v1/notifications')).json();
    expect(notes.unread_count).toBe(3);
  });

  it('keeps reason templates per unit, inherited down the tree', async () => {
    const added = await w.as(reviewer, 'POST', '/api/v1/units/TMH1/reason-templates', {
      to: 'invalid',
      text: 'Trùng với sáng kiến đã công nhận',
    });
    expect(added.statusCode, added.body).toBe(201);
    const own = await w.as(grassrootsReviewer, 'POST', '/api/v1/units/TMH1C0001/reason-templates', {
      to: 'needs_revision',
      text: 'Bổ sung số liệu hiệu quả',
    });
    expect(own.statusCode).toBe(201);
    const list = (await w.as(grassrootsReviewer, 'GET', '/api/v1/units/TMH1C0001/reason-templates')).json();
    expect(list.items.map((t: { text: string; inherited: boolean }) => [t.text, t.inherited])).toEqual([
      ['Trùng với sáng kiến đã công nhận', true],
      ['Bổ sung số liệu hiệu quả', false],
    ]);
    expect(
      (await w.as(grassrootsReviewer, 'POST', '/api/v1/units/TMH1/reason-templates', { to: 'invalid', text: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await w.as(viewer, 'POST', '/api/v1/units/TMH1/reason-templates', { to: 'invalid', text: 'x' })).statusCode,
    ).toBe(403);
    const id = added.json().id;
    expect(
      (await w.as(grassrootsReviewer, 'DELETE', `/api/v1/units/TMH1C0001/reason-templates/${id}`)).statusCode,
    ).toBe(404);
    expect((await w.as(reviewer, 'DELETE', `/api/v1/units/TMH1/reason-templates/${id}`)).statusCode).toBe(204);
  });

  it('flags a near-identical submission of the same phase in detail and queue', async () => {
    const a = (
      await w.as(author, 'POST', '/api/v1/initiatives', {
        ...SHORT_FORM,
        title: 'Thiết bị nâng hạ thùng hàng bằng khí nén',
        submit: true,
      })
    ).json();
    const b = (
      await w.as(author, 'POST', '/api/v1/initiatives', {
        ...SHORT_FORM,
        title: 'Thiet bi nang ha thung hang bang khi nen',
        submit: true,
      })
    ).json();
    expect(b.similar_to).toEqual([{ code: a.code, title: a.title, score: expect.any(Number) }]);
    expect(b.similar_to[0].score).toBeGreaterThanOrEqual(0.8);
    const detailA = (await w.as(reviewer, 'GET', `/api/v1/initiatives/${a.code}`)).json();
    expect(detailA.similar_to.map((s: { code: string }) => s.code)).toEqual([b.code]);
    const queue = (await w.as(reviewer, 'GET', '/api/v1/reviews/queue?q=nang ha thung hang')).json();
    expect(queue.items.every((i: { similar_to: unknown[] }) => i.similar_to.length === 1)).toBe(true);
  });
});
