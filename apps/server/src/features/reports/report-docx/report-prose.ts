/**
 * The report's results written as Vietnamese prose in the style of the federations' own reports
 * ("… có 21.725 lượt nộp sáng kiến, đạt 724,2% chỉ tiêu giai đoạn, xếp thứ 5/34 toàn quốc …").
 * Pure: the same `PhaseReport` as the JSON; the DOCX layer only lays the segments out.
 */
import { formatDate, formatNumber, formatPercent, type PhaseReport, type ReportChild } from '@sangkien/shared';
import { benefitText, joinList, plain, programmeTitle, type Prose, type Segment } from './prose-segments.ts';

/** How many leading children the prose names. */
export const LEADING_UNITS = 5;
/** How many children below quota the prose names before "and N others". */
export const LISTED_BELOW_QUOTA = 8;
/** "Almost none": at most this share of the children's average submissions. */
export const ALMOST_NONE_SHARE = 0.1;

const phaseEnded = (report: PhaseReport) => new Date(report.as_of) >= new Date(report.phase.ends_at);
const asOfDate = (report: PhaseReport) => formatDate(report.as_of);

/** "Kết thúc Giai đoạn I" once the phase is over, else "Tính đến ngày 15/04/2022". */
export function momentPhrase(report: PhaseReport): string {
  return phaseEnded(report) ? `Kết thúc ${report.phase.name}` : `Tính đến ngày ${asOfDate(report)}`;
}

function rankClause(report: PhaseReport): string | null {
  const rank = report.rank;
  if (!rank) return null;
  const scope = rank.parent_kind === 'national' ? 'toàn quốc' : `trong ${rank.parent_name}`;
  return `xếp thứ ${rank.position}/${rank.of} ${scope}`;
}

/** The headline: submissions, % of quota, rank, then valid / under review / invalid. */
export function headlineParagraph(report: PhaseReport): Prose {
  const clauses: string[] = [];
  const quota = report.quota;
  if (report.submissions === 0) {
    clauses.push(`${report.unit.name} chưa có lượt nộp sáng kiến nào`);
    if (quota !== null) clauses.push(`chỉ tiêu giai đoạn là ${formatNumber(quota)} sáng kiến`);
  } else {
    clauses.push(`${report.unit.name} có ${formatNumber(report.submissions)} lượt nộp sáng kiến`);
    if (quota === null) clauses.push('chưa được giao chỉ tiêu giai đoạn');
    else
      clauses.push(
        `đạt ${formatPercent(report.quota_percent)} chỉ tiêu giai đoạn (chỉ tiêu ${formatNumber(quota)} sáng kiến; ` +
          `tính theo sáng kiến hợp lệ đạt ${formatPercent(report.valid_quota_percent)})`,
      );
  }
  const rank = rankClause(report);
  if (rank) clauses.push(rank);
  const head = `Kết quả ghi nhận trên hệ thống, tính đến ngày ${asOfDate(report)}: `;
  if (report.submissions === 0) return [plain(`${head}${clauses.join(', ')}.`)];
  const parts = [
    `số sáng kiến hợp lệ là ${formatNumber(report.valid)}`,
    `số sáng kiến đang xem xét là ${formatNumber(report.pending)}`,
    ...(report.invalid > 0 ? [`số sáng kiến không hợp lệ là ${formatNumber(report.invalid)}`] : []),
  ];
  return [plain(head), { text: clauses.join(', '), italic: true }, plain(`; trong đó: ${parts.join('; ')}.`)];
}

/** Participating grassroots unions and members, members in total, initiatives per member, benefit. */
export function participationParagraph(report: PhaseReport): Prose {
  const programme = report.programme.name ? ` ${programmeTitle(report.programme.name)}` : '';
  const who =
    report.members_participating === 0
      ? 'chưa có đoàn viên nào tham gia'
      : report.unit.kind === 'grassroots'
        ? `có ${formatNumber(report.members_participating)} đoàn viên tham gia`
        : `có ${formatNumber(report.grassroots_participating)} công đoàn cơ sở với ` +
          `${formatNumber(report.members_participating)} đoàn viên công đoàn tham gia`;
  let text = `Tính đến ngày ${asOfDate(report)}, ${report.unit.name} ${who}${programme}`;
  if (report.members > 0 && report.rate_percent !== null) {
    text += `; tổng số đoàn viên là ${formatNumber(report.members)}, tỷ lệ sáng kiến/đoàn viên đạt ${formatPercent(report.rate_percent)}`;
  }
  text += '.';
  if (report.benefit_vnd_total > 0) {
    text += ` Tổng giá trị làm lợi ước tính của các sáng kiến hợp lệ là ${formatNumber(report.benefit_vnd_total)} đồng/năm.`;
  }
  return [plain(text)];
}

