/**
 * Realistic demo data in the import's row format, generated from a seed so every run is the
 * same: a national root, provinces, district/sector/industrial-zone unions, grassroots unions,
 * a member roster, two phases around today, quotas and initiatives with the seed's status mix.
 */
import type { BenefitPeriod, Confidentiality, InitiativeStatus, UnitKind } from '@sangkien/shared';
import { BENEFIT_PERIODS_PER_YEAR, vietnamInstant } from '@sangkien/shared';
import {
  emptyDataset,
  type InitiativeRow,
  type MemberRow,
  type ParsedDataset,
  type PhaseRow,
  type QuotaRow,
  type UnitRow,
} from '../datasets/dataset-rows.ts';
import {
  FIELDS,
  GIVEN_NAMES,
  JOB_TITLES,
  MIDDLE_NAMES,
  NGHE_AN_DISTRICTS,
  PLACE_NAMES,
  PROVINCES,
  SECTORS,
  SURNAMES,
  TITLE_OBJECTS,
  TITLE_VERBS,
  WORKPLACE_PATTERNS,
} from './demo-names.ts';

export const DEMO_SCALES = ['small', 'province', 'national'] as const;
export type DemoScale = (typeof DEMO_SCALES)[number];

interface ScaleShape {
  provinces: number;
  districts: [number, number];
  sectors: number;
  grassroots: [number, number];
  roster: [number, number];
  goal: number;
  /** Province given the full shape of the seed's Nghệ An (province scale). */
  fullProvince?: string;
}

const SHAPES: Record<DemoScale, ScaleShape> = {
  small: { provinces: 4, districts: [3, 4], sectors: 2, grassroots: [4, 6], roster: [8, 14], goal: 5_000 },
  province: {
    provinces: 5,
    districts: [4, 6],
    sectors: 3,
    grassroots: [6, 10],
    roster: [8, 12],
    goal: 1_000_000,
    fullProvince: 'NAN',
  },
  national: { provinces: 34, districts: [14, 18], sectors: 6, grassroots: [150, 190], roster: [6, 9], goal: 1_000_000 },
};

/** mulberry32: small, fast, good enough for demo data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return entries.at(-1)![0];
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const CITIES = new Set(['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ']);

/** "LĐLĐ tỉnh Nghệ An", "LĐLĐ thành phố Hà Nội", "LĐLĐ Thành phố Hồ Chí Minh". */
function federationName(place: string): string {
  if (place.startsWith('Thành phố')) return `LĐLĐ ${place}`;
  return CITIES.has(place) ? `LĐLĐ thành phố ${place}` : `LĐLĐ tỉnh ${place}`;
}

export interface DemoPlan {
  /** The tree, programme, phases and quotas: applied first. */
  skeleton: ParsedDataset;
  /** Members and initiatives, one batch per province (each its own transaction). */
  batches(): Generator<ParsedDataset>;
  totals: { units: number; phases: number };
}

/** Two phases of the current year: I is January–May, II June–December ("24 giờ ngày 31/12"). */
export function demoPhases(now: Date): PhaseRow[] {
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now));
  const at = (y: number, m: number, d: number) => vietnamInstant(y, m, d)!;
  const programme = {
    programmeCode: `CT${year}`,
    programmeName: `01 triệu sáng kiến – nỗ lực vượt khó, sáng tạo ${year}`,
  };
  return [
    {
      row: 2,
      ...programme,
      programmeGoal: null,
      phaseCode: `${year}-GD1`,
      phaseName: 'Giai đoạn I',
      startsAt: at(year, 1, 1),
      endsAt: at(year, 6, 1),
    },
    {
      row: 3,
      ...programme,
      programmeGoal: null,
      phaseCode: `${year}-GD2`,
      phaseName: 'Giai đoạn II',
      startsAt: at(year, 6, 1),
      endsAt: at(year + 1, 1, 1),
    },
  ];
}

interface Grassroots {
  code: string;
  members: number;
  activity: number;
  provinceIndex: number;
}

