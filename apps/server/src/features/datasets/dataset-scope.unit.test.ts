import { describe, expect, it } from 'vitest';
import type { ParsedDataset } from './dataset-rows.ts';
import { checkScope } from './dataset-scope.ts';
import type { ImportIssue } from './import-issues.ts';

function dataset(
  members: Array<[string, string]>,
  extraTables: Array<keyof ParsedDataset['labels']> = [],
): ParsedDataset {
  const labels: ParsedDataset['labels'] = { members: 'members.csv' };
  for (const table of extraTables) labels[table] = `${table}.csv`;
  return {
    units: [],
    phases: [],
    quotas: [],
    members: members.map(([code, unitCode], i) => ({
      row: i + 2,
      code,
      fullName: code,
      unitCode,
      phone: null,
      jobTitle: null,
    })),
    initiatives: [],
    labels,
    columns: {},
    erroredCodes: { units: new Set(), phases: new Set(), members: new Set() },
  };
}

const scope = { unitId: 7, unitCode: 'H1' };
const state = { unitCodesInScope: new Set(['H1C1', 'H1C2']), memberCodesOutside: new Set(['M-OUT']) };

describe('checkScope', () => {
  it('keeps in-scope rows and reports the others by row and column', () => {
    const data = dataset([
      ['M1', 'H1C1'],
      ['M2', 'H2C1'],
      ['M-OUT', 'H1C2'],
      ['M3', 'H1C2'],
    ]);
    const issues: ImportIssue[] = [];
    checkScope(data, scope, state, issues);
    expect(data.members.map((m) => m.code)).toEqual(['M1', 'M3']);
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [3, 'unit_code'],
      [4, 'member_code'],
    ]);
  });

  it('refuses every table but members', () => {
    const issues: ImportIssue[] = [];
    checkScope(dataset([], ['units', 'initiatives']), scope, state, issues);
    expect(issues.map((i) => i.file)).toEqual(['units.csv', 'initiatives.csv']);
    expect(issues[0]!.message).toContain('members.csv');
  });
});
