import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphs, readDocx } from '../../test/docx-xml.ts';
import { createTestDatabase, EXAMPLE_DATASET, testDatabaseKind, type TestDatabase } from '../../test/helpers.ts';
import { main } from './index.ts';

/** `sangkien report` and `commendations` against this tier's database: a PostgreSQL copy, or a PGlite folder. */
describe('sangkien report and sangkien commendations', () => {
  let folder: string;
  let test: TestDatabase | undefined;
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  const out = (name: string) => path.join(folder, name);

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sk-cli-report-'));
    if (testDatabaseKind() === 'postgres') {
      test = await createTestDatabase();
      process.env.DATABASE_URL = test.url;
    } else {
      delete process.env.DATABASE_URL;
      process.env.DATA_DIR = out('data');
    }
    expect(await main(['import', EXAMPLE_DATASET])).toBe(0);
  });
  afterAll(async () => {
    Object.assign(process.env, saved);
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    await test?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('writes the DOCX report', async () => {
    const file = out('tm.docx');
    expect(await main(['report', '--unit', 'TM', '--phase', 'GD1', '--format', 'docx', '--out', file])).toBe(0);
    const texts = paragraphs((await readDocx(fs.readFileSync(file))).document);
    expect(texts).toContain('BÁO CÁO');
    expect(texts.join('\n')).toContain('LĐLĐ tỉnh Mẫu có 28 lượt nộp sáng kiến, đạt 70,0% chỉ tiêu giai đoạn');
  });

  it('writes the JSON report as of a moment', async () => {
    const file = out('early.json');
    const args = ['report', '--unit', 'TM', '--phase', 'GD1', '--as-of', '2022-01-10T00:00', '--out', file];
    expect(await main(args)).toBe(0);
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect([report.as_of, report.submissions, report.valid]).toEqual(['2022-01-10T00:00:00+07:00', 3, 3]);
  });

  it('writes commendation lists by the criteria asked for', async () => {
    const file = out('first.json');
    const args = ['commendations', '--unit', 'TM', '--phase', 'GD1', '--criteria', 'first_to_quota', '--out', file];
    expect(await main(args)).toBe(0);
    const lists = JSON.parse(fs.readFileSync(file, 'utf8')).lists;
    expect(lists).toEqual([
      expect.objectContaining({ criterion: 'first_to_quota', items: [expect.objectContaining({ code: 'TMH1' })] }),
    ]);
    expect(await main(['commendations', '--unit', 'TM', '--format', 'docx', '--out', out('list.docx')])).toBe(0);
    expect(paragraphs((await readDocx(fs.readFileSync(out('list.docx')))).document)).toContain(
      'DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG',
    );
    expect(await main(['commendations', '--unit', 'TM', '--criteria', 'most_liked'])).toBe(2);
  });

  it('refuses an unknown format or a moment that is not a time', async () => {
    expect(await main(['report', '--unit', 'TM', '--phase', 'GD1', '--format', 'pdf'])).toBe(2);
    expect(await main(['report', '--unit', 'TM', '--phase', 'GD1', '--as-of', 'hôm qua'])).toBe(2);
  });
});
