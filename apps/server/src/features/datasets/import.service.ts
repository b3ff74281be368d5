/**
 * `sangkien import`: a dataset folder or workbook applied whole, or not at all, with every
 * problem listed as `file:row: column: reason` (interchange.md §1).
 */
import { sql } from 'drizzle-orm';
import { foldVietnamese } from '@sangkien/shared';
import type { Database } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { recountStats } from '../stats/stats.repository.ts';
import { signalStatsChanged } from '../stats/stats-events.ts';
import { randomJoinCode } from '../units/join-codes.ts';
import { checkDataset, referencedMemberCodes } from './dataset-checks.ts';
import { readDataset } from './dataset-reader.ts';
import { checkScope, type ImportScope } from './dataset-scope.ts';
import { parseDataset, type ParsedDataset } from './dataset-rows.ts';
import { TABLE_NAMES } from './dataset-columns.ts';
import { INITIATIVE_STAGE, addMissingFields, upsertInitiatives } from './import-initiatives.repository.ts';
import {
  loadExistingState,
  loadScopeState,
  stage,
  takenJoinCodes,
  upsertMembers,
  upsertProgrammesAndPhases,
  upsertQuotas,
  upsertUnits,
  type TableCounts,
} from './import.repository.ts';
import type { ImportIssue } from './import-issues.ts';

export type ImportCounts = Record<
  'units' | 'programmes' | 'phases' | 'quotas' | 'members' | 'initiatives',
  TableCounts
>;

export type ImportResult = { ok: true; counts: ImportCounts; rows: number } | { ok: false; issues: ImportIssue[] };

export interface ImportOptions {
  now?: Date;
  /** An admin's import: members.csv of this unit's subtree only. */
  scope?: ImportScope;
  accountId?: number | null;
  /** Progress lines for long imports (the CLI prints them). */
  onProgress?: (message: string) => void;
}

const IMPORT_LOCK = 7_270_002;
/** Imports this large refresh the planner's statistics of the tables they filled. */
const ANALYZE_AFTER_ROWS = 10_000;

/** Reads and checks everything first, then writes everything in one transaction. */
export async function importDataset(
  database: Database,
  source: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const raw = await readDataset(source);
  const issues: ImportIssue[] = [...raw.issues];
  const data = parseDataset(raw, issues);
  return applyDataset(database, data, issues, { ...options, label: source.split('/').pop() ?? source });
}

/** Checks parsed rows against the database and writes them whole, or returns every issue. */
export async function applyDataset(
  database: Database,
  data: ParsedDataset,
  issues: ImportIssue[] = [],
  options: ImportOptions & { label?: string } = {},
): Promise<ImportResult> {
  const now = options.now ?? new Date();
  const progress = options.onProgress ?? (() => {});
  const rows = TABLE_NAMES.reduce((n, t) => n + (data[t] as unknown[]).length, 0);
  progress(`Đã đọc ${rows} dòng`);

  return database.db.transaction(async (tx) => {
    if (database.kind === 'postgres') await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
    if (options.scope) {
      const scopeState = await loadScopeState(
        tx,
        options.scope.unitId,
        [...new Set(data.members.map((m) => m.unitCode))],
        data.members.map((m) => m.code),
      );
      checkScope(data, options.scope, scopeState, issues);
    }
    const state = await loadExistingState(
      tx,
      data.units.filter((u) => u.kind !== 'grassroots').map((u) => u.code),
      referencedMemberCodes(data),
      data.units.flatMap((u) => (u.joinCode ? [u.joinCode] : [])),
    );
    checkDataset(data, state, issues);
    if (issues.length > 0) return { ok: false as const, issues: orderIssues(issues, data) };

    const counts = await writeDataset(database, tx, data, state.units, now, progress);
    // A bulk load leaves the planner without statistics: without them the export's author lookup
    // scanned every member per initiative (9 min per 5,000 rows on the national demo).
    if (rows >= ANALYZE_AFTER_ROWS) await tx.execute(sql`analyze units, members, initiatives, initiative_authors`);
    await recordAudit(tx, {
      at: now,
      accountId: options.accountId ?? null,
      action: 'import',
      entity: 'dataset',
      entityKey: options.label ?? 'dataset',
      unitId: options.scope?.unitId ?? null,
      after: counts,
    });
    return { ok: true as const, counts, rows };
  });
}

type Tx = Parameters<Parameters<Database['db']['transaction']>[0]>[0];

