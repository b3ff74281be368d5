/** The sub-commands of `sangkien`. Each opens the database, calls a service and reports. */
import { formatNumber } from '@sangkien/shared';
import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { ensurePostgresDatabase, migrateDatabase } from '../db/migrate.ts';
import { formatIssue } from '../features/datasets/import-issues.ts';
import { importDataset } from '../features/datasets/import.service.ts';
import { exportDataset } from '../features/datasets/export.service.ts';
import { reportCommands } from './report-commands.ts';
import { UsageError } from './usage-error.ts';
import { verifyStats } from '../features/stats/verify.service.ts';
import { accountCommand } from './account-command.ts';
import { snapshotCommand } from './snapshot-command.ts';
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

export async function withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T> {
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
  account: accountCommand,
  snapshot: snapshotCommand,

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

  verify: {
    options: { fix: { type: 'boolean', default: false } },
    run: ({ values, config }) =>
      withDatabase(config, async (database) => {
        const result = await verifyStats(database, { fix: Boolean(values.fix) });
        for (const d of result.drift.slice(0, 50)) {
          console.error(`${d.table} ${d.key}: đang lưu ${d.maintained}, đếm lại được ${d.recounted}`);
        }
        if (result.drift.length === 0) {
          console.log('Số liệu tổng hợp khớp với dữ liệu gốc.');
          return 0;
        }
        console.log(
          result.fixed
            ? `Đã sửa ${result.drift.length} dòng số liệu tổng hợp lệch.`
            : `${result.drift.length} dòng số liệu tổng hợp lệch. Chạy lại với --fix để tính lại.`,
        );
        return result.fixed ? 0 : 1;
      }),
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
          console.error(`Không nhập gì: ${formatNumber(result.issues.length)} lỗi. Hãy sửa rồi nhập lại.`);
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

  export: {
    options: {},
    run: ({ positionals, config }) => {
      const target = positionals[0];
      if (!target) throw new UsageError('Cách dùng: sangkien export THƯ_MỤC (hoặc TỆP.xlsx)');
      return withDatabase(config, async (database) => {
        const counts = await exportDataset(database, target, (line) => console.error(line));
        const total = Object.values(counts).reduce((s, n) => s + n, 0);
        console.log(`Đã xuất ${total} dòng vào ${target}.`);
        return 0;
      });
    },
  },

  ...reportCommands({ withDatabase, required }),
};
