/** Defaults of a unit's document settings, derived from its place in the tree. */
import type { ReportSettingsValues, UnitKind } from '@sangkien/shared';

interface NamedUnit {
  name: string;
  kind: UnitKind;
}

const SHORT_NAMES: Record<UnitKind, string> = {
  national: 'TLĐ',
  province: 'LĐLĐ',
  district: 'LĐLĐ',
  sector: 'CĐN',
  industrial_zone: 'CĐKCN',
  grassroots: 'CĐCS',
  other: 'CĐ',
};

/** The national federation sits in Hà Nội; units with no province above them default to it. */
export const NATIONAL_PLACE = 'Hà Nội';

const PROVINCE_PREFIX = /^(?:LĐLĐ|Liên đoàn Lao động)\s+(?:tỉnh|thành phố|TP\.?)\s+/iu;

/** "LĐLĐ tỉnh Nghệ An" → "Nghệ An"; "Liên đoàn Lao động thành phố Hà Nội" → "Hà Nội". */
export function placeFromProvinceName(name: string): string {
  return name.normalize('NFC').replace(PROVINCE_PREFIX, '').trim();
}

/**
 * The unit's own name heads its documents; its parent is the superior body; the place is its
 * province's; the Standing Committee signs (the Executive Committee at a grassroots union).
 */
export function defaultReportSettings(
  unit: NamedUnit,
  parent: NamedUnit | null,
  province: NamedUnit | null,
): ReportSettingsValues {
  const grassroots = unit.kind === 'grassroots';
  return {
    superior_name: parent?.name ?? '',
    issuer_name: unit.name,
    short_name: SHORT_NAMES[unit.kind],
    place_name: province ? placeFromProvinceName(province.name) : NATIONAL_PLACE,
    signer_capacity: grassroots ? 'TM. BAN CHẤP HÀNH' : 'TM. BAN THƯỜNG VỤ',
    signer_title: 'CHỦ TỊCH',
    signer_name: '',
    recipients: [
      ...(parent ? [`${parent.name} (để báo cáo)`] : []),
      ...(grassroots ? [] : ['Các đơn vị trực thuộc']),
      'Lưu: VP',
    ],
  };
}
