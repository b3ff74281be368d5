/** Runs of text with emphasis: the prose rules produce them, the DOCX layer lays them out. */
import { formatNumber, type BenefitPeriod } from '@sangkien/shared';

export interface Segment {
  text: string;
  italic?: boolean;
  bold?: boolean;
  /** Left for a person to fill in: highlighted, never invented. */
  mark?: boolean;
}

/** One paragraph of prose. */
export type Prose = Segment[];

export const plain = (text: string): Segment => ({ text });

/** "[Đơn vị bổ sung: …]": a marked gap for what needs human judgement. */
export const gap = (what: string): Segment => ({ text: `[Đơn vị bổ sung: ${what}]`, italic: true, mark: true });

export const proseText = (prose: Prose) => prose.map((s) => s.text).join('');

/**
 * "Chương trình “01 triệu sáng kiến …”"; a name that already says "Chương trình …" stands as it is.
 */
export function programmeTitle(name: string): string {
  return /^chương trình\s/iu.test(name.normalize('NFC')) ? name : `Chương trình “${name}”`;
}

/** "A", "A và B", "A, B và C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

/** No-break spaces keep a period such as "đồng/6 tháng" whole; the line may break before it. */
const NBSP = '\u00a0';

const PER_PERIOD: Record<BenefitPeriod, string> = {
  once: `đồng${NBSP}(một${NBSP}lần)`,
  month: 'đồng/tháng',
  half_year: `đồng/6${NBSP}tháng`,
  year: 'đồng/năm',
};

/** `4.955.909.731 đồng/6 tháng`, as the author stated it. */
export function benefitText(t: { benefit_vnd: number; benefit_period: BenefitPeriod }): string {
  return `${formatNumber(t.benefit_vnd)} ${PER_PERIOD[t.benefit_period]}`;
}
