import { describe, expect, it } from 'vitest';
import type { PhaseReport, ReportChild } from '@sangkien/shared';
import { joinList, programmeTitle, proseText } from './prose-segments.ts';
import {
  almostNoneChildren,
  headlineParagraph,
  leadingUnitsParagraph,
  momentPhrase,
  participationParagraph,
  shortcomingBullets,
  topInitiativesParagraph,
} from './report-prose.ts';

function child(code: string, name: string, submissions: number, quota: number | null, members = 1000): ReportChild {
  return {
    code,
    name,
    kind: 'district',
    submissions,
    valid: Math.floor(submissions / 2),
    pending: submissions - Math.floor(submissions / 2),
    invalid: 0,
    quota,
    quota_percent: quota ? (submissions / quota) * 100 : null,
    valid_quota_percent: quota ? (Math.floor(submissions / 2) / quota) * 100 : null,
    members,
    rate_percent: (submissions / members) * 100,
    grassroots_participating: 1,
    members_participating: 1,
    benefit_vnd_total: 0,
    rank: 0,
  };
}

/** Nghệ An at the end of phase I, as the seed reports it. */
function ngheAn(overrides: Partial<PhaseReport> = {}): PhaseReport {
  return {
    unit: { code: 'NAN', name: 'LĐLĐ tỉnh Nghệ An', kind: 'province' },
    phase: {
      code: 'GD1',
      name: 'Giai đoạn I',
      starts_at: '2022-01-01T00:00:00+07:00',
      ends_at: '2022-06-01T00:00:00+07:00',
    },
    programme: { code: 'CT', name: '01 triệu sáng kiến', goal: 1_000_000 },
    as_of: '2022-06-01T00:00:00+07:00',
    submissions: 21_725,
    valid: 10_555,
    pending: 11_170,
    invalid: 0,
    quota: 3_000,
    quota_percent: 724.1666,
    valid_quota_percent: 351.8333,
    members: 250_000,
    rate_percent: 8.69,
    grassroots_participating: 1_714,
    members_participating: 19_897,
    benefit_vnd_total: 12_000_000_000,
    rank: { position: 5, of: 34, parent_code: 'VN', parent_name: 'Tổng LĐLĐ Việt Nam', parent_kind: 'national' },
    children: [
      child('NL', 'LĐLĐ huyện Nghi Lộc', 2_832, 2_000, 5_343),
      child('YT', 'LĐLĐ huyện Yên Thành', 2_209, 2_000, 7_363),
      child('ND', 'LĐLĐ huyện Nam Đàn', 146, 400),
      child('QP', 'LĐLĐ huyện Quế Phong', 141, 300),
      child('XD', 'Công đoàn ngành Xây dựng', 0, 100),
      child('CT', 'Công đoàn ngành Công Thương', 1, null),
    ],
    below_quota: ['XD', 'QP', 'ND'],
    top_initiatives: [],
    ...overrides,
  };
}

describe('headlineParagraph', () => {
  it('states submissions, quota, national rank and the split, as the seed does', () => {
    expect(proseText(headlineParagraph(ngheAn()))).toBe(
      'Kết quả ghi nhận trên hệ thống, tính đến ngày 01/06/2022: LĐLĐ tỉnh Nghệ An có 21.725 lượt nộp sáng kiến, ' +
        'đạt 724,2% chỉ tiêu giai đoạn (chỉ tiêu 3.000 sáng kiến; tính theo sáng kiến hợp lệ đạt 351,8%), ' +
        'xếp thứ 5/34 toàn quốc; trong đó: số sáng kiến hợp lệ là 10.555; số sáng kiến đang xem xét là 11.170.',
    );
  });

  it('names the parent when it is not the national root, and adds invalid ones when there are any', () => {
    const text = proseText(
      headlineParagraph(
        ngheAn({
          invalid: 12,
          rank: { position: 2, of: 29, parent_code: 'NAN', parent_name: 'LĐLĐ tỉnh Nghệ An', parent_kind: 'province' },
        }),
      ),
    );
    expect(text).toContain('xếp thứ 2/29 trong LĐLĐ tỉnh Nghệ An;');
    expect(text).toContain('số sáng kiến không hợp lệ là 12.');
  });

  it('says when there is no quota, and leaves out the rank of the root', () => {
    const text = proseText(headlineParagraph(ngheAn({ quota: null, quota_percent: null, rank: null })));
    expect(text).toContain('có 21.725 lượt nộp sáng kiến, chưa được giao chỉ tiêu giai đoạn; trong đó');
    expect(text).not.toContain('xếp thứ');
  });

  it('says plainly that there is nothing yet', () => {
    const empty = ngheAn({ submissions: 0, valid: 0, pending: 0, quota_percent: 0, rank: null });
    expect(proseText(headlineParagraph(empty))).toBe(
      'Kết quả ghi nhận trên hệ thống, tính đến ngày 01/06/2022: LĐLĐ tỉnh Nghệ An chưa có lượt nộp sáng kiến nào, ' +
        'chỉ tiêu giai đoạn là 3.000 sáng kiến.',
    );
  });
});