async function writeDataset(
  database: Database,
  tx: Tx,
  data: ParsedDataset,
  existingUnits: Map<string, unknown>,
  now: Date,
  progress: (message: string) => void,
): Promise<ImportCounts> {
  const kind = database.kind;
  const has = (table: keyof ParsedDataset['columns'], column: string) => data.columns[table]?.has(column) ?? false;

  // New grassroots units without a join code get a fresh one.
  const needCodes = data.units.filter((u) => !u.joinCode && u.kind === 'grassroots' && !existingUnits.has(u.code));
  const fresh = new Map<string, string>();
  while (fresh.size < needCodes.length) {
    const candidates = needCodes.slice(fresh.size).map(() => randomJoinCode());
    const taken = await takenJoinCodes(tx, candidates);
    const used = new Set([...fresh.values(), ...data.units.map((u) => u.joinCode)]);
    for (const code of candidates) {
      if (taken.has(code) || used.has(code) || fresh.size >= needCodes.length) continue;
      fresh.set(needCodes[fresh.size]!.code, code);
      used.add(code);
    }
  }

  await stage(
    kind,
    tx,
    'stage_units',
    {
      code: 'text',
      name: 'text',
      name_folded: 'text',
      kind: 'text',
      parent_code: 'text',
      members: 'int',
      join_code: 'text',
    },
    data.units.map((u) => [
      u.code,
      u.name,
      foldVietnamese(u.name),
      u.kind,
      u.parentCode,
      u.members,
      u.joinCode ?? fresh.get(u.code) ?? null,
    ]),
  );
  const units =
    data.units.length > 0
      ? (await upsertUnits(tx, { members: has('units', 'members') }, now)).counts
      : { added: 0, updated: 0 };
  progress(`Đơn vị: ${units.added} thêm, ${units.updated} cập nhật`);

  const programmes = new Map<string, { code: string; name: string; goal: number | null }>();
  const positions = new Map<string, number>();
  const phases = data.phases.map((p) => {
    if (!programmes.has(p.programmeCode))
      programmes.set(p.programmeCode, { code: p.programmeCode, name: p.programmeName, goal: p.programmeGoal });
    const position = positions.get(p.programmeCode) ?? 0;
    positions.set(p.programmeCode, position + 1);
    return {
      programmeCode: p.programmeCode,
      code: p.phaseCode,
      name: p.phaseName,
      position,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
    };
  });
  const programmeCounts = await upsertProgrammesAndPhases(
    tx,
    [...programmes.values()],
    phases,
    has('phases', 'programme_goal'),
  );

  let quotas = { added: 0, updated: 0 };
  if (data.quotas.length > 0) {
    await stage(
      kind,
      tx,
      'stage_quotas',
      { unit_code: 'text', phase_code: 'text', quota: 'int' },
      data.quotas.map((q) => [q.unitCode, q.phaseCode, q.quota]),
    );
    quotas = await upsertQuotas(tx, now);
  }

  let members = { added: 0, updated: 0 };
  if (data.members.length > 0) {
    await stage(
      kind,
      tx,
      'stage_members',
      { code: 'text', full_name: 'text', name_folded: 'text', unit_code: 'text', phone: 'text', job_title: 'text' },
      data.members.map((m) => [m.code, m.fullName, foldVietnamese(m.fullName), m.unitCode, m.phone, m.jobTitle]),
    );
    members = await upsertMembers(tx, { phone: has('members', 'phone'), job_title: has('members', 'job_title') }, now);
    progress(`Đoàn viên: ${members.added} thêm, ${members.updated} cập nhật`);
  }

  let initiatives = { added: 0, updated: 0 };
  if (data.initiatives.length > 0) {
    const fieldNames = new Map<string, string>();
    for (const i of data.initiatives) if (i.field) fieldNames.set(foldVietnamese(i.field), i.field);
    await addMissingFields(
      tx,
      [...fieldNames].map(([folded, name]) => ({
        code: folded.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
        name,
        folded,
      })),
    );
    await stage(
      kind,
      tx,
      'stage_initiatives',
      INITIATIVE_STAGE,
      data.initiatives.map((i) => [
        i.code,
        i.title,
        foldVietnamese([i.title, i.problem, i.solution].filter(Boolean).join(' ')),
        i.phaseCode,
        i.unitCode,
        i.status,
        i.submittedAt,
        i.field ? foldVietnamese(i.field) : null,
        i.problem,
        i.solution,
        i.benefit,
        i.benefitVnd,
        i.benefitPeriod,
        i.confidentiality,
        `{${i.authorCodes.map((c) => `"${c.replace(/["\\]/g, '\\$&')}"`).join(',')}}`,
      ]),
    );
    const result = await upsertInitiatives(
      tx,
      {
        field_id: has('initiatives', 'field'),
        problem: has('initiatives', 'problem'),
        solution: has('initiatives', 'solution'),
        benefit: has('initiatives', 'benefit'),
        benefit_vnd: has('initiatives', 'benefit_vnd'),
        benefit_period: has('initiatives', 'benefit_period'),
        confidentiality: has('initiatives', 'confidentiality'),
      },
      now,
    );
    initiatives = result.counts;
    progress(`Sáng kiến: ${initiatives.added} thêm, ${initiatives.updated} cập nhật; đang cập nhật số liệu tổng hợp`);
    await recountStats(tx, result.pairs);
    if (result.pairs.length > 0) {
      await signalStatsChanged(tx, {
        phaseIds: result.pairs.map((p) => p.phaseId),
        unitIds: result.pairs.map((p) => p.unitId),
      });
    }
  }
  return { units, ...programmeCounts, quotas, members, initiatives };
}

/** Issues in the order of the tables, then by row. */
function orderIssues(issues: ImportIssue[], data: ParsedDataset): ImportIssue[] {
  const order = new Map<string, number>();
  TABLE_NAMES.forEach((t, i) => {
    const label = data.labels[t];
    if (label) order.set(label, i);
  });
  return [...issues].sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.row - b.row);
}
