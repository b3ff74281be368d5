/**
 * The phase report of any unit (interchange.md §3): from the maintained aggregates, or as of a
 * moment from the history. The JSON, the workbook and the DOCX all start from `PhaseReport`.
 */
import { compareVietnamese, toVietnamIso, type BenefitPeriod, type PhaseReport } from '@sangkien/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireVisibleUnit } from '../access/access.service.ts';
import { findPhaseByCode, findProgrammeById, type PhaseRecord } from '../programmes/programmes.repository.ts';
import { rankPositions, rankUnits } from '../stats/stats.rules.ts';
import { asOfReportSource } from './report-source-as-of.ts';
import { liveReportSource, type ReportSource, type SourceUnit, type SubtreeFigures } from './report-source.ts';
import type { TopInitiativeRow } from './reports.repository.ts';

export const TOP_INITIATIVES = 5;
export const MASKED_TITLE = '(bảo mật)';

export interface ReportOptions {
  /** The current time (the live report's `as_of`). */
  now?: Date;
  /** Report the tree and figures as they were at this moment instead. */
  asOf?: Date | undefined;
}

export interface ReportScope {
  source: ReportSource;
  unit: SourceUnit;
  phase: PhaseRecord;
}

/**
 * Runs `fn` with the report's scope. A report as of a moment runs in one transaction, whose
 * temporary tables hold the staged history; the live report reads the aggregates directly.
 */
export async function withReportScope<T>(
  db: Db,
  unitCode: string,
  phaseCode: string,
  options: ReportOptions,
  fn: (scope: ReportScope, db: DbOrTx) => Promise<T>,
): Promise<T> {
  const phase = await findPhaseByCode(db, phaseCode);
  if (!phase) throw notFound(`giai đoạn "${phaseCode}"`);
  const now = options.now ?? new Date();
  const asOf = options.asOf;
  const run = async (tx: DbOrTx, source: ReportSource) => {
    const unit = await source.unitByCode(unitCode);
    if (!unit) throw notFound(asOf ? `đơn vị "${unitCode}" tại thời điểm báo cáo` : `đơn vị "${unitCode}"`);
    return fn({ source, unit, phase }, tx);
  };
  if (!asOf) return run(db, liveReportSource(db, phase.id, now));
  if (asOf > now) throw badRequest('Thời điểm báo cáo không được ở tương lai.');
  return db.transaction((tx) => run(tx, asOfReportSource(tx, phase.id, asOf)));
}

/** Position of `unit` among its siblings by submissions (1, 2, 2, 4). */
async function siblingRank(source: ReportSource, unit: SourceUnit): Promise<PhaseReport['rank']> {
  if (unit.parentId === null) return null;
  const parent = await source.unitById(unit.parentId);
  if (!parent) return null;
  const siblings = await source.childSubmissions(parent);
  const positions = rankPositions(siblings, (s) => s.submissions);
  const own = siblings.find((s) => s.unit.id === unit.id);
  return {
    position: own ? positions.get(own)! : siblings.length + 1,
    of: siblings.length,
    parent_code: parent.code,
    parent_name: parent.name,
    parent_kind: parent.kind,
  };
}

export function presentTopInitiative(t: TopInitiativeRow) {
  const confidential = t.confidentiality === 'confidential';
  return {
    code: t.code,
    title: confidential ? MASKED_TITLE : t.title,
    authors: confidential ? [] : (t.authors ?? []),
    unit_name: t.unit_name,
    benefit_vnd: t.benefit_vnd,
    benefit_period: t.benefit_period as BenefitPeriod,
    benefit_vnd_year: t.benefit_vnd_year,
    confidential,
  };
}

/** The report of the scope's unit; `figures` when the caller already read them (the workbook does). */
export async function assemblePhaseReport(
  db: DbOrTx,
  scope: ReportScope,
  figures?: SubtreeFigures,
): Promise<PhaseReport> {
  const { source, unit, phase } = scope;
  const programme = await findProgrammeById(db, phase.programmeId);
  const { total, children } = figures ?? (await source.subtree(unit));
  const ranked = rankUnits(
    children.map((c) => ({ ...c, name: c.unit.name })),
    'submissions',
    compareVietnamese,
  );
  const rank = await siblingRank(source, unit);
  const top = await source.topInitiatives(unit, TOP_INITIATIVES);

  const belowQuota = ranked
    .filter((c) => c.figures.quota_percent !== null && c.figures.quota_percent < 100)
    .sort((a, b) => a.figures.quota_percent! - b.figures.quota_percent! || compareVietnamese(a.name, b.name))
    .map((c) => c.unit.code);

  return {
    unit: { code: unit.code, name: unit.name, kind: unit.kind },
    phase: {
      code: phase.code,
      name: phase.name,
      starts_at: toVietnamIso(phase.startsAt),
      ends_at: toVietnamIso(phase.endsAt),
    },
    programme: { code: programme?.code ?? '', name: programme?.name ?? '', goal: programme?.goal ?? null },
    as_of: toVietnamIso(source.asOf),
    ...total,
    rank,
    children: ranked.map((c) => ({
      code: c.unit.code,
      name: c.unit.name,
      kind: c.unit.kind,
      ...c.figures,
      rank: c.position,
    })),
    below_quota: belowQuota,
    top_initiatives: top.map(presentTopInitiative),
  };
}

/** The report as the API gives it: only for a unit the caller may see. */
export async function readPhaseReport(
  db: Db,
  actor: Actor | null,
  unitCode: string,
  phaseCode: string,
  options: ReportOptions,
): Promise<PhaseReport> {
  await requireVisibleUnit(db, actor, unitCode);
  return buildPhaseReport(db, unitCode, phaseCode, options);
}

export async function buildPhaseReport(
  db: Db,
  unitCode: string,
  phaseCode: string,
  options: ReportOptions = {},
): Promise<PhaseReport> {
  return withReportScope(db, unitCode, phaseCode, options, (scope, tx) => assemblePhaseReport(tx, scope));
}
