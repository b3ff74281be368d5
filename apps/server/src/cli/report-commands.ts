/** `sangkien report` and `sangkien commendations`: the phase report and commendation lists as files. */
import { COMMENDATION_CRITERIA, CommendationCriteriaParam } from '@sangkien/shared';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { renderCommendationsFile } from '../features/commendations/commendations-files.service.ts';
import { buildCommendations, DEFAULT_COMMENDATION_LIMIT } from '../features/commendations/commendations.service.ts';
import {
  REPORT_FILE_FORMATS,
  renderReportFile,
  type ReportFileFormat,
} from '../features/reports/report-files.service.ts';
import { buildPhaseReport } from '../features/reports/reports.service.ts';
import type { Command } from './commands.ts';
import { optionalMoment, writeFile, writeText } from './output.ts';
import { UsageError } from './usage-error.ts';

/** What these commands borrow from the command table: opening the database, required options. */
export interface CommandKit {
  withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T>;
  required(values: Record<string, unknown>, name: string): string;
}

function fileFormat(values: Record<string, unknown>): 'json' | ReportFileFormat {
  const format = String(values.format);
  if (format !== 'json' && !(REPORT_FILE_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`Định dạng không hỗ trợ: ${format} (json, xlsx, docx)`);
  return format as 'json' | ReportFileFormat;
}

export function reportCommands({ withDatabase, required }: CommandKit): Record<string, Command> {
  return {
    commendations: {
      options: {
        unit: { type: 'string' },
        phase: { type: 'string' },
        criteria: { type: 'string', default: '' },
        limit: { type: 'string', default: String(DEFAULT_COMMENDATION_LIMIT) },
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
      },
      run: ({ values, config }) => {
        const format = fileFormat(values);
        const criteria = CommendationCriteriaParam.safeParse(String(values.criteria));
        if (!criteria.success)
          throw new UsageError(`--criteria là danh sách trong: ${COMMENDATION_CRITERIA.join(', ')}`);
        const limit = Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new UsageError(`--limit phải là số nguyên dương: ${values.limit}`);
        const request = {
          unitCode: required(values, 'unit'),
          phaseCode: values.phase as string | undefined,
          criteria: criteria.data,
          limit,
          now: new Date(),
        };
        return withDatabase(config, async (database) => {
          if (format === 'json') {
            writeText(JSON.stringify(await buildCommendations(database.db, request), null, 2) + '\n', values.out);
            return 0;
          }
          writeFile(await renderCommendationsFile(database.db, request, format), values.out);
          return 0;
        });
      },
    },

    report: {
      options: {
        unit: { type: 'string' },
        phase: { type: 'string' },
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
        'as-of': { type: 'string' },
      },
      run: ({ values, config }) => {
        const format = fileFormat(values);
        const options = { now: new Date(), asOf: optionalMoment(values, 'as-of') };
        const [unit, phase] = [required(values, 'unit'), required(values, 'phase')];
        return withDatabase(config, async (database) => {
          if (format === 'json') {
            writeText(
              JSON.stringify(await buildPhaseReport(database.db, unit, phase, options), null, 2) + '\n',
              values.out,
            );
            return 0;
          }
          const file = await renderReportFile(database.db, unit, phase, format, options);
          writeFile(file, values.out);
          return 0;
        });
      },
    },
  };
}
