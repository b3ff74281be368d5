import { describe, expect, it } from 'vitest';
import { BULLETIN_HEIGHT, BULLETIN_WIDTH, rasteriseBulletin, renderBulletinSvg } from './bulletin-image.ts';
import { bulletinText, movementMark, movementWords, type BulletinData } from './bulletin.rules.ts';

const data: BulletinData = {
  unitName: 'Liên đoàn Lao động huyện Đắk Hà',
  phaseName: 'Giai đoạn 1',
  takenAt: new Date('2026-11-20T10:00:00Z'),
  submissions: 21725,
  valid: 15012,
  quota: 3000,
  weekSubmissions: 1240,
  rank: { position: 3, of: 12, movement: 2, parentName: 'Liên đoàn Lao động tỉnh Kon Tum' },
  leaders: [
    { name: 'CĐCS Trường THPT Nguyễn Huệ', submissions: 1320, rank: 1, movement: 0 },
    { name: 'CĐCS Bệnh viện Đa khoa', submissions: 1100, rank: 2, movement: 3 },
    { name: 'CĐCS Điện lực Đắk Hà', submissions: 1100, rank: 2, movement: -1 },
    { name: 'CĐCS Ủy ban nhân dân xã Hà Mòn', submissions: 820, rank: 4, movement: null },
    { name: 'CĐCS Trường Mầm non Hoa Sen', submissions: 500, rank: 5, movement: -2 },
    { name: 'CĐCS Không được nêu tên', submissions: 10, rank: 6, movement: 0 },
  ],
};

/** The words of the SVG's text layer, in document order (satori writes a <text> per word). */
function svgWords(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
}

describe('weekly bulletin', () => {
  it.each([
    [null, 'mới', 'mới vào bảng'],
    [0, '=', 'giữ nguyên'],
    [2, '+2', 'tăng 2 bậc'],
    [-1, '-1', 'giảm 1 bậc'],
  ])('movement %s reads %s / %s', (movement, mark, words) => {
    expect(movementMark(movement)).toBe(mark);
    expect(movementWords(movement)).toBe(words);
  });

  it('says the figures the Vietnamese way, with the five leaders', () => {
    const text = bulletinText(data);
    expect(text).toContain('Liên đoàn Lao động huyện Đắk Hà, 20/11/2026 17:00');
    expect(text).toContain(
      '21.725 sáng kiến đã đăng ký, đạt 724,2% chỉ tiêu 3.000; 15.012 sáng kiến hợp lệ; tuần qua thêm 1.240.',
    );
    expect(text).toContain('Xếp thứ 3/12 trong Liên đoàn Lao động tỉnh Kon Tum (tăng 2 bậc).');
    expect(text).toContain('2. CĐCS Điện lực Đắk Hà: 1.100 sáng kiến (giảm 1 bậc)');
    expect(text).toContain('4. CĐCS Ủy ban nhân dân xã Hà Mòn: 820 sáng kiến (mới vào bảng)');
    expect(text).not.toContain('Không được nêu tên');
  });

  it('without a quota or a previous snapshot says so instead of a percentage', () => {
    const text = bulletinText({ ...data, quota: null, weekSubmissions: null, rank: null, leaders: [] });
    expect(text).toContain('21.725 sáng kiến đã đăng ký; 15.012 sáng kiến hợp lệ.');
    expect(text).not.toContain('%');
    expect(text).not.toContain('Dẫn đầu');
  });

  it('draws a 1080×1350 PNG whose text layer holds the leaders with their diacritics', async () => {
    const svg = await renderBulletinSvg(data);
    const words = svgWords(svg);
    for (const leader of data.leaders.slice(0, 5)) expect(words).toContain(leader.name);
    expect(words).toContain('21.725');
    expect(words).toContain('Đạt 724,2% chỉ tiêu 3.000');
    expect(words).not.toContain('Không được nêu tên');

    const png = rasteriseBulletin(svg);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([BULLETIN_WIDTH, BULLETIN_HEIGHT]);
  });
});
