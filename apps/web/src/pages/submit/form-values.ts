/** What the form holds (text as typed), and how it becomes the API's content and back. */
import type { InitiativeContent, InitiativeDetail } from '@sangkien/shared/initiatives';
import type { BenefitPeriod, Confidentiality } from '@sangkien/shared/enums';
import { formatNumber } from '@sangkien/shared/format';
import { parseVietnameseInteger } from '@sangkien/shared/numbers';

export interface AuthorRow {
  member_code: string;
  full_name: string;
  contribution_percent: string;
  date_of_birth: string;
  workplace: string;
  job_title: string;
  qualification: string;
}

export interface FormValues {
  form_kind: 'short' | 'full';
  title: string;
  problem: string;
  solution: string;
  benefit: string;
  benefit_vnd: string;
  benefit_period: BenefitPeriod;
  field_code: string;
  confidentiality: Confidentiality;
  authors: AuthorRow[];
  investor: string;
  application_field: string;
  first_applied_on: string;
  confidential_info: string;
  application_conditions: string;
  benefit_by_appliers: string;
  recognition_evidence: string;
  award_info: string;
}

export const LONG_TEXT_FIELDS = [
  'confidential_info',
  'application_conditions',
  'benefit_by_appliers',
  'recognition_evidence',
] as const;

export function emptyValues(formKind: 'short' | 'full'): FormValues {
  return {
    form_kind: formKind,
    title: '',
    problem: '',
    solution: '',
    benefit: '',
    benefit_vnd: '',
    benefit_period: 'year',
    field_code: '',
    confidentiality: 'internal',
    authors: [],
    investor: '',
    application_field: '',
    first_applied_on: '',
    confidential_info: '',
    application_conditions: '',
    benefit_by_appliers: '',
    recognition_evidence: '',
    award_info: '',
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Reads `4.955.909.731`, `4955909731`, `4 955 909 731 đ`; undefined when it cannot be read. */
export function readMoney(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  return parseVietnameseInteger(text) ?? undefined;
}

export function readPercent(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const n = Number(text.trim().replace(',', '.').replace(/%$/, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** The content to save; values that cannot be read yet are left out (the page says why). */
export function toContent(values: FormValues): InitiativeContent {
  const content: InitiativeContent = {
    form_kind: values.form_kind,
    title: values.title.trim(),
    problem: orNull(values.problem),
    solution: orNull(values.solution),
    benefit: orNull(values.benefit),
    benefit_period: values.benefit_period,
    field_code: orNull(values.field_code),
    confidentiality: values.confidentiality,
  };
  const money = readMoney(values.benefit_vnd);
  if (money !== undefined) content.benefit_vnd = money;
  if (values.form_kind === 'full') {
    content.investor = orNull(values.investor);
    content.application_field = orNull(values.application_field);
    content.first_applied_on = orNull(values.first_applied_on);
    content.award_info = orNull(values.award_info);
    for (const key of LONG_TEXT_FIELDS) content[key] = orNull(values[key]);
    if (values.authors.length > 0) {
      content.authors = values.authors.map((a) => ({
        member_code: a.member_code,
        contribution_percent: readPercent(a.contribution_percent) ?? null,
        date_of_birth: orNull(a.date_of_birth),
        workplace: orNull(a.workplace),
        job_title: orNull(a.job_title),
        qualification: orNull(a.qualification),
      }));
    }
  }
  return content;
}

export function fromDetail(detail: InitiativeDetail): FormValues {
  const text = (value: string | null | undefined) => value ?? '';
  return {
    form_kind: detail.form_kind,
    title: detail.title,
    problem: text(detail.problem),
    solution: text(detail.solution),
    benefit: text(detail.benefit),
    benefit_vnd: detail.benefit_vnd === null ? '' : formatNumber(detail.benefit_vnd),
    benefit_period: detail.benefit_period,
    field_code: detail.field?.code ?? '',
    confidentiality: detail.confidentiality,
    authors: detail.authors.map((a) => ({
      member_code: a.member_code,
      full_name: a.full_name,
      contribution_percent: a.contribution_percent === null ? '' : String(a.contribution_percent),
      date_of_birth: text(a.date_of_birth),
      workplace: text(a.workplace),
      job_title: text(a.job_title),
      qualification: text(a.qualification),
    })),
    investor: text(detail.investor),
    application_field: text(detail.application_field),
    first_applied_on: text(detail.first_applied_on),
    confidential_info: text(detail.confidential_info),
    application_conditions: text(detail.application_conditions),
    benefit_by_appliers: text(detail.benefit_by_appliers),
    recognition_evidence: text(detail.recognition_evidence),
    award_info: text(detail.award_info),
  };
}
