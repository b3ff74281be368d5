/** A unit's document settings: what it set itself over defaults derived from the tree. */
import {
  REPORT_SETTING_KEYS,
  type ReportSettings,
  type ReportSettingKey,
  type ReportSettingsUpdate,
  type ReportSettingsValues,
  type UnitKind,
} from '@sangkien/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findUnitsByIds, type UnitRecord } from '../units/units.repository.ts';
import { requireUnit } from '../units/units.service.ts';
import {
  findReportSettings,
  saveReportSettings,
  type ReportSettingsColumns,
  type ReportSettingsRecord,
} from './report-settings.repository.ts';
import { defaultReportSettings } from './report-settings.rules.ts';

const COLUMN: Record<ReportSettingKey, keyof ReportSettingsColumns> = {
  superior_name: 'superiorName',
  issuer_name: 'issuerName',
  short_name: 'shortName',
  place_name: 'placeName',
  signer_capacity: 'signerCapacity',
  signer_title: 'signerTitle',
  signer_name: 'signerName',
  recipients: 'recipients',
};

const asNamed = (u: UnitRecord) => ({ name: u.name, kind: u.kind as UnitKind });

async function defaultsFor(db: DbOrTx, unit: UnitRecord): Promise<ReportSettingsValues> {
  const ancestors = await findUnitsByIds(db, unit.path.slice(0, -1));
  const parent = ancestors.find((a) => a.id === unit.parentId) ?? null;
  const province = unit.kind === 'province' ? unit : (ancestors.find((a) => a.kind === 'province') ?? null);
  return defaultReportSettings(asNamed(unit), parent && asNamed(parent), province && asNamed(province));
}

function merge(unit: UnitRecord, defaults: ReportSettingsValues, stored: ReportSettingsRecord | undefined) {
  const values = { ...defaults } as Record<ReportSettingKey, unknown>;
  const customised: ReportSettingKey[] = [];
  for (const key of REPORT_SETTING_KEYS) {
    const value = stored?.[COLUMN[key]];
    if (value === null || value === undefined) continue;
    values[key] = value;
    customised.push(key);
  }
  return { ...(values as ReportSettingsValues), unit_code: unit.code, customised };
}

/** The settings a unit's documents use now. */
export async function reportSettingsOf(db: DbOrTx, unit: UnitRecord): Promise<ReportSettings> {
  return merge(unit, await defaultsFor(db, unit), await findReportSettings(db, unit.id));
}

export async function getReportSettings(db: DbOrTx, code: string): Promise<ReportSettings> {
  return reportSettingsOf(db, await requireUnit(db, code));
}

export async function updateReportSettings(
  db: Db,
  code: string,
  update: ReportSettingsUpdate,
  now: Date,
): Promise<ReportSettings> {
  return db.transaction(async (tx) => {
    const unit = await requireUnit(tx, code);
    const before = await findReportSettings(tx, unit.id);
    const columns = {} as Record<keyof ReportSettingsColumns, unknown>;
    for (const key of REPORT_SETTING_KEYS) {
      const change = update[key];
      columns[COLUMN[key]] = change === undefined ? (before?.[COLUMN[key]] ?? null) : change;
    }
    await saveReportSettings(tx, unit.id, columns as ReportSettingsColumns, now);
    const after = await reportSettingsOf(tx, unit);
    await recordAudit(tx, {
      action: 'report_settings.update',
      entity: 'unit_report_settings',
      entityKey: unit.code,
      unitId: unit.id,
      before: before ?? null,
      after: columns,
    });
    return after;
  });
}
