import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { copyExampleDataset, type DatasetCopy } from '../../test/dataset-copy.ts';
import {
  createTestDatabase,
  EXAMPLE_DATASET,
  EXAMPLE_EXPECTED,
  testDatabaseKind,
  type TestDatabase,
} from '../../test/helpers.ts';
import { reportDifferences } from '../../test/report-compare.ts';
import { runCli } from '../../test/run-cli.ts';

/** The command runs against this tier's database: a PostgreSQL copy, or a PGlite data folder. */
describe('the sangkien command', () => {
  let test: TestDatabase | undefined;
  let dataDir: string;
  let env: Record<string, string>;
  let bad: DatasetCopy;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sangkien-cli-'));
    if (testDatabaseKind() === 'postgres') {
      test = await createTestDatabase();
      env = { DATABASE_URL: test.url! };
    } else {
      env = { DATA_DIR: dataDir };
    }
    bad = copyExampleDataset();
    bad.setRow('quotas.csv', 2, 'TM,GD1,-40');
  });
  afterAll(async () => {
    await test?.close();
    bad.remove();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a bad dataset with file:row lines on stderr and exit status 1', async () => {
    const result = await runCli(['import', bad.dir], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('quotas.csv:2: quota: phải là số nguyên không âm, nhận được "-40"\n');
    expect(result.stderr).toContain('Không nhập gì: 1 lỗi.');
  });

  it('imports the example, then reports it as JSON identical to the expected file', async () => {
    const imported = await runCli(['import', EXAMPLE_DATASET], env);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('initiatives: 72 thêm, 0 cập nhật');
    const report = await runCli(['report', '--unit', 'TM', '--phase', 'GD1'], env);
    expect(report.status).toBe(0);
    const expected = JSON.parse(fs.readFileSync(path.join(EXAMPLE_EXPECTED, 'TM-GD1.json'), 'utf8'));
    expect(reportDifferences(JSON.parse(report.stdout), expected)).toEqual([]);
  });

  it('writes the report as a workbook with --format xlsx --out', async () => {
    const out = path.join(dataDir, 'tm.xlsx');
    const result = await runCli(['report', '--unit', 'TM', '--phase', 'GD1', '--format', 'xlsx', '--out', out], env);
    expect(result.status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('says what is wrong with a wrong command line, with exit status 2', async () => {
    expect((await runCli(['launch'], env)).status).toBe(2);
    const missing = await runCli(['report', '--unit', 'TM'], env);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Thiếu tùy chọn --phase');
    const unknown = await runCli(['report', '--unit', 'XX', '--phase', 'GD1'], env);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Không tìm thấy đơn vị "XX".');
  });

  it('refuses to open an embedded data folder another process holds', async () => {
    const held = path.join(dataDir, 'held');
    const database = await openDatabase({ dataDir: held });
    try {
      const result = await runCli(['import', EXAMPLE_DATASET], { DATA_DIR: held });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Thư mục dữ liệu ${held} đang được tiến trình ${process.pid} sử dụng`);
    } finally {
      await database.close();
    }
  });
});
