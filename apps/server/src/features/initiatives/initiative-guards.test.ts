import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne } from '../../db/client.ts';
import {
  createInitiativeWorld,
  IN_GD1,
  SHORT_FORM,
  type InitiativeWorld,
  type Person,
} from '../../../test/initiative-helpers.ts';

describe('initiatives: windows, idempotency, Vietnamese field errors, confidentiality', () => {
  let w: InitiativeWorld;
  let author: Person;
  let reviewer: Person;
  let siblingReviewer: Person;
  let parentViewer: Person;
  const everyone = () => [author, reviewer, siblingReviewer, parentViewer];
  const setNow = (now: Date) => w.setNow(now, everyone());
  beforeAll(async () => {
    w = await createInitiativeWorld();
    author = await w.person({ memberOf: 'TMH1C0001' });
    reviewer = await w.person({ roles: [['reviewer', 'TMH1']] });
    siblingReviewer = await w.person({ roles: [['reviewer', 'TMH2']] });
    parentViewer = await w.person({ roles: [['viewer', 'TM']] });
  });
  afterAll(() => w.t.close());

  const countCodes = async () =>
    (await queryOne<{ n: number }>(
      w.t.database.db,
      sql`select count(*)::int as n from initiatives where code like 'SK0%' and length(code) = 10`,
    ))!.n;

  describe('the submission window [01/01/2022 00:00, 01/06/2022 00:00) of GD1', () => {
    const submitAt = async (now: Date) => {
      await setNow(now);
      return w.as(author, 'POST', '/api/v1/initiatives', { ...SHORT_FORM, phase_code: 'GD1', submit: true });
    };
    afterAll(() => setNow(IN_GD1));

    it('refuses before it opens, naming the opening time', async () => {
      const response = await submitAt(new Date('2021-12-31T16:59:59Z'));
      expect(response.statusCode).toBe(422);
      expect(response.json().error).toMatchObject({
        code: 'window_closed',
        message: expect.stringContaining('01/01/2022 00:00'),
      });
    });

    it('takes a submission at 23:59:59 on the last day', async () => {
      expect((await submitAt(new Date('2022-05-31T16:59:59Z'))).statusCode).toBe(201);
    });

    it('refuses at 24:00 on the last day (the exclusive end) and after, naming the closing time', async () => {
      for (const now of [new Date('2022-05-31T17:00:00Z'), new Date('2022-07-01T00:00:00Z')]) {
        const response = await submitAt(now);
        expect(response.statusCode).toBe(422);
        expect(response.json().error.message).toContain('01/06/2022 00:00');
      }
    });

    it('still saves drafts and lets review go on after the close', async () => {
      await setNow(IN_GD1);
      const code = (await w.as(author, 'POST', '/api/v1/initiatives', { ...SHORT_FORM, submit: true })).json().code;
      await setNow(new Date('2022-12-31T18:00:00Z'));
      const draft = await w.as(author, 'POST', '/api/v1/initiatives', { ...SHORT_FORM, phase_code: 'GD1' });
      expect(draft.statusCode).toBe(201);
      const decided = await w.as(reviewer, 'POST', `/api/v1/initiatives/${code}/transitions`, { to: 'valid' });
      expect(decided.statusCode, decided.body).toBe(200);
    });

    it('shows the open phase with its exact closing time', async () => {
      await setNow(new Date('2022-05-31T16:59:59Z'));
      expect((await w.as(null, 'GET', '/api/v1/phases/open')).json()).toMatchObject({
        open: true,
        phase: { code: 'GD1', ends_at: '2022-06-01T00:00:00+07:00', ends_at_text: '01/06/2022 00:00' },
      });
      await setNow(new Date('2023-02-01T00:00:00Z'));
      expect((await w.as(null, 'GET', '/api/v1/phases/open')).json()).toMatchObject({ open: false, phase: null });
    });
  });

  describe('Idempotency-Key', () => {
    it('returns the first result for a retry and never makes two', async () => {
      const before = await countCodes();
      const headers = { 'idempotency-key': 'nop-lan-1' };
      const first = await w.as(author, 'POST', '/api/v1/initiatives', { ...SHORT_FORM, submit: true }, headers);
      const retry = await w.as(author, 'POST', '/api/v1/initiatives', { ...SHORT_FORM, submit: true }, headers);
      expect(first.statusCode).toBe(201);
      expect(retry.statusCode).toBe(201);
      expect(retry.json().code).toBe(first.json().code);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await countCodes()).toBe(before + 1);
      const other = await w.as(author, 'POST', '/api/v1/initiatives', { ...SHORT_FORM, title: 'Khác' }, headers);
      expect(other.statusCode).toBe(409);
    });

    it('makes one initiative from two concurrent requests with one key', async () => {
      const before = await countCodes();
      const headers = { 'idempotency-key': 'bam-hai-lan' };
      const [a, b] = await Promise.all([
        w.as(author, 'POST', '/api/v1/initiatives', { ...SHORT_FORM, submit: true }, headers),
        w.as(author, 'POST', '/api/v1/initiatives', { ...SHORT_FORM, submit: true }, headers),
      ]);
      expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
      expect(a.json().code).toBe(b.json().code);
      expect(await countCodes()).toBe(before + 1);
    });
  });

  describe('every error on member input is Vietnamese and names the field', () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['title too long', { title: 'x'.repeat(301) }, 'title', 'Tên sáng kiến'],
      ['title not text', { title: 5 }, 'title', 'Tên sáng kiến'],
      ['problem not text', { problem: 5 }, 'problem', 'Hiện trạng'],
      ['solution too long', { solution: 'x'.repeat(20_001) }, 'solution', 'Nội dung giải pháp'],
      ['benefit not text', { benefit: [] }, 'benefit', 'Hiệu quả'],
      ['negative benefit value', { benefit_vnd: -1 }, 'benefit_vnd', 'Giá trị làm lợi'],
      ['fractional benefit value', { benefit_vnd: 1.5 }, 'benefit_vnd', 'Giá trị làm lợi'],
      ['unknown period', { benefit_period: 'week' }, 'benefit_period', 'Kỳ tính'],
      ['unknown confidentiality', { confidentiality: 'secret' }, 'confidentiality', 'Mức độ bảo mật'],
      ['unknown form', { form_kind: 'long' }, 'form_kind', 'Loại mẫu'],
      ['submit not yes/no', { submit: 'có' }, 'submit', 'Nộp ngay'],
      ['empty author list', { authors: [] }, 'authors', 'Tác giả'],
      ['author without code', { authors: [{ member_code: '' }] }, 'authors.0.member_code', 'Mã đoàn viên'],
      [
        'contribution over 100',
        { authors: [{ member_code: 'A', contribution_percent: 120 }] },
        'authors.0.contribution_percent',
        'Tỷ lệ đóng góp',
      ],
      ['bad first-applied date', { first_applied_on: '31/02/2022' }, 'first_applied_on', 'Ngày áp dụng lần đầu'],
      ['first applier without name', { first_appliers: [{}] }, 'first_appliers.0.full_name', 'Họ và tên'],
      ['empty author codes', { author_codes: [] }, 'author_codes', 'Mã tác giả'],
      ['unknown field', { field_code: 'KHONG-CO' }, 'field_code', 'Lĩnh vực'],
      ['unknown author', { author_codes: ['KHONG-CO'] }, 'author_codes.0', 'Mã tác giả'],
      [
        'contributions not adding to 100',
        { authors: [{ member_code: 'SELF', contribution_percent: 50 }] },
        'authors',
        'Tỷ lệ đóng góp',
      ],
    ];
    it.each(cases)('%s', async (_name, body, field, label) => {
      const payload = JSON.parse(
        JSON.stringify({ ...SHORT_FORM, ...body }).replace('"SELF"', JSON.stringify(author.memberCode)),
      );
      const response = await w.as(author, 'POST', '/api/v1/initiatives', payload);
      expect(response.statusCode, response.body).toBe(400);
      const error = response.json().error;
      expect(error.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
      expect(error.fields[field], JSON.stringify(error.fields)).toContain(label);
    });
  });

  describe('a confidential initiative stays in its chain', () => {
    let code: string;
    beforeAll(async () => {
      await setNow(IN_GD1);
      const file = await w.as(author, 'POST', '/api/v1/initiatives', {
        ...SHORT_FORM,
        title: 'Công thức phụ gia bí mật Zeta',
        confidentiality: 'confidential',
      });
      code = file.json().code;
      const upload = await w.t.app.inject({
        method: 'POST',
        url: `/api/v1/initiatives/${code}/attachments`,
        headers: {
          cookie: author.session.cookie,
          'x-csrf-token': author.session.csrf,
          'content-type': 'multipart/form-data; boundary=b',
        },
        payload:
          '--b\r\nContent-Disposition: form-data; name="file"; filename="ct.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 bí mật\r\n--b--\r\n',
      });
      expect(upload.statusCode, upload.body).toBe(201);
      expect(
        (await w.as(author, 'POST', `/api/v1/initiatives/${code}/transitions`, { to: 'submitted' })).statusCode,
      ).toBe(200);
    });

    it('is visible to its author and the reviewer chain above its unit', async () => {
      expect((await w.as(author, 'GET', `/api/v1/initiatives/${code}`)).statusCode).toBe(200);
      expect((await w.as(reviewer, 'GET', `/api/v1/initiatives/${code}`)).statusCode).toBe(200);
      expect((await w.as(reviewer, 'GET', '/api/v1/initiatives?q=phu gia bi mat zeta')).json().items).toHaveLength(1);
    });

    it('is 404 to a reviewer of a sibling unit and to a viewer above in list, search, detail and attachment', async () => {
      const detail = (await w.as(author, 'GET', `/api/v1/initiatives/${code}`)).json();
      const attachmentUrl = detail.attachments[0].url;
      expect((await w.as(author, 'GET', attachmentUrl)).statusCode).toBe(200);
      for (const outsider of [siblingReviewer, parentViewer]) {
        expect((await w.as(outsider, 'GET', `/api/v1/initiatives/${code}`)).statusCode).toBe(404);
        expect((await w.as(outsider, 'GET', attachmentUrl)).statusCode).toBe(404);
        expect((await w.as(outsider, 'GET', '/api/v1/initiatives?q=zeta')).json().items).toEqual([]);
        const all = (await w.as(outsider, 'GET', '/api/v1/initiatives?limit=200')).json().items;
        expect(all.map((i: { code: string }) => i.code)).not.toContain(code);
      }
      // The viewer above still sees non-confidential initiatives of the unit.
      const visible = (await w.as(parentViewer, 'GET', '/api/v1/initiatives?unit=TMH1C0001&limit=200')).json();
      expect(visible.items.length).toBeGreaterThan(0);
    });
  });
});