function childFigures(child: ReportChild, withRate: boolean): string {
  const parts: string[] = [];
  if (child.quota_percent !== null) parts.push(`đạt ${formatPercent(child.quota_percent)} chỉ tiêu`);
  if (withRate && child.rate_percent !== null)
    parts.push(`tỷ lệ sáng kiến/đoàn viên ${formatPercent(child.rate_percent)}`);
  const count = `${child.name} có ${formatNumber(child.submissions)} sáng kiến`;
  return parts.length > 0 ? `${count} (${parts.join('; ')})` : count;
}

/** The children with most submissions, with their rates; null when none has any. */
export function leadingUnitsParagraph(report: PhaseReport): Prose | null {
  const leading = report.children.filter((c) => c.submissions > 0).slice(0, LEADING_UNITS);
  if (leading.length === 0) return null;
  return [
    plain(
      `${momentPhrase(report)}, các đơn vị có số lượng sáng kiến cao nhất gồm: ` +
        `${leading.map((c) => childFigures(c, true)).join('; ')}.`,
    ),
  ];
}

/** Children with submissions at most a tenth of the children's average (zero included). */
export function almostNoneChildren(report: PhaseReport): ReportChild[] {
  if (report.children.length < 2) return [];
  const average = report.children.reduce((sum, c) => sum + c.submissions, 0) / report.children.length;
  const ceiling = Math.floor(average * ALMOST_NONE_SHARE);
  return report.children.filter((c) => c.submissions <= ceiling).sort((a, b) => a.submissions - b.submissions);
}

/** Bullets of the "shortcomings" section that figures can state: below quota, almost none, backlog. */
export function shortcomingBullets(report: PhaseReport): Prose[] {
  const bullets: Prose[] = [];
  const almostNone = almostNoneChildren(report);
  const skip = new Set(almostNone.map((c) => c.code));
  const byCode = new Map(report.children.map((c) => [c.code, c]));
  const below = report.below_quota.map((code) => byCode.get(code)!).filter((c) => c && !skip.has(c.code));
  if (below.length > 0) {
    const named = below.slice(0, LISTED_BELOW_QUOTA).map((c) => childFigures(c, false));
    const more = below.length - named.length;
    bullets.push([
      plain(
        `- Một số đơn vị chưa đạt chỉ tiêu được giao: ${named.join('; ')}${more > 0 ? `; và ${formatNumber(more)} đơn vị khác` : ''}.`,
      ),
    ]);
  }
  if (almostNone.length > 0) {
    const zero = almostNone.some((c) => c.submissions === 0);
    const list = joinList(almostNone.map((c) => `${c.name}: ${formatNumber(c.submissions)} sáng kiến`));
    bullets.push([
      plain(`- Một số đơn vị có rất ít sáng kiến${zero ? ', có đơn vị chưa có sáng kiến nào' : ''} (${list}).`),
    ]);
  }
  if (report.pending > 0 && report.submissions > 0) {
    const share = (report.pending / report.submissions) * 100;
    bullets.push([
      plain(
        `- Còn ${formatNumber(report.pending)} sáng kiến đang xem xét, chiếm ${formatPercent(share)} tổng số lượt nộp.`,
      ),
    ]);
  }
  return bullets;
}

/** The initiatives with the largest benefit; confidential ones without title or authors. */
export function topInitiativesParagraph(report: PhaseReport): Prose | null {
  if (report.top_initiatives.length === 0) return null;
  const segments: Segment[] = [
    plain(
      `Trong ${formatNumber(report.submissions)} lượt nộp sáng kiến có nhiều sáng kiến có giá trị làm lợi cao như: `,
    ),
  ];
  report.top_initiatives.forEach((t, i) => {
    if (i > 0) segments.push(plain('; '));
    if (t.confidential) {
      segments.push(plain(`Sáng kiến ${t.title}, giá trị làm lợi ${benefitText(t)}, của ${t.unit_name}`));
      return;
    }
    segments.push(plain('Sáng kiến “'), { text: t.title, italic: true }, plain('”'));
    const by = t.authors.length > 0 ? ` của ${joinList(t.authors)}, ${t.unit_name}` : `, ${t.unit_name}`;
    segments.push(plain(`, giá trị làm lợi ${benefitText(t)}${by}`));
  });
  segments.push(plain('.'));
  return segments;
}
