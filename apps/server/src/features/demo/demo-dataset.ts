/**
 * Realistic demo data in the import's row format, generated from a seed so every run is the
 * same: a national root, provinces, district/sector/industrial-zone unions, grassroots unions,
 * a member roster, two phases around today, quotas and initiatives with the seed's status mix.
 */
import type { UnitKind } from '@sangkien/shared';
import { vietnamInstant } from '@sangkien/shared';
import { demoInitiative } from './demo-initiative.ts';
import { Dice, seededRandom } from './demo-random.ts';
import {
  emptyDataset,
  type MemberRow,
  type ParsedDataset,
  type PhaseRow,
  type QuotaRow,
  type UnitRow,
} from '../datasets/dataset-rows.ts';
import {
  GIVEN_NAMES,
  JOB_TITLES,
  MIDDLE_NAMES,
  NGHE_AN_DISTRICTS,
  PLACE_NAMES,
  PROVINCES,
  SECTORS,
  SURNAMES,
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
