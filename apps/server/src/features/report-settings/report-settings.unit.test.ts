import { describe, expect, it } from 'vitest';
import { defaultReportSettings, placeFromProvinceName } from './report-settings.rules.ts';

describe('placeFromProvinceName', () => {
  it.each([
    ['LĐLĐ tỉnh Nghệ An', 'Nghệ An'],
    ['Liên đoàn Lao động tỉnh Thừa Thiên Huế', 'Thừa Thiên Huế'],
    ['Liên đoàn Lao động thành phố Hà Nội', 'Hà Nội'],
    ['LĐLĐ TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Hải Phòng', 'Hải Phòng'],
  ])('%s → %s', (name, place) => {
    expect(placeFromProvinceName(name)).toBe(place);
  });
});

describe('defaultReportSettings', () => {
  const national = { name: 'Tổng Liên đoàn Lao động Việt Nam', kind: 'national' as const };
  const province = { name: 'LĐLĐ tỉnh Nghệ An', kind: 'province' as const };
  const district = { name: 'LĐLĐ huyện Nghi Lộc', kind: 'district' as const };

  it('heads a province report with the national federation above it', () => {
    expect(defaultReportSettings(province, national, province)).toEqual({
      superior_name: 'Tổng Liên đoàn Lao động Việt Nam',
      issuer_name: 'LĐLĐ tỉnh Nghệ An',
      short_name: 'LĐLĐ',
      place_name: 'Nghệ An',
      signer_capacity: 'TM. BAN THƯỜNG VỤ',
      signer_title: 'CHỦ TỊCH',
      signer_name: '',
      recipients: ['Tổng Liên đoàn Lao động Việt Nam (để báo cáo)', 'Các đơn vị trực thuộc', 'Lưu: VP'],
    });
  });

  it('places a district in its province', () => {
    expect(defaultReportSettings(district, province, province)).toMatchObject({
      superior_name: 'LĐLĐ tỉnh Nghệ An',
      place_name: 'Nghệ An',
    });
  });

  it('gives the root no superior and Hà Nội as its place', () => {
    expect(defaultReportSettings(national, null, null)).toMatchObject({
      superior_name: '',
      short_name: 'TLĐ',
      place_name: 'Hà Nội',
      recipients: ['Các đơn vị trực thuộc', 'Lưu: VP'],
    });
  });

  it('has a grassroots union signed by its Executive Committee', () => {
    const grassroots = { name: 'CĐCS Trường THPT Nghi Lộc 1', kind: 'grassroots' as const };
    expect(defaultReportSettings(grassroots, district, province)).toMatchObject({
      short_name: 'CĐCS',
      signer_capacity: 'TM. BAN CHẤP HÀNH',
      recipients: ['LĐLĐ huyện Nghi Lộc (để báo cáo)', 'Lưu: VP'],
    });
  });
});