export function planDemo(scale: DemoScale, now: Date, seed = 2022): DemoPlan {
  const shape = SHAPES[scale];
  const dice = new Dice(seededRandom(seed));
  const skeleton = emptyDataset();
  const phases = demoPhases(now).map((p) => ({ ...p, programmeGoal: shape.goal }));
  skeleton.phases = phases;

  let row = 2;
  const unit = (code: string, name: string, kind: UnitKind, parentCode: string | null, members = 0): UnitRow => {
    const u = { row: row++, code, name, kind, parentCode, members, joinCode: null };
    skeleton.units.push(u);
    return u;
  };
  unit('VN', 'Tổng Liên đoàn Lao động Việt Nam', 'national', null);

  const grassroots: Grassroots[] = [];
  const quotaTargets: Array<{ code: string; grassroots: Grassroots[] }> = [];
  const provinces =
    scale === 'province'
      ? [PROVINCES.find((p) => p.code === 'NAN')!, ...PROVINCES.filter((p) => p.code !== 'NAN')]
      : PROVINCES;
  provinces.slice(0, shape.provinces).forEach((province, provinceIndex) => {
    const full = province.code === shape.fullProvince;
    unit(province.code, federationName(province.name), 'province', 'VN');
    const provinceGrassroots: Grassroots[] = [];
    const districtNames = full
      ? NGHE_AN_DISTRICTS
      : Array.from(
          { length: dice.int(...shape.districts) },
          (_, i) => PLACE_NAMES[(i * 7 + provinceIndex * 5) % PLACE_NAMES.length]!,
        );
    const parents: Array<{ code: string; name: string; kind: UnitKind }> = [
      ...districtNames.map((name, i) => ({
        code: `${province.code}-H${pad(i + 1, 2)}`,
        name: `LĐLĐ huyện ${name}`,
        kind: 'district' as const,
      })),
      ...SECTORS.slice(0, full ? SECTORS.length : shape.sectors).map((name, i) => ({
        code: `${province.code}-N${pad(i + 1, 2)}`,
        name: `Công đoàn ngành ${name}`,
        kind: 'sector' as const,
      })),
      { code: `${province.code}-K01`, name: `Công đoàn các Khu công nghiệp ${province.name}`, kind: 'industrial_zone' },
    ];
    for (const parent of parents) {
      unit(parent.code, parent.name, parent.kind, province.code);
      // Some unions barely take part (the seed's Construction sector had 0).
      const parentActivity = dice.weighted([
        [0.05, 1],
        [0.5, 3],
        [1, 8],
        [1.8, 3],
      ] as const);
      const count = full ? dice.int(40, 80) : dice.int(...shape.grassroots);
      const ownGrassroots: Grassroots[] = [];
      for (let g = 1; g <= count; g++) {
        const code = `${parent.code}-C${pad(g, 3)}`;
        const place = dice.pick(PLACE_NAMES);
        const members = parent.kind === 'industrial_zone' ? dice.int(120, 900) : dice.int(18, 160);
        unit(code, `CĐCS ${dice.pick(WORKPLACE_PATTERNS)(place)}`, 'grassroots', parent.code, members);
        const gr = { code, members, activity: parentActivity * (0.4 + dice.next() * 1.2), provinceIndex };
        grassroots.push(gr);
        ownGrassroots.push(gr);
      }
      quotaTargets.push({ code: parent.code, grassroots: ownGrassroots });
      provinceGrassroots.push(...ownGrassroots);
    }
    quotaTargets.push({ code: province.code, grassroots: provinceGrassroots });
  });

  // Quotas from member totals: some units above, some below, as in any real phase.
  for (const phase of phases) {
    for (const target of quotaTargets) {
      const members = target.grassroots.reduce((s, g) => s + g.members, 0);
      const quota: QuotaRow = {
        row: 0,
        unitCode: target.code,
        phaseCode: phase.phaseCode,
        quota: Math.max(1, Math.round(members * 0.06)),
      };
      skeleton.quotas.push(quota);
    }
  }

  const byProvince = new Map<number, Grassroots[]>();
  for (const g of grassroots) byProvince.set(g.provinceIndex, [...(byProvince.get(g.provinceIndex) ?? []), g]);

  function* batches(): Generator<ParsedDataset> {
    let memberNo = 0;
    let initiativeNo = 0;
    for (const [, units] of byProvince) {
      const batch = emptyDataset();
      for (const g of units) {
        const roster: MemberRow[] = [];
        const size = Math.min(g.members, dice.int(...shape.roster));
        for (let m = 0; m < size; m++) {
          memberNo++;
          const middle = dice.pick(MIDDLE_NAMES);
          const member: MemberRow = {
            row: 0,
            code: `DV${pad(memberNo, 7)}`,
            fullName: `${dice.pick(SURNAMES)} ${middle} ${dice.pick(GIVEN_NAMES)}`,
            unitCode: g.code,
            phone: dice.chance(0.6) ? `+849${pad(dice.int(0, 99_999_999), 8)}` : null,
            jobTitle: dice.chance(0.7) ? dice.pick(JOB_TITLES) : null,
          };
          roster.push(member);
          batch.members.push(member);
        }
        for (const phase of phases) {
          const open = now < phase.endsAt;
          const elapsed = Math.max(
            0,
            Math.min(
              1,
              (now.getTime() - phase.startsAt.getTime()) / (phase.endsAt.getTime() - phase.startsAt.getTime()),
            ),
          );
          if (elapsed === 0 || roster.length === 0) continue;
          const count = Math.round(roster.length * g.activity * 1.3 * elapsed * (0.5 + dice.next()));
          for (let n = 0; n < count; n++)
            batch.initiatives.push(demoInitiative(dice, ++initiativeNo, g.code, roster, phase, now, open));
        }
      }
      yield batch;
    }
  }

  return { skeleton, batches, totals: { units: skeleton.units.length, phases: phases.length } };
}

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

function demoInitiative(
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
