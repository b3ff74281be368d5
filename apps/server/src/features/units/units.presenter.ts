/** Units as the API shows them. */
import { toVietnamIso, type UnitDetail, type UnitKind } from '@sangkien/shared';
import type { UnitRecord } from './units.repository.ts';

const isClosed = (unit: UnitRecord, now: Date) => unit.validTo !== null && unit.validTo <= now;

export function presentUnitSummary(unit: UnitRecord, childrenCount: number, now: Date) {
  return {
    code: unit.code,
    name: unit.name,
    kind: unit.kind as UnitKind,
    members: unit.members,
    children_count: childrenCount,
    closed: isClosed(unit, now),
  };
}

export function presentUnitDetail(
  unit: UnitRecord,
  related: { childrenCount: number; ancestors: UnitRecord[]; successor: UnitRecord | undefined },
  now: Date,
): UnitDetail {
  const parent = related.ancestors.at(-1);
  return {
    ...presentUnitSummary(unit, related.childrenCount, now),
    parent_code: parent?.code ?? null,
    depth: unit.depth,
    ancestors: related.ancestors.map((a) => ({ code: a.code, name: a.name })),
    successor_code: related.successor?.code ?? null,
    valid_to: unit.validTo ? toVietnamIso(unit.validTo) : null,
  };
}
