import { describe, expect, it } from 'vitest';
import {
  parseBenefitPeriod,
  parseConfidentiality,
  parseStatus,
  parseUnitKind,
  statusBucket,
  yearlyBenefit,
} from './enums.ts';

describe('vocabularies', () => {
  it.each([
    ['Tổng Liên đoàn', 'national'],
    ['LĐLĐ tỉnh', 'province'],
    ['lđlđ huyện', 'district'],
    ['Công đoàn ngành', 'sector'],
    ['Công đoàn KCN/KKT', 'industrial_zone'],
    ['Công đoàn cơ sở', 'grassroots'],
    ['grassroots', 'grassroots'],
    ['Khác', 'other'],
  ])('unit kind %s', (text, kind) => expect(parseUnitKind(text)).toBe(kind));

  it.each([
    ['Nháp', 'draft'],
    ['Đã nộp', 'submitted'],
    ['đang xem xét', 'in_review'],
    ['Yêu cầu bổ sung', 'needs_revision'],
    ['Hợp lệ', 'valid'],
    ['Không hợp lệ', 'invalid'],
    ['Đã rút', 'withdrawn'],
    ['in_review', 'in_review'],
  ])('status %s', (text, status) => expect(parseStatus(text)).toBe(status));

  it.each([
    ['Một lần', 'once'],
    ['Tháng', 'month'],
    ['6 tháng', 'half_year'],
    ['Năm', 'year'],
    ['half_year', 'half_year'],
  ])('benefit period %s', (text, period) => expect(parseBenefitPeriod(text)).toBe(period));

  it.each([
    ['Công khai', 'public'],
    ['Nội bộ', 'internal'],
    ['Bảo mật', 'confidential'],
  ])('confidentiality %s', (text, level) => expect(parseConfidentiality(text)).toBe(level));

  it('refuses unknown labels', () => {
    expect(parseUnitKind('Phường')).toBeNull();
    expect(parseStatus('OK')).toBeNull();
  });

  it('counts drafts and withdrawn initiatives in no figure', () => {
    expect(statusBucket('draft')).toBeNull();
    expect(statusBucket('withdrawn')).toBeNull();
    expect(statusBucket('needs_revision')).toBe('pending');
    expect(statusBucket('valid')).toBe('valid');
  });

  it('normalises benefits to a year, one-off counted once', () => {
    expect(yearlyBenefit(287_000_000, 'month')).toBe(3_444_000_000);
    expect(yearlyBenefit(4_955_909_731, 'half_year')).toBe(9_911_819_462);
    expect(yearlyBenefit(50_000_000, 'once')).toBe(50_000_000);
  });
});
