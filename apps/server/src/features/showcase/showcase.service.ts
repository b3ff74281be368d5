/** The public showcase ("Tự hào trí tuệ lao động Việt Nam"): list, search, one initiative. */
import { searchTerms, type ShowcaseDetail, type ShowcaseItem, type ShowcaseList } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import { awardsOfInitiative } from '../awards/awards.service.ts';
import { consentDemoShare, findShowcaseItem, searchShowcase, type ShowcaseRow } from './showcase.repository.ts';

export const showcasePath = (code: string) => `/sang-kien-tieu-bieu/${encodeURIComponent(code)}`;
export const previewImagePath = (code: string) => `/api/v1/showcase/${encodeURIComponent(code)}/preview.png`;

export interface ShowcaseQuery {
  q?: string | undefined;
  field?: string | undefined;
  province?: string | undefined;
  benefit_min?: number | undefined;
  page: number;
  page_size: number;
}

function presentItem(row: ShowcaseRow): ShowcaseItem {
  return {
    code: row.code,
    title: row.title,
    field: row.field_name,
    field_code: row.field_code,
    unit_code: row.unit_code,
    unit_name: row.unit_name,
    province_name: row.province_name,
    authors: row.authors ?? [],
    benefit: row.benefit,
    benefit_vnd_year: row.benefit_vnd_year,
    recognised: row.recognised,
    outstanding_level: row.outstanding_level,
    url: showcasePath(row.code),
  };
}

export async function listShowcase(db: DbOrTx, query: ShowcaseQuery): Promise<ShowcaseList> {
  const { rows, total } = await searchShowcase(
    db,
    {
      terms: searchTerms(query.q ?? ''),
      fieldCode: query.field,
      provinceCode: query.province,
      benefitMin: query.benefit_min,
    },
    query.page,
    query.page_size,
  );
  return { items: rows.map(presentItem), total, page: query.page, page_size: query.page_size };
}

/** 404 for anything not in the showcase, whether it exists or not. */
export async function requireShowcaseItem(db: DbOrTx, code: string): Promise<ShowcaseRow> {
  const row = await findShowcaseItem(db, code);
  if (!row) throw notFound(`sáng kiến "${code}" trong trang sáng kiến tiêu biểu`);
  return row;
}

export async function getShowcaseItem(db: DbOrTx, code: string): Promise<ShowcaseDetail> {
  const row = await requireShowcaseItem(db, code);
  const awards = await awardsOfInitiative(db, row.id);
  return {
    ...presentItem(row),
    problem: row.problem,
    solution: row.solution,
    phase_name: row.phase_name,
    awards: awards.map((a) => ({
      kind_label: a.kind_label,
      level: a.level,
      decision_number: a.decision_number,
      decided_on: a.decided_on,
    })),
    image_url: previewImagePath(row.code),
  };
}

/** The demo's authors agree to publish a share of valid public initiatives, so the showcase is not empty. */
export const consentDemoInitiatives = (db: DbOrTx) => consentDemoShare(db);