describe('participationParagraph', () => {
  it('counts grassroots unions, members, the rate and the benefit', () => {
    expect(proseText(participationParagraph(ngheAn()))).toBe(
      'Tính đến ngày 01/06/2022, LĐLĐ tỉnh Nghệ An có 1.714 công đoàn cơ sở với 19.897 đoàn viên công đoàn tham gia ' +
        'Chương trình “01 triệu sáng kiến”; tổng số đoàn viên là 250.000, tỷ lệ sáng kiến/đoàn viên đạt 8,7%. ' +
        'Tổng giá trị làm lợi ước tính của các sáng kiến hợp lệ là 12.000.000.000 đồng/năm.',
    );
  });

  it('speaks of members only for a grassroots union, and skips the rate without members', () => {
    const text = proseText(
      participationParagraph(
        ngheAn({
          unit: { code: 'C1', name: 'CĐCS Trường THPT Nghi Lộc 1', kind: 'grassroots' },
          members: 0,
          rate_percent: null,
          benefit_vnd_total: 0,
        }),
      ),
    );
    expect(text).toBe(
      'Tính đến ngày 01/06/2022, CĐCS Trường THPT Nghi Lộc 1 có 19.897 đoàn viên tham gia Chương trình “01 triệu sáng kiến”.',
    );
  });
});

describe('leadingUnitsParagraph', () => {
  it('names the leading children with their quota and member rates', () => {
    const text = proseText(leadingUnitsParagraph(ngheAn())!);
    expect(text).toMatch(/^Kết thúc Giai đoạn I, các đơn vị có số lượng sáng kiến cao nhất gồm: /);
    expect(text).toContain(
      'LĐLĐ huyện Nghi Lộc có 2.832 sáng kiến (đạt 141,6% chỉ tiêu; tỷ lệ sáng kiến/đoàn viên 53,0%)',
    );
    expect(text).toContain('Công đoàn ngành Công Thương có 1 sáng kiến (tỷ lệ sáng kiến/đoàn viên 0,1%)');
    expect(text).not.toContain('Xây dựng');
  });

  it('is absent when no child has submitted', () => {
    expect(leadingUnitsParagraph(ngheAn({ children: [child('XD', 'Xây dựng', 0, 10)] }))).toBeNull();
  });
});

describe('almostNoneChildren', () => {
  it('takes children at most a tenth of the average, fewest first', () => {
    // Average 5.329/6 ≈ 888: the ceiling is 88.
    expect(almostNoneChildren(ngheAn()).map((c) => c.code)).toEqual(['XD', 'CT']);
  });

  it('needs at least two children to compare', () => {
    expect(almostNoneChildren(ngheAn({ children: [child('XD', 'Xây dựng', 0, 10)] }))).toEqual([]);
  });
});

