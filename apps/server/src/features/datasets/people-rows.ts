/** Parsing the people's tables: members and their initiatives. */
import {
  BENEFIT_PERIOD_LABELS,
  CONFIDENTIALITY_LABELS,
  STATUS_LABELS,
  normaliseVietnamesePhone,
  parseBenefitPeriod,
  parseConfidentiality,
  parseStatus,
  type BenefitPeriod,
  type Confidentiality,
} from '@sangkien/shared';
import type { InitiativeRow, MemberRow } from './dataset-rows.ts';
import { checkUnique, type TableReader } from './table-reader.ts';

export function parseMembers(reader: TableReader, errored: Set<string>): MemberRow[] {
  const out: MemberRow[] = [];
  for (const raw of reader.raw.rows) {
    reader.at(raw);
    const before = reader.issues.length;
    const code = reader.text('member_code', true);
    const fullName = reader.text('full_name', true);
    const unitCode = reader.text('unit_code', true);
    const phoneText = reader.text('phone');
    const phone = phoneText === null ? null : normaliseVietnamesePhone(phoneText);
    if (phoneText !== null && phone === null) {
      reader.issue(`"${phoneText}" không phải số di động Việt Nam (ví dụ 0912 345 678)`, 'phone');
    }
    const jobTitle = reader.text('job_title');
    reader.rememberErrored(before, 'member_code', errored);
    if (reader.issues.length === before && code && fullName && unitCode) {
      out.push({ row: raw.row, code, fullName, unitCode, phone, jobTitle });
    }
  }
  checkUnique(out, (r) => r.code, reader, 'member_code', 'mã đoàn viên');
  return out;
}

export function parseInitiatives(reader: TableReader): InitiativeRow[] {
  const out: InitiativeRow[] = [];
  for (const raw of reader.raw.rows) {
    reader.at(raw);
    const before = reader.issues.length;
    const code = reader.text('code', true);
    const title = reader.text('title', true);
    const phaseCode = reader.text('phase_code', true);
    const unitCode = reader.text('unit_code', true);
    const authorText = reader.text('author_codes', true);
    const authorCodes = (authorText ?? '')
      .split(/[;,]/)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const repeated = authorCodes.find((c, i) => authorCodes.indexOf(c) !== i);
    if (repeated) reader.issue(`tác giả "${repeated}" bị lặp`, 'author_codes');
    const status = reader.choice('status', parseStatus, STATUS_LABELS, 'trạng thái');
    const submittedAt = reader.instant('submitted_at', status !== null && status !== 'draft');
    const benefitVnd = reader.integer('benefit_vnd');
    const benefitPeriod = reader.choice(
      'benefit_period',
      parseBenefitPeriod,
      BENEFIT_PERIOD_LABELS,
      'kỳ tính giá trị',
      'year' as BenefitPeriod,
    );
    const confidentiality = reader.choice(
      'confidentiality',
      parseConfidentiality,
      CONFIDENTIALITY_LABELS,
      'mức độ bảo mật',
      'internal' as Confidentiality,
    );
    if (reader.issues.length === before && code && title && phaseCode && unitCode && authorCodes.length > 0 && status) {
      out.push({
        row: raw.row,
        code,
        title,
        phaseCode,
        unitCode,
        authorCodes,
        status,
        submittedAt,
        field: reader.text('field'),
        problem: reader.longText('problem'),
        solution: reader.longText('solution'),
        benefit: reader.longText('benefit'),
        benefitVnd,
        benefitPeriod,
        confidentiality,
      });
    }
  }
  checkUnique(out, (r) => r.code, reader, 'code', 'mã sáng kiến');
  return out;
}
