/** What the statistics workbook holds beyond the report: grandchildren, more top initiatives, days. */
import { compareVietnamese, type PhaseReport, type ReportChild, type TopInitiative } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { rankUnits } from '../stats/stats.rules.ts';
import type { DailyRow } from './reports.repository.ts';
import { assemblePhaseReport, presentTopInitiative, type ReportScope } from './reports.service.ts';

/** The workbook lists more initiatives than the report's prose. */
export const WORKBOOK_TOP_INITIATIVES = 50;

export interface GrandchildRow extends ReportChild {
  parent_code: string;
  parent_name: string;
}

export interface ReportStatistics {
  report: PhaseReport;
  grandchildren: GrandchildRow[];
  top_initiatives: TopInitiative[];
  daily: DailyRow[];
}

export async function buildReportStatistics(db: DbOrTx, scope: ReportScope): Promise<ReportStatistics> {
  const { source, unit } = scope;
  const figures = await source.subtree(unit, 2);
  const report = await assemblePhaseReport(db, scope, figures);
  const grandchildren: GrandchildRow[] = [];
  const byCode = new Map(figures.children.map((c) => [c.unit.code, c]));
  for (const child of report.children.map((c) => byCode.get(c.code)!)) {
    const ranked = rankUnits(
      (child.children ?? []).map((c) => ({ ...c, name: c.unit.name })),
      'submissions',
      compareVietnamese,
    );
    for (const g of ranked) {
      grandchildren.push({
        parent_code: child.unit.code,
        parent_name: child.unit.name,
        code: g.unit.code,
        name: g.unit.name,
        kind: g.unit.kind,
        ...g.figures,
        rank: g.position,
      });
    }
  }
  const top = await source.topInitiatives(unit, WORKBOOK_TOP_INITIATIVES);
  return {
    report,
    grandchildren,
    top_initiatives: top.map(presentTopInitiative),
    daily: await source.dailySeries(unit),
  };
}