describe('shortcomingBullets', () => {
  it('lists children below quota (without those with almost none), the almost-none ones and the backlog', () => {
    expect(shortcomingBullets(ngheAn()).map(proseText)).toEqual([
      '- Một số đơn vị chưa đạt chỉ tiêu được giao: LĐLĐ huyện Quế Phong có 141 sáng kiến (đạt 47,0% chỉ tiêu); ' +
        'LĐLĐ huyện Nam Đàn có 146 sáng kiến (đạt 36,5% chỉ tiêu).',
      '- Một số đơn vị có rất ít sáng kiến, có đơn vị chưa có sáng kiến nào ' +
        '(Công đoàn ngành Xây dựng: 0 sáng kiến và Công đoàn ngành Công Thương: 1 sáng kiến).',
      '- Còn 11.170 sáng kiến đang xem xét, chiếm 51,4% tổng số lượt nộp.',
    ]);
  });

  it('names at most eight children below quota and counts the rest', () => {
    const children = Array.from({ length: 11 }, (_, i) => child(`D${i}`, `Đơn vị ${i + 1}`, 50 + i, 100));
    const report = ngheAn({ children, below_quota: children.map((c) => c.code), pending: 0 });
    const [below] = shortcomingBullets(report).map(proseText);
    expect(below).toContain('Đơn vị 8 có 57 sáng kiến');
    expect(below).not.toContain('Đơn vị 9 ');
    expect(below).toMatch(/; và 3 đơn vị khác\.$/);
  });
});

describe('topInitiativesParagraph', () => {
  it('names title, benefit, authors and unit, and masks confidential ones', () => {
    const report = ngheAn({
      top_initiatives: [
        {
          code: 'SK1',
          title: 'Phát triển thành công mã hàng PE 86% bột đá',
          authors: ['Lê Thị Ngân Hương'],
          unit_name: 'CĐCS Công ty CP Phụ gia nhựa Mega',
          benefit_vnd: 12_000_000_000,
          benefit_period: 'year',
          benefit_vnd_year: 12_000_000_000,
          confidential: false,
        },
        {
          code: 'SK2',
          title: '(bảo mật)',
          authors: [],
          unit_name: 'CĐCS Công ty CP Lâm nghiệp tháng Năm',
          benefit_vnd: 4_955_909_731,
          benefit_period: 'half_year',
          benefit_vnd_year: 9_911_819_462,
          confidential: true,
        },
      ],
    });
    const prose = topInitiativesParagraph(report)!;
    expect(proseText(prose).replace(/\u00a0/g, ' ')).toBe(
      'Trong 21.725 lượt nộp sáng kiến có nhiều sáng kiến có giá trị làm lợi cao như: ' +
        'Sáng kiến “Phát triển thành công mã hàng PE 86% bột đá”, giá trị làm lợi 12.000.000.000 đồng/năm ' +
        'của Lê Thị Ngân Hương, CĐCS Công ty CP Phụ gia nhựa Mega; ' +
        'Sáng kiến (bảo mật), giá trị làm lợi 4.955.909.731 đồng/6 tháng, của CĐCS Công ty CP Lâm nghiệp tháng Năm.',
    );
    expect(prose.find((s) => s.italic)?.text).toBe('Phát triển thành công mã hàng PE 86% bột đá');
  });

  it('is absent without valid initiatives that state a benefit', () => {
    expect(topInitiativesParagraph(ngheAn())).toBeNull();
  });
});

describe('wording helpers', () => {
  it('says "Kết thúc" once the phase is over, else the date', () => {
    expect(momentPhrase(ngheAn())).toBe('Kết thúc Giai đoạn I');
    expect(momentPhrase(ngheAn({ as_of: '2022-04-15T09:00:00+07:00' }))).toBe('Tính đến ngày 15/04/2022');
  });

  it('quotes a programme name unless it already says "Chương trình"', () => {
    expect(programmeTitle('01 triệu sáng kiến')).toBe('Chương trình “01 triệu sáng kiến”');
    expect(programmeTitle('Chương trình sáng kiến mẫu')).toBe('Chương trình sáng kiến mẫu');
  });

  it('joins lists the Vietnamese way', () => {
    expect(joinList(['A'])).toBe('A');
    expect(joinList(['A', 'B', 'C'])).toBe('A, B và C');
  });
});
