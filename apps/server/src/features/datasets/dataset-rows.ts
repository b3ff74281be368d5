/**
 * Pure parsing of raw tables into typed rows: headers matched loosely (case, diacritics, spaces,
 * underscores; English key or Vietnamese header), values parsed the forgiving Vietnamese way,
 * every problem reported as `file:row: column: reason`.
 */
import {
  BENEFIT_PERIOD_LABELS,
  CONFIDENTIALITY_LABELS,
  STATUS_LABELS,
  UNIT_KIND_LABELS,
  foldKey,
  normaliseText,
  normaliseVietnamesePhone,
  parseBenefitPeriod,
  parseConfidentiality,
  parseStatus,
  parseUnitKind,
  parseVietnamLocal,
  parseVietnameseInteger,
  parseWindowEnd,
  type BenefitPeriod,
  type Confidentiality,
  type InitiativeStatus,
  type UnitKind,
} from '@sangkien/shared';
import { TABLES, TABLE_NAMES, type TableName } from './dataset-columns.ts';
import type { RawDataset, RawRow, RawTable } from './dataset-reader.ts';
import type { ImportIssue } from './import-issues.ts';

export interface UnitRow {
  row: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  members: number;
  joinCode: string | null;
}

export interface PhaseRow {
  row: number;
  programmeCode: string;
  programmeName: string;
  programmeGoal: number | null;
  phaseCode: string;
  phaseName: string;
  startsAt: Date;
  endsAt: Date;
}

export interface QuotaRow {
  row: number;
  unitCode: string;
  phaseCode: string;
  quota: number;
}

export interface MemberRow {
  row: number;
  code: string;
  fullName: string;
  unitCode: string;
  phone: string | null;
  jobTitle: string | null;
}

export interface InitiativeRow {
  row: number;
  code: string;
  title: string;
  phaseCode: string;
  unitCode: string;
  authorCodes: string[];
  status: InitiativeStatus;
  submittedAt: Date | null;
  field: string | null;
  problem: string | null;
  solution: string | null;
  benefit: string | null;
  benefitVnd: number | null;
  benefitPeriod: BenefitPeriod;
  confidentiality: Confidentiality;
}

export interface ParsedDataset {
  units: UnitRow[];
  phases: PhaseRow[];
  quotas: QuotaRow[];
  members: MemberRow[];
  initiatives: InitiativeRow[];
  /** File label of each table present, for later (cross-table) issues. */
  labels: Partial<Record<TableName, string>>;
  /** Column keys each file has: an absent optional column keeps what the database holds. */
  columns: Partial<Record<TableName, Set<string>>>;
  /** Codes of rows that had errors: references to them are not reported a second time. */
  erroredCodes: { units: Set<string>; phases: Set<string>; members: Set<string> };
}

const labelList = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([key, label]) => `${key} (${label})`)
    .join(', ');

/** Reads cells of one table by column key, collecting issues. */
class TableReader {
  private readonly index = new Map<string, { at: number; label: string }>();
  private current: RawRow = { row: 0, cells: [] };

  constructor(
    readonly raw: RawTable,
    readonly issues: ImportIssue[],
  ) {
    const spec = TABLES[raw.table];
    raw.header.forEach((header, at) => {
      const key = foldKey(header);
      const column = spec.columns.find((c) => foldKey(c.key) === key || foldKey(c.header) === key);
      if (column && !this.index.has(column.key)) this.index.set(column.key, { at, label: header });
    });
    for (const column of spec.columns) {
      if (column.required && !this.index.has(column.key)) {
        this.issue(`thiếu cột bắt buộc "${column.header}" (${column.key})`, column.key, 1);
      }
    }
  }

  get presentKeys(): Set<string> {
    return new Set(this.index.keys());
  }

  /** The row's code when the row itself had errors (it still exists for references). */
  rememberErrored(before: number, key: string, into: Set<string>): void {
    if (this.issues.length === before) return;
    const column = this.index.get(key);
    const code = column ? normaliseText(this.current.cells[column.at] ?? '') : '';
    if (code !== '') into.add(code);
  }

  get usable(): boolean {
    return TABLES[this.raw.table].columns.every((c) => !c.required || this.index.has(c.key));
  }

  at(row: RawRow): void {
    this.current = row;
  }

