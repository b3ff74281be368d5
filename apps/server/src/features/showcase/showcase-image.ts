/**
 * The 1200×630 preview image of a showcase page (Open Graph, for Zalo and Facebook), drawn with
 * satori and rasterised by resvg, in Be Vietnam Pro (its Latin and Vietnamese subsets bundled
 * by @fontsource; no download at runtime).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;

/** The Latin subset first, the Vietnamese one for the letters it lacks. */
function loadFonts(): Font[] {
  fonts ??= (['latin', 'vietnamese'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `BVP-${subset}`,
      data: fs.readFileSync(path.join(FONT_DIR, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export interface PreviewContent {
  title: string;
  place: string;
  badge: string | null;
  authors: string;
}

const el = (type: string, style: Record<string, unknown>, children: unknown) => ({ type, props: { style, children } });

export async function renderPreviewPng(content: PreviewContent): Promise<Buffer> {
  const title = content.title.length > 120 ? `${content.title.slice(0, 117)}…` : content.title;
  const tree = el(
    'div',
    {
      width: 1200,
      height: 630,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: 64,
      background: 'linear-gradient(135deg, #8b0000 0%, #c8102e 60%, #e8a317 100%)',
      color: '#ffffff',
      fontFamily: 'BVP-latin, BVP-vietnamese',
    },
    [
      el(
        'div',
        { display: 'flex', fontSize: 30, fontWeight: 700, color: '#ffe08a' },
        'TỰ HÀO TRÍ TUỆ LAO ĐỘNG VIỆT NAM',
      ),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        ...(content.badge
          ? [el('div', { display: 'flex', fontSize: 28, marginBottom: 16, color: '#ffe08a' }, content.badge)]
          : []),
        el('div', { display: 'flex', fontSize: title.length > 70 ? 50 : 62, fontWeight: 700, lineHeight: 1.2 }, title),
        el('div', { display: 'flex', fontSize: 28, marginTop: 24 }, content.authors),
      ]),
      el('div', { display: 'flex', fontSize: 26, opacity: 0.9 }, `${content.place} · Sáng Kiến`),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
