/** What a weekly bulletin says: pure, so the text and the picture tell the same story. */
import { formatDateTime, formatNumber, formatPercent } from '@sangkien/shared';

export interface BulletinLeader {
  name: string;
  submissions: number;
  rank: number;
  /** Places gained since the previous snapshot (negative: lost); null when not ranked before. */
  movement: number | null;
}

export interface BulletinData {
  unitName: string;
  phaseName: string;
  /** The snapshot's moment. */
  takenAt: Date;
  submissions: number;
  valid: number;
  quota: number | null;
  /** Submissions since the previous snapshot; null for the first one. */
  weekSubmissions: number | null;
  /** The unit's place among its siblings, when it has a parent. */
  rank: { position: number; of: number; movement: number | null; parentName: string } | null;
  /** Its children's leaders, best first (at most five are shown). */
  leaders: BulletinLeader[];
}

export const BULLETIN_LEADERS = 5;
export const BULLETIN_SLOGAN = 'Tự hào trí tuệ lao động Việt Nam';

/** `+2`, `-1`, `=` or `mới`: the short form shown on the picture. */
export function movementMark(movement: number | null): string {
  if (movement === null) return 'mới';
  if (movement === 0) return '=';
  return movement > 0 ? `+${movement}` : `${movement}`;
}

/** "tăng 2 bậc", "giảm 1 bậc", "giữ nguyên", "mới vào bảng". */
export function movementWords(movement: number | null): string {
  if (movement === null) return 'mới vào bảng';
  if (movement === 0) return 'giữ nguyên';
  return movement > 0 ? `tăng ${movement} bậc` : `giảm ${-movement} bậc`;
}

/** Share of the quota reached, in percent; null without a quota. */
export function quotaPercent(submissions: number, quota: number | null): number | null {
  return quota && quota > 0 ? (submissions * 100) / quota : null;
}

export function bulletinHeadline(data: BulletinData): string {
  return `Bản tin thi đua sáng kiến — ${data.unitName}, ${formatDateTime(data.takenAt)}`;
}

/** The short Vietnamese text to post beside the picture (Zalo, Facebook). */
export function bulletinText(data: BulletinData): string {
  const lines = [bulletinHeadline(data), `${data.phaseName}.`];
  const percent = quotaPercent(data.submissions, data.quota);
  const reached =
    percent === null
      ? `${formatNumber(data.submissions)} sáng kiến đã đăng ký`
      : `${formatNumber(data.submissions)} sáng kiến đã đăng ký, đạt ${formatPercent(percent)} chỉ tiêu ${formatNumber(data.quota ?? 0)}`;
  const week = data.weekSubmissions === null ? '' : `; tuần qua thêm ${formatNumber(data.weekSubmissions)}`;
  lines.push(`${reached}; ${formatNumber(data.valid)} sáng kiến hợp lệ${week}.`);
  if (data.rank) {
    lines.push(
      `Xếp thứ ${data.rank.position}/${data.rank.of} trong ${data.rank.parentName} (${movementWords(data.rank.movement)}).`,
    );
  }
  const leaders = data.leaders.slice(0, BULLETIN_LEADERS);
  if (leaders.length > 0) {
    lines.push('Dẫn đầu tuần này:');
    for (const leader of leaders) {
      lines.push(
        `${leader.rank}. ${leader.name}: ${formatNumber(leader.submissions)} sáng kiến (${movementWords(leader.movement)})`,
      );
    }
  }
  lines.push(`${BULLETIN_SLOGAN}!`);
  return lines.join('\n');
}
