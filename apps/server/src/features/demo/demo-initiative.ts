/** One demo initiative, with the seed report's mix of statuses and deadline-heavy dates. */
import {
  BENEFIT_PERIODS_PER_YEAR,
  type BenefitPeriod,
  type Confidentiality,
  type InitiativeStatus,
} from '@sangkien/shared';
import type { InitiativeRow, MemberRow, PhaseRow } from '../datasets/dataset-rows.ts';
import { TITLE_OBJECTS, TITLE_VERBS, FIELDS } from './demo-names.ts';
import type { Dice } from './demo-random.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const CLOSED_MIX: ReadonlyArray<readonly [InitiativeStatus, number]> = [
  ['valid', 48],
  ['submitted', 22],
  ['in_review', 19],
  ['needs_revision', 4],
  ['invalid', 4],
  ['withdrawn', 1.5],
  ['draft', 1.5],
];
const OPEN_MIX: ReadonlyArray<readonly [InitiativeStatus, number]> = [
  ['submitted', 42],
  ['in_review', 20],
  ['valid', 25],
  ['needs_revision', 5],
  ['invalid', 3],
  ['withdrawn', 2],
  ['draft', 3],
];

export function demoInitiative(
  dice: Dice,
  no: number,
  unitCode: string,
  roster: MemberRow[],
  phase: PhaseRow,
  now: Date,
  open: boolean,
): InitiativeRow {
  const status = dice.weighted(open ? OPEN_MIX : CLOSED_MIX);
  const end = Math.min(phase.endsAt.getTime(), now.getTime());
  // Submissions bunch up towards the deadline.
  const u = dice.next();
  const submittedAt = new Date(phase.startsAt.getTime() + (end - phase.startsAt.getTime()) * (1 - u * u) - 1000);
  const main = dice.pick(roster);
  const authors = [main.code];
  if (roster.length > 1 && dice.chance(0.25)) {
    const co = dice.pick(roster);
    if (co.code !== main.code) authors.push(co.code);
  }
  const object = dice.pick(TITLE_OBJECTS);
  const hasBenefit = status === 'valid' ? dice.chance(0.35) : dice.chance(0.1);
  const period = dice.weighted([
    ['year', 5],
    ['month', 3],
    ['half_year', 2],
    ['once', 2],
  ] as const) as BenefitPeriod;
  const yearly = dice.int(2, 600) * 5_000_000;
  return {
    row: 0,
    code: `SK${pad(no, 7)}`,
    title: `${dice.pick(TITLE_VERBS)} ${object}`,
    phaseCode: phase.phaseCode,
    unitCode,
    authorCodes: authors,
    status,
    submittedAt: status === 'draft' ? null : submittedAt,
    field: dice.pick(FIELDS),
    problem: `Trước đây ${object} còn thủ công, mất nhiều thời gian và dễ sai sót.`,
    solution: `Tổ chức lại ${object}, thiết kế biểu mẫu và công cụ hỗ trợ, hướng dẫn cả tổ cùng áp dụng.`,
    benefit: 'Rút ngắn thời gian thực hiện, giảm sai sót, người lao động làm việc thuận lợi hơn.',
    benefitVnd: hasBenefit ? Math.round(yearly / BENEFIT_PERIODS_PER_YEAR[period] / 1000) * 1000 : null,
    benefitPeriod: period,
    confidentiality: dice.weighted([
      ['public', 2],
      ['internal', 7],
      ['confidential', 1],
    ] as const) as Confidentiality,
  };
}
