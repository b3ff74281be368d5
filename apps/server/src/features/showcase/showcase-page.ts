/**
 * The HTML of a showcase page: the web app's index.html with the initiative's title and Open
 * Graph tags in its head, so a link shared on Zalo or Facebook shows a card with the preview.
 */
import { LEVEL_LABELS } from '../councils/councils.rules.ts';
import type { ShowcaseRow } from './showcase.repository.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function showcaseDescription(row: ShowcaseRow): string {
  const badge = row.outstanding_level ? `Sáng kiến tiêu biểu ${LEVEL_LABELS[row.outstanding_level]}. ` : '';
  const authors = row.authors?.length ? `Tác giả: ${row.authors.join(', ')}, ${row.unit_name}. ` : '';
  return clip(`${badge}${authors}${row.benefit ?? row.solution ?? row.problem ?? ''}`.trim(), 300);
}

export function showcasePageHtml(
  indexHtml: string | null,
  row: ShowcaseRow,
  urls: { page: string; image: string },
): string {
  const title = `${row.title} — Sáng kiến tiêu biểu`;
  const description = showcaseDescription(row);
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<link rel="canonical" href="${escapeHtml(urls.page)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="Sáng Kiến — Tự hào trí tuệ lao động Việt Nam">`,
    `<meta property="og:locale" content="vi_VN">`,
    `<meta property="og:title" content="${escapeHtml(row.title)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    `<meta property="og:url" content="${escapeHtml(urls.page)}">`,
    `<meta property="og:image" content="${escapeHtml(urls.image)}">`,
    `<meta property="og:image:type" content="image/png">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta name="twitter:card" content="summary_large_image">`,
  ].join('\n    ');
  if (indexHtml === null) {
    return `<!doctype html>\n<html lang="vi">\n  <head>\n    <meta charset="utf-8">\n    ${tags}\n  </head>\n  <body><h1>${escapeHtml(row.title)}</h1><p>${escapeHtml(description)}</p></body>\n</html>\n`;
  }
  return indexHtml.replace(/<title>[\s\S]*?<\/title>/, '').replace('</head>', `    ${tags}\n  </head>`);
}
