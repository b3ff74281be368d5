/**
 * The weekly bulletin as a 1080×1350 picture, without a browser: satori lays the page out as
 * SVG (text kept as <text>, so the words stay searchable and testable) and resvg rasterises it
 * with the bundled Be Vietnam Pro, which has every Vietnamese glyph.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { formatDateTime, formatNumber, formatPercent } from '@sangkien/shared';
import {
  BULLETIN_LEADERS,
  BULLETIN_SLOGAN,
  movementMark,
  quotaPercent,
  type BulletinData,
  type BulletinLeader,
} from './bulletin.rules.ts';

export const BULLETIN_WIDTH = 1080;
export const BULLETIN_HEIGHT = 1350;
const FAMILY = 'Be Vietnam Pro';
const RED = '#b91c1c';
const INK = '#1f2937';
const MUTED = '#4b5563';

const fontDir = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
const FONT_FILES = [
  path.join(fontDir, '400Regular/BeVietnamPro_400Regular.ttf'),
  path.join(fontDir, '700Bold/BeVietnamPro_700Bold.ttf'),
];
let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | null = null;
function loadFonts() {
  fonts ??= [
    { name: FAMILY, data: fs.readFileSync(FONT_FILES[0]!), weight: 400, style: 'normal' },
    { name: FAMILY, data: fs.readFileSync(FONT_FILES[1]!), weight: 700, style: 'normal' },
  ];
  return fonts;
}

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: Array<Node | string> | Node | string };
}
const el = (style: Record<string, unknown>, ...children: Array<Node | string>): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

function movementColour(movement: number | null): string {
  if (movement === null) return '#1d4ed8';
  if (movement === 0) return MUTED;
  return movement > 0 ? '#15803d' : RED;
}

function leaderRow(leader: BulletinLeader): Node {
  return el(
    { alignItems: 'center', padding: '18px 0', borderBottom: '2px solid #e5e7eb', fontSize: 34 },
    el({ width: 70, fontWeight: 700, color: RED }, `${leader.rank}.`),
    el({ flex: 1, color: INK, paddingRight: 20 }, leader.name),
    el({ width: 150, justifyContent: 'flex-end', fontWeight: 700, color: INK }, formatNumber(leader.submissions)),
    el(
      { width: 110, justifyContent: 'flex-end', fontWeight: 700, color: movementColour(leader.movement) },
      movementMark(leader.movement),
    ),
  );
}

function layout(data: BulletinData): Node {
  const percent = quotaPercent(data.submissions, data.quota);
  const bar = Math.max(0, Math.min(100, percent ?? 0));
  const leaders = data.leaders.slice(0, BULLETIN_LEADERS);
  return el(
    {
      width: '100%',
      height: '100%',
      flexDirection: 'column',
      background: '#fff',
      fontFamily: FAMILY,
      color: INK,
    },
    el(
      { flexDirection: 'column', background: RED, color: '#fff', padding: '56px 64px 48px' },
      el({ fontSize: 36, fontWeight: 700, letterSpacing: 2 }, 'BẢN TIN THI ĐUA SÁNG KIẾN'),
      el({ fontSize: 50, fontWeight: 700, marginTop: 16, lineHeight: 1.2 }, data.unitName),
      el({ fontSize: 30, marginTop: 16 }, `${data.phaseName} · ${formatDateTime(data.takenAt)}`),
    ),
    el(
      { flexDirection: 'column', padding: '48px 64px 24px' },
      el(
        { alignItems: 'flex-end' },
        el({ fontSize: 110, fontWeight: 700, color: RED, lineHeight: 1 }, formatNumber(data.submissions)),
        el({ fontSize: 36, marginLeft: 20, marginBottom: 12 }, 'sáng kiến'),
      ),
      el(
        { marginTop: 28, height: 36, background: '#fde2e2', borderRadius: 18, width: '100%' },
        el({ width: `${bar}%`, height: 36, background: RED, borderRadius: 18 }),
      ),
      el(
        { marginTop: 16, fontSize: 32, color: MUTED },
        percent === null
          ? 'Chưa giao chỉ tiêu'
          : `Đạt ${formatPercent(percent)} chỉ tiêu ${formatNumber(data.quota ?? 0)}`,
      ),
      el(
        { marginTop: 12, fontSize: 32, color: MUTED },
        data.weekSubmissions === null
          ? `${formatNumber(data.valid)} hợp lệ`
          : `${formatNumber(data.valid)} hợp lệ · tuần qua thêm ${formatNumber(data.weekSubmissions)}`,
      ),
      ...(data.rank
        ? [
            el(
              { marginTop: 12, fontSize: 32, color: MUTED },
              `Xếp thứ ${data.rank.position}/${data.rank.of} (${movementMark(data.rank.movement)}) trong ${data.rank.parentName}`,
            ),
          ]
        : []),
    ),
    el(
      { flexDirection: 'column', padding: '8px 64px', flex: 1 },
      ...(leaders.length > 0
        ? [
            el(
              {
                alignItems: 'flex-end',
                fontSize: 26,
                color: MUTED,
                paddingBottom: 8,
                borderBottom: '2px solid #e5e7eb',
              },
              el({ flex: 1, fontSize: 38, fontWeight: 700, color: RED }, 'Dẫn đầu'),
              el({ width: 150, justifyContent: 'flex-end' }, 'Sáng kiến'),
              el({ width: 110, justifyContent: 'flex-end' }, 'Thứ hạng'),
            ),
            ...leaders.map(leaderRow),
          ]
        : []),
    ),
    el(
      {
        justifyContent: 'center',
        padding: '28px 64px',
        background: '#fef2f2',
        fontSize: 32,
        fontWeight: 700,
        color: RED,
      },
      BULLETIN_SLOGAN,
    ),
  );
}

/** The page as SVG with its words as <text> elements. */
export async function renderBulletinSvg(data: BulletinData): Promise<string> {
  return satori(layout(data) as unknown as Parameters<typeof satori>[0], {
    width: BULLETIN_WIDTH,
    height: BULLETIN_HEIGHT,
    embedFont: false,
    fonts: loadFonts(),
  });
}

export function rasteriseBulletin(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FAMILY },
  });
  return resvg.render().asPng();
}
