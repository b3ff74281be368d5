/**
 * Pure parsing of raw tables into typed rows: headers matched loosely (case, diacritics, spaces,
 * underscores; English key or Vietnamese header), values parsed the forgiving Vietnamese way,
 * every problem reported as `file:row: column: reason`.
 */
import type { BenefitPeriod, Confidentiality, InitiativeStatus, UnitKind } from '@sangkien/shared';
import { TABLES, TABLE_NAMES, type TableName } from './dataset-columns.ts';
import type { RawDataset } from './dataset-reader.ts';
import type { ImportIssue } from './import-issues.ts';
import { parseInitiatives, parseMembers } from './people-rows.ts';
import { TableReader } from './table-reader.ts';
import { parsePhases, parseQuotas, parseUnits } from './tree-rows.ts';

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
