import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { copyExampleDataset, type DatasetCopy } from '../../../test/dataset-copy.ts';
import { databaseSnapshot } from '../../../test/database-snapshot.ts';
import { createTestDatabase, EXAMPLE_DATASET, type TestDatabase } from '../../../test/helpers.ts';
import { formatIssue } from './import-issues.ts';
import { importDataset } from './import.service.ts';

/** Each case breaks one thing in a copy of the example and expects exactly these lines. */
const CASES: Array<{ what: string; change: (d: DatasetCopy) => void; lines: string[] }> = [
  {
    what: 'an unknown parent',
    change: (d) => d.setRow('units.csv', 6, 'TMH1,LĐLĐ huyện Đông,district,TX,0'),
    lines: ['units.csv:6: parent_code: không tìm thấy đơn vị cấp trên "TX"'],
  },
  {
    what: 'a cycle',
    change: (d) => d.setRow('units.csv', 3, 'TM,LĐLĐ tỉnh Mẫu,LĐLĐ tỉnh,TMH1,0'),
    lines: ['units.csv:3: parent_code: vòng lặp cấp trên: TM → TMH1 → TM'],
  },
  {
    what: 'two roots',
    change: (d) => d.appendRow('units.csv', 'TX,LĐLĐ tỉnh Xa,province,,0'),
    lines: [
      'units.csv:2: parent_code: chỉ được có một đơn vị gốc (không có cấp trên), đang có 2: "TW", "TX"',
      'units.csv:21: parent_code: chỉ được có một đơn vị gốc (không có cấp trên), đang có 2: "TW", "TX"',
    ],
  },
  {
    what: 'a duplicate code',
    change: (d) => d.appendRow('units.csv', 'TMH1,LĐLĐ huyện Đông mới,district,TM,0'),
    lines: ['units.csv:21: code: mã đơn vị "TMH1" bị trùng với dòng 6'],
  },
  {
    what: 'an initiative in a unit that is not grassroots',
    change: (d) =>
      d.setRow(
        'initiatives.csv',
        2,
        'SK000001,Tái sử dụng nước làm mát máy nén khí,GD1,TMH1,DV000001,Hợp lệ,2022-02-23T23:02,,1.200.000.000,year,public',
      ),
    lines: ['initiatives.csv:2: unit_code: đơn vị "TMH1" không phải Công đoàn cơ sở (loại: LĐLĐ huyện)'],
  },
  {
    what: 'an author who is not a member',
    change: (d) =>
      d.setRow(
        'initiatives.csv',
        2,
        'SK000001,Tái sử dụng nước làm mát máy nén khí,GD1,TMH1C0001,DV999999,Hợp lệ,2022-02-23T23:02,,1.200.000.000,year,public',
      ),
    lines: ['initiatives.csv:2: author_codes: tác giả "DV999999" không có trong danh sách đoàn viên'],
  },
  {
    what: 'an unknown phase',
    change: (d) =>
      d.setRow(
        'initiatives.csv',
        2,
        'SK000001,Tái sử dụng nước làm mát máy nén khí,GD9,TMH1C0001,DV000001,Hợp lệ,2022-02-23T23:02,,1.200.000.000,year,public',
      ),
    lines: ['initiatives.csv:2: phase_code: không tìm thấy giai đoạn "GD9"'],
  },
  {
    what: 'a negative quota',
    change: (d) => d.setRow('quotas.csv', 2, 'TM,GD1,-40'),
    lines: ['quotas.csv:2: quota: phải là số nguyên không âm, nhận được "-40"'],
  },
  {
    what: 'an unparseable date',
    change: (d) =>
      d.setRow(
        'initiatives.csv',
        3,
        'SK000002,Công thức phối trộn phụ gia mới,GD1,TMH1C0001,DV000002,Hợp lệ,31/02/2022 11:21,,400.000.000,6 tháng,confidential',
      ),
    lines: [
      'initiatives.csv:3: submitted_at: "31/02/2022 11:21" không phải ngày giờ hợp lệ (dùng YYYY-MM-DD, YYYY-MM-DDTHH:MM hoặc DD/MM/YYYY HH:MM)',
    ],
  },
  {
    what: 'an unparseable number',
    change: (d) =>
      d.setRow(
        'initiatives.csv',
        2,
        'SK000001,Tái sử dụng nước làm mát máy nén khí,GD1,TMH1C0001,DV000001,Hợp lệ,2022-02-23T23:02,,1.2 tỷ,year,public',
      ),
    lines: ['initiatives.csv:2: benefit_vnd: "1.2 tỷ" không phải số nguyên (ví dụ 1200 hoặc 4.955.909.731)'],
  },
  {
    what: 'a file that is not UTF-8',
    change: (d) =>
      d.write(
        'members.csv',
        Buffer.concat([
          Buffer.from('member_code,full_name,unit_code,phone,job_title\nDV000001,'),
          Buffer.from([0xd0, 0xe6, 0x6e, 0x67]),
          Buffer.from(' Thị Khánh,TMH1C0001,,\n'),
        ]),
      ),
    lines: ['members.csv:2: tệp không phải UTF-8; hãy lưu lại với mã hóa UTF-8 (CSV UTF-8)'],
  },
  {
    what: 'an empty file',
    change: (d) => d.write('quotas.csv', ''),
    lines: ['quotas.csv:1: tệp rỗng, không có dòng tiêu đề'],
  },
  {
    what: 'a missing required column',
    change: (d) => d.write('quotas.csv', 'unit_code,phase_code\nTM,GD1\n'),
    lines: ['quotas.csv:1: quota: thiếu cột bắt buộc "Chỉ tiêu" (quota)'],
  },
  {
    what: 'a bad Vietnamese label and a bad phone in one go (every problem is listed)',
    change: (d) => {
      d.setRow('units.csv', 6, 'TMH1,LĐLĐ huyện Đông,Phường,TM,0');
      d.setRow('members.csv', 2, 'DV000001,Đặng Thị Khánh,TMH1C0001,12345,');
    },
    lines: [
      'units.csv:6: kind: loại đơn vị "Phường" không hợp lệ; dùng một trong: national (Tổng Liên đoàn), province (LĐLĐ tỉnh), district (LĐLĐ huyện), sector (Công đoàn ngành), industrial_zone (Công đoàn KCN/KKT), grassroots (Công đoàn cơ sở), other (Khác)',
      'members.csv:2: phone: "12345" không phải số di động Việt Nam (ví dụ 0912 345 678)',
    ],
  },
];

describe('a bad dataset is refused whole, with every problem located', () => {
  let test: TestDatabase;
  let copy: DatasetCopy;
  beforeAll(async () => {
    test = await createTestDatabase();
    const first = await importDataset(test.database, EXAMPLE_DATASET);
    expect(first.ok).toBe(true);
  });
  afterAll(() => test.close());
  beforeEach(() => {
    copy = copyExampleDataset();
  });
  afterEach(() => copy.remove());

  for (const c of CASES) {
    it(`refuses ${c.what}`, async () => {
      c.change(copy);
      const before = await databaseSnapshot(test.database.db);
      const result = await importDataset(test.database, copy.dir);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(c.lines);
      expect(await databaseSnapshot(test.database.db)).toEqual(before);
    });
  }

  it('refuses a new member in a district instead of a grassroots union', async () => {
    copy.appendRow('members.csv', 'DV000099,Nguyễn Văn Mới,TMH1,,');
    const result = await importDataset(test.database, copy.dir);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'members.csv:29: unit_code: đơn vị "TMH1" không phải Công đoàn cơ sở (loại: LĐLĐ huyện)',
    ]);
  });
});
