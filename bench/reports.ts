/**
 * Report generation time on a loaded database: JSON, DOCX and XLSX of the phase report, live and
 * as of the phase end, for the units named. Median of 3 runs after one warm-up.
 *   DATABASE_URL=postgres://… node --import tsx bench/reports.ts PHASE UNIT [UNIT …]
 */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { findPhaseByCode } from '../apps/server/src/features/programmes/programmes.repository.ts';
import { renderReportFile } from '../apps/server/src/features/reports/report-files.service.ts';
import { buildPhaseReport, type ReportOptions } from '../apps/server/src/features/reports/reports.service.ts';

const [phaseCode, ...unitCodes] = process.argv.slice(2);
if (!process.env.DATABASE_URL || !phaseCode || unitCodes.length === 0) {
  console.error('Cách dùng: DATABASE_URL=postgres://… node --import tsx bench/reports.ts GIAI_ĐOẠN ĐƠN_VỊ [ĐƠN_VỊ …]');
  process.exit(2);
}

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 4 });
const phase = await findPhaseByCode(database.db, phaseCode);
if (!phase) throw new Error(`no phase ${phaseCode}`);

async function median(run: () => Promise<number>): Promise<{ ms: number; bytes: number }> {
  await run();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    bytes = await run();
    times.push(performance.now() - started);
  }
  return { ms: times.sort((a, b) => a - b)[1]!, bytes };
}

const now = new Date();
const modes: Array<[string, ReportOptions]> = [
  ['live', { now }],
  ['as of phase end', { now, asOf: phase.endsAt < now ? phase.endsAt : now }],
];
console.log('| unit | figures | JSON ms | DOCX ms | XLSX ms | DOCX KB | XLSX KB |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const unit of unitCodes) {
  for (const [label, options] of modes) {
    const json = await median(
      async () => JSON.stringify(await buildPhaseReport(database.db, unit, phaseCode, options)).length,
    );
    const docx = await median(
      async () => (await renderReportFile(database.db, unit, phaseCode, 'docx', options)).body.length,
    );
    const xlsx = await median(
      async () => (await renderReportFile(database.db, unit, phaseCode, 'xlsx', options)).body.length,
    );
    const kb = (b: number) => (b / 1024).toFixed(0);
    console.log(
      `| ${unit} | ${label} | ${json.ms.toFixed(0)} | ${docx.ms.toFixed(0)} | ${xlsx.ms.toFixed(0)} | ${kb(docx.bytes)} | ${kb(xlsx.bytes)} |`,
    );
  }
}
await database.close();
