/** The sub-commands of `sangkien`. Each opens the database, calls a service and reports. */
import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { ensurePostgresDatabase, migrateDatabase } from '../db/migrate.ts';
import { formatIssue } from '../features/datasets/import-issues.ts';
import { importDataset } from '../features/datasets/import.service.ts';
import { reportCommands } from './report-commands.ts';
import { UsageError } from './usage-error.ts';
import { startServer } from '../main.ts';
import { isEmpty, loadDemo } from '../features/demo/demo.service.ts';
import { DEMO_SCALES, type DemoScale } from '../features/demo/demo-dataset.ts';

export interface CommandContext {
  values: Record<string, unknown>;
  positionals: string[];
  config: Config;
}

export interface Command {
  options: NonNullable<ParseArgsConfig['options']>;
  run(context: CommandContext): Promise<number>;
}

export async function openMigrated(config: Config): Promise<Database> {
  if (config.databaseUrl) await ensurePostgresDatabase(config.databaseUrl);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 4 });
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

async function withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openMigrated(config);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

const required = (values: Record<string, unknown>, name: string): string => {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`Thiếu tùy chọn --${name}`);
  return value;
};

export const commands: Record<string, Command> = {
  serve: {
    options: { port: { type: 'string' }, 'demo-if-empty': { type: 'boolean', default: false } },
    run: async ({ values, config }) => {
      const port = values.port === undefined ? config.port : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`Cổng không hợp lệ: ${values.port}`);
      const database = await openMigrated(config);
      if (values['demo-if-empty'] && (await isEmpty(database))) {
        console.log('Cơ sở dữ liệu trống: đang nạp dữ liệu mẫu (small)…');
        await loadDemo(database, 'small', { onProgress: (line) => console.log(line) });
      }
      await startServer({ ...config, port }, database);
      console.log(
        `Sáng Kiến đang chạy tại http://localhost:${port} (${database.kind === 'pglite' ? `PGlite, ${config.dataDir}` : 'PostgreSQL'})`,
      );
      return new Promise<number>(() => {});
    },
  },

  demo: {
    options: { scale: { type: 'string', default: 'small' } },
    run: ({ values, config }) => {
      const scale = String(values.scale);
      if (!(DEMO_SCALES as readonly string[]).includes(scale))
        throw new UsageError(`--scale phải là một trong: ${DEMO_SCALES.join(', ')}`);
      return withDatabase(config, async (database) => {
        const summary = await loadDemo(database, scale as DemoScale, { onProgress: (line) => console.error(line) });
        console.log(
          `Đã nạp dữ liệu mẫu "${scale}": ${summary.units} đơn vị, ${summary.members} đoàn viên, ${summary.initiatives} sáng kiến trong ${summary.seconds.toFixed(1)} giây.`,
        );
        return 0;
      });
    },
  },

  migrate: {
    options: {},
    run: ({ config }) =>
      withDatabase(config, async () => {
        console.log('Lược đồ cơ sở dữ liệu đã được cập nhật.');
        return 0;
      }),
  },

  import: {
    options: {},
    run: ({ positionals, config }) => {
      const source = positionals[0];
      if (!source) throw new UsageError('Cách dùng: sangkien import THƯ_MỤC_HOẶC_TỆP.xlsx');
      return withDatabase(config, async (database) => {
        const started = Date.now();
        const result = await importDataset(database, source, { onProgress: (line) => console.error(line) });
        if (!result.ok) {
          for (const issue of result.issues) console.error(formatIssue(issue));
          console.error(`Không nhập gì: ${result.issues.length} lỗi. Hãy sửa rồi nhập lại.`);
          return 1;
        }
        const seconds = (Date.now() - started) / 1000;
        for (const [table, c] of Object.entries(result.counts)) {
          console.log(`${table}: ${c.added} thêm, ${c.updated} cập nhật`);
        }
        console.log(`Đã nhập ${result.rows} dòng trong ${seconds.toFixed(1)} giây.`);
        return 0;
      });
    },
  },

  ...reportCommands({ withDatabase, required }),
};
