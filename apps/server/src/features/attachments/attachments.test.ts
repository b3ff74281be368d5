import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createInitiativeWorld,
  SHORT_FORM,
  type InitiativeWorld,
  type Person,
} from '../../../test/initiative-helpers.ts';

function multipart(fileName: string, bytes: Buffer): { payload: Buffer; contentType: string } {
  const boundary = 'ranh-gioi-123';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe('attachments: content-checked, downscaled, served only in scope', () => {
  let w: InitiativeWorld;
  let author: Person;
  let reviewer: Person;
  let siblingReviewer: Person;
  let code: string;
  const upload = (who: Person, fileName: string, bytes: Buffer, target = code) => {
    const body = multipart(fileName, bytes);
    return w.t.app.inject({
      method: 'POST',
      url: `/api/v1/initiatives/${target}/attachments`,
      headers: { cookie: who.session.cookie, 'x-csrf-token': who.session.csrf, 'content-type': body.contentType },
      payload: body.payload,
    });
  };
  beforeAll(async () => {
    w = await createInitiativeWorld({ config: { attachmentMaxBytes: 200 * 1024 } });
    author = await w.person({ memberOf: 'TMH1C0001' });
    reviewer = await w.person({ roles: [['reviewer', 'TMH1']] });
    siblingReviewer = await w.person({ roles: [['reviewer', 'TMH2']] });
    code = (await w.as(author, 'POST', '/api/v1/initiatives', SHORT_FORM)).json().code;
  });
  afterAll(() => w.t.close());

  it('downscales a large photo to at most 1600 px and serves it back to those who may see it', async () => {
    const photo = await sharp({ create: { width: 3200, height: 2000, channels: 3, background: '#3a7' } })
      .jpeg()
      .toBuffer();
    const response = await upload(author, 'ảnh hiện trường.jpg', photo);
    expect(response.statusCode, response.body).toBe(201);
    const attachment = response.json();
    expect(attachment).toMatchObject({ file_name: 'ảnh hiện trường.jpg', mime_type: 'image/jpeg' });
    const served = await w.as(reviewer, 'GET', attachment.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    const size = await sharp(served.rawPayload).metadata();
    expect([size.width, size.height]).toEqual([1600, 1000]);
    expect((await w.as(siblingReviewer, 'GET', attachment.url)).statusCode).toBe(404);
    expect((await w.as(author, 'GET', `/api/v1/initiatives/${code}/attachments/999999`)).statusCode).toBe(404);
  });

  it('refuses a file whose content does not match its name, in Vietnamese', async () => {
    const photo = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const renamed = await upload(author, 'bao-cao.pdf', photo);
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().error.message).toContain('tên tệp ghi là PDF nhưng nội dung là ảnh PNG');
    const program = await upload(author, 'cai-dat.exe', Buffer.from('MZ\x90\x00'));
    expect(program.statusCode).toBe(400);
    expect(program.json().error.fields.file).toContain('chỉ nhận');
  });

  it('refuses a file over the configured size', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300 * 1024, 0x20)]);
    const response = await upload(author, 'lon.pdf', big);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('tối đa 0,2 MB');
  });

  it('lets the author delete while editable, and nobody once submitted', async () => {
    const pdf = await upload(author, 'ban-ve.pdf', Buffer.from('%PDF-1.4\nnoi dung'));
    expect(pdf.statusCode).toBe(201);
    const id = pdf.json().id;
    expect((await w.as(reviewer, 'DELETE', `/api/v1/initiatives/${code}/attachments/${id}`)).statusCode).toBe(403);
    expect((await w.as(author, 'DELETE', `/api/v1/initiatives/${code}/attachments/${id}`)).statusCode).toBe(204);
    const kept = await upload(author, 'ban-ve-2.pdf', Buffer.from('%PDF-1.4\nban 2'));
    expect(
      (await w.as(author, 'POST', `/api/v1/initiatives/${code}/transitions`, { to: 'submitted' })).statusCode,
    ).toBe(200);
    const locked = await w.as(author, 'DELETE', `/api/v1/initiatives/${code}/attachments/${kept.json().id}`);
    expect(locked.statusCode).toBe(422);
    expect((await upload(author, 'them.pdf', Buffer.from('%PDF-1.4\n'))).statusCode).toBe(422);
    const queue = (await w.as(reviewer, 'GET', '/api/v1/reviews/queue?has_attachments=1')).json();
    expect(queue.items.find((i: { code: string }) => i.code === code)).toMatchObject({ attachments_count: 2 });
  });
});
