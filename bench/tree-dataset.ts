/** A synthetic national tree for the tree-browser figures. */
import type { ParsedDataset, UnitRow } from '../apps/server/src/features/datasets/dataset-rows.ts';

export /** ~130,000 units: 34 provinces × 20 districts × 188 grassroots, plus one district with 2,000. */
function treeDataset(): ParsedDataset {
  const rows: UnitRow[] = [];
  let row = 1;
  const add = (code: string, name: string, kind: UnitRow['kind'], parentCode: string | null) =>
    rows.push({ row: ++row, code, name, kind, parentCode, members: kind === 'grassroots' ? 50 : 0, joinCode: null });
  const places = [
    'Hưng Đông',
    'Nghi Lộc',
    'Thanh Chương',
    'Yên Thành',
    'Quỳnh Lưu',
    'Đô Lương',
    'Diễn Châu',
    'Nam Đàn',
  ];
  const kinds = ['Trường Tiểu học', 'Trường THCS', 'Công ty Cổ phần May', 'Bệnh viện Đa khoa', 'Ủy ban nhân dân xã'];
  add('VN', 'Tổng Liên đoàn Lao động Việt Nam', 'national', null);
  for (let p = 1; p <= 34; p++) {
    add(`P${p}`, `Liên đoàn Lao động tỉnh số ${p}`, 'province', 'VN');
    for (let d = 1; d <= 20; d++) {
      const dc = `P${p}D${d}`;
      add(dc, `Liên đoàn Lao động huyện ${places[d % places.length]} ${d} (tỉnh ${p})`, 'district', `P${p}`);
      for (let g = 1; g <= 188; g++) {
        add(
          `${dc}G${g}`,
          `CĐCS ${kinds[g % kinds.length]} ${places[(g + d) % places.length]} số ${g}`,
          'grassroots',
          dc,
        );
      }
    }
  }
  add('BIG', 'Công đoàn Khu công nghiệp Lớn', 'industrial_zone', 'P1');
  for (let g = 1; g <= 2_000; g++) add(`BIGG${g}`, `CĐCS Công ty TNHH Điện tử số ${g}`, 'grassroots', 'BIG');
  const empty = { units: new Set<string>(), phases: new Set<string>(), members: new Set<string>() };
  return {
    units: rows,
    phases: [],
    quotas: [],
    members: [],
    initiatives: [],
    labels: { units: 'units.csv' },
    columns: { units: new Set(['members']) },
    erroredCodes: empty,
  };
}