  label(key: string): string {
    return this.index.get(key)?.label ?? key;
  }

  issue(message: string, key?: string, row = this.current.row): void {
    this.issues.push({ file: this.raw.label, row, ...(key ? { column: this.label(key) } : {}), message });
  }

  /** The cell as NFC text with single spaces; null when empty or the column is absent. */
  text(key: string, required = false): string | null {
    const column = this.index.get(key);
    const value = column ? normaliseText(this.current.cells[column.at] ?? '') : '';
    if (value === '') {
      if (required && column) this.issue('thiếu giá trị bắt buộc', key);
      return null;
    }
    return value;
  }

  /** Multi-line text keeps its line breaks. */
  longText(key: string): string | null {
    const column = this.index.get(key);
    const value = column ? (this.current.cells[column.at] ?? '').normalize('NFC').trim() : '';
    return value === '' ? null : value;
  }

  integer(key: string, required = false): number | null {
    const text = this.text(key, required);
    if (text === null) return null;
    if (/^-\s*\d/.test(text)) {
      this.issue(`phải là số nguyên không âm, nhận được "${text}"`, key);
      return null;
    }
    const value = parseVietnameseInteger(text);
    if (value === null) this.issue(`"${text}" không phải số nguyên (ví dụ 1200 hoặc 4.955.909.731)`, key);
    return value;
  }

  instant(key: string, required: boolean, windowEnd = false): Date | null {
    const text = this.text(key, required);
    if (text === null) return null;
    const value = windowEnd ? parseWindowEnd(text) : (parseVietnamLocal(text)?.date ?? null);
    if (value === null) {
      this.issue(`"${text}" không phải ngày giờ hợp lệ (dùng YYYY-MM-DD, YYYY-MM-DDTHH:MM hoặc DD/MM/YYYY HH:MM)`, key);
    }
    return value;
  }

  choice<T>(
    key: string,
    parse: (text: string) => T | null,
    labels: Record<string, string>,
    what: string,
    fallback: T,
  ): T;
  choice<T>(key: string, parse: (text: string) => T | null, labels: Record<string, string>, what: string): T | null;
  choice<T>(
    key: string,
    parse: (text: string) => T | null,
    labels: Record<string, string>,
    what: string,
    fallback?: T,
  ) {
    const text = this.text(key, fallback === undefined);
    if (text === null) return fallback ?? null;
    const value = parse(text);
    if (value === null) this.issue(`${what} "${text}" không hợp lệ; dùng một trong: ${labelList(labels)}`, key);
    return value ?? fallback ?? null;
  }
}

/** Duplicate keys within one file: the second occurrence is the error. */
function checkUnique<T extends { row: number }>(
  rows: T[],
  keyOf: (row: T) => string,
  reader: TableReader,
  column: string,
  what: string,
) {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    const first = seen.get(key);
    if (first !== undefined) reader.issue(`${what} "${key}" bị trùng với dòng ${first}`, column, row.row);
    else seen.set(key, row.row);
  }
}

function parseUnits(reader: TableReader, errored: Set<string>): UnitRow[] {
  const out: UnitRow[] = [];
  for (const raw of reader.raw.rows) {
    reader.at(raw);
    const before = reader.issues.length;
    const code = reader.text('code', true);
    const name = reader.text('name', true);
    const kind = reader.choice('kind', parseUnitKind, UNIT_KIND_LABELS, 'loại đơn vị');
    const parentCode = reader.text('parent_code');
    const members = reader.integer('members') ?? 0;
    const joinCode = reader.text('join_code');
    if (joinCode !== null && !/^[A-Za-z0-9-]{4,32}$/.test(joinCode)) {
      reader.issue(
        `mã tham gia "${joinCode}" chỉ được gồm chữ không dấu, số và dấu gạch ngang (4–32 ký tự)`,
        'join_code',
      );
    }
    reader.rememberErrored(before, 'code', errored);
    if (reader.issues.length === before && code && name && kind) {
      out.push({ row: raw.row, code, name, kind, parentCode, members, joinCode: joinCode?.toUpperCase() ?? null });
    }
  }
  checkUnique(out, (r) => r.code, reader, 'code', 'mã đơn vị');
  checkUnique(
    out.filter((r) => r.joinCode),
    (r) => r.joinCode!,
    reader,
    'join_code',
    'mã tham gia',
  );
  return out;
}

