/** What makes a change to the tree impossible, as Vietnamese messages keyed by field (pure). */
import { UNIT_KIND_LABELS, formatDateTime, type UnitKind } from '@sangkien/shared';

export interface TreeUnit {
  id: number;
  code: string;
  kind: string;
  path: readonly number[];
  validTo: Date | null;
}

export type Problem = { field: string; message: string } | null;

const closed = (unit: TreeUnit, now: Date) => unit.validTo !== null && unit.validTo <= now;
const kindLabel = (kind: string) => UNIT_KIND_LABELS[kind as UnitKind] ?? kind;

export function parentProblem(parent: TreeUnit, now: Date, field = 'parent_code'): Problem {
  if (closed(parent, now)) return { field, message: `Đơn vị "${parent.code}" đã đóng hoặc đã sáp nhập.` };
  if (parent.kind === 'grassroots') {
    return { field, message: `"${parent.code}" là ${kindLabel('grassroots')}, không thể có đơn vị trực thuộc.` };
  }
  return null;
}

export function moveProblem(unit: TreeUnit, parent: TreeUnit, now: Date): Problem {
  if (parent.path.includes(unit.id)) {
    return { field: 'parent_code', message: 'Không thể chuyển một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.' };
  }
  if (parent.id === unit.path.at(-2)) {
    return { field: 'parent_code', message: `Đơn vị đã trực thuộc "${parent.code}".` };
  }
  return parentProblem(parent, now);
}

export function mergeProblem(
  unit: TreeUnit,
  successor: TreeUnit,
  contents: { members: number; openChildren: number },
  now: Date,
): Problem {
  const field = 'successor_code';
  if (successor.id === unit.id || successor.path.includes(unit.id)) {
    return { field, message: 'Đơn vị kế thừa phải là một đơn vị khác, không nằm trong đơn vị bị sáp nhập.' };
  }
  if (closed(successor, now)) return { field, message: `Đơn vị "${successor.code}" đã đóng hoặc đã sáp nhập.` };
  if (contents.members > 0 && successor.kind !== 'grassroots') {
    return {
      field,
      message: `Đơn vị có ${contents.members} đoàn viên nên chỉ sáp nhập được vào một ${kindLabel('grassroots')}.`,
    };
  }
  if (contents.openChildren > 0 && successor.kind === 'grassroots') {
    return { field, message: `Đơn vị có đơn vị trực thuộc nên không sáp nhập được vào ${kindLabel('grassroots')}.` };
  }
  return null;
}

export function closeProblem(contents: { members: number; openChildren: number }): Problem {
  if (contents.openChildren > 0) {
    return {
      field: 'on',
      message: `Đơn vị còn ${contents.openChildren} đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc sáp nhập chúng trước.`,
    };
  }
  if (contents.members > 0) {
    return {
      field: 'on',
      message: `Đơn vị còn ${contents.members} đoàn viên: hãy sáp nhập đơn vị vào đơn vị khác để chuyển đoàn viên theo.`,
    };
  }
  return null;
}

/** A change cannot take effect before the unit's current period began (history stays in order). */
export function effectiveDateProblem(at: Date, currentSince: Date | null): Problem {
  if (currentSince && at < currentSince) {
    return {
      field: 'on',
      message: `Ngày hiệu lực phải từ ${formatDateTime(currentSince)} trở đi (lần thay đổi trước của đơn vị).`,
    };
  }
  return null;
}