function parsePhases(reader: TableReader, errored: Set<string>): PhaseRow[] {
  const out: PhaseRow[] = [];
  const programmes = new Map<string, { name: string; goal: number | null; row: number }>();
  for (const raw of reader.raw.rows) {
    reader.at(raw);
    const before = reader.issues.length;
    const programmeCode = reader.text('programme_code', true);
    const programmeName = reader.text('programme_name', true);
    const programmeGoal = reader.integer('programme_goal');
    const phaseCode = reader.text('phase_code', true);
    const phaseName = reader.text('phase_name', true);
    const startsAt = reader.instant('starts_at', true);
    const endsAt = reader.instant('ends_at', true, true);
    if (startsAt && endsAt && endsAt <= startsAt)
      reader.issue('thời điểm kết thúc phải sau thời điểm bắt đầu', 'ends_at');
    if (programmeCode && programmeName) {
      const known = programmes.get(programmeCode);
      if (!known) programmes.set(programmeCode, { name: programmeName, goal: programmeGoal, row: raw.row });
      else if (known.name !== programmeName) {
        reader.issue(`chương trình "${programmeCode}" mang tên khác với dòng ${known.row}`, 'programme_name');
      } else if (programmeGoal !== null && known.goal !== null && known.goal !== programmeGoal) {
        reader.issue(`chương trình "${programmeCode}" có mục tiêu khác với dòng ${known.row}`, 'programme_goal');
      }
    }
    reader.rememberErrored(before, 'phase_code', errored);
    if (
      reader.issues.length === before &&
      programmeCode &&
      programmeName &&
      phaseCode &&
      phaseName &&
      startsAt &&
      endsAt
    ) {
      out.push({ row: raw.row, programmeCode, programmeName, programmeGoal, phaseCode, phaseName, startsAt, endsAt });
    }
  }
  checkUnique(out, (r) => r.phaseCode, reader, 'phase_code', 'mã giai đoạn');
  return out;
}

function parseQuotas(reader: TableReader): QuotaRow[] {
  const out: QuotaRow[] = [];
  for (const raw of reader.raw.rows) {
    reader.at(raw);
    const before = reader.issues.length;
    const unitCode = reader.text('unit_code', true);
    const phaseCode = reader.text('phase_code', true);
    const quota = reader.integer('quota', true);
    if (reader.issues.length === before && unitCode && phaseCode && quota !== null) {
      out.push({ row: raw.row, unitCode, phaseCode, quota });
    }
  }
  checkUnique(out, (r) => `${r.unitCode} / ${r.phaseCode}`, reader, 'unit_code', 'chỉ tiêu của đơn vị / giai đoạn');
  return out;
}

function parseMembers(reader: TableReader, errored: Set<string>): MemberRow[] {
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

function parseInitiatives(reader: TableReader): InitiativeRow[] {
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

/** No rows yet; `columns` lists every table's columns (generated datasets have them all). */
export function emptyDataset(): ParsedDataset {
  const columns: ParsedDataset['columns'] = {};
  for (const table of TABLE_NAMES) columns[table] = new Set(TABLES[table].columns.map((c) => c.key));
  return {
    units: [],
    phases: [],
    quotas: [],
    members: [],
    initiatives: [],
    labels: {},
    columns,
    erroredCodes: { units: new Set(), phases: new Set(), members: new Set() },
  };
}

export function parseDataset(raw: RawDataset, issues: ImportIssue[]): ParsedDataset {
  const parsed = emptyDataset();
  const read = <T>(table: TableName, parse: (reader: TableReader) => T[]): T[] => {
    const source = raw.tables[table];
    if (!source) return [];
    parsed.labels[table] = source.label;
    const reader = new TableReader(source, issues);
    parsed.columns[table] = reader.presentKeys;
    return reader.usable ? parse(reader) : [];
  };
  const errored = parsed.erroredCodes;
  parsed.units = read('units', (r) => parseUnits(r, errored.units));
  parsed.phases = read('phases', (r) => parsePhases(r, errored.phases));
  parsed.quotas = read('quotas', parseQuotas);
  parsed.members = read('members', (r) => parseMembers(r, errored.members));
  parsed.initiatives = read('initiatives', parseInitiatives);
  return parsed;
}
