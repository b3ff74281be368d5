/** The initiative's text as written, field by field (shared by the member and the reviewer). */
import type { InitiativeDetail } from '@sangkien/shared/initiatives';
import { BENEFIT_PERIOD_LABELS, CONFIDENTIALITY_LABELS } from '@sangkien/shared/enums';
import { formatDate, formatMoney } from '@sangkien/shared/format';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldLabel } from '../submit/field-label.ts';

const TEXTS = [
  'problem',
  'solution',
  'benefit',
  'investor',
  'application_field',
  'confidential_info',
  'application_conditions',
  'benefit_by_appliers',
  'recognition_evidence',
  'award_info',
] as const;

export function InitiativeContent({ detail }: { detail: InitiativeDetail }) {
  const { t } = useI18n();
  return (
    <dl className="content-list">
      <dt>{t('detail.authors')}</dt>
      <dd>
        {detail.authors
          .map((a) => (a.contribution_percent === null ? a.full_name : `${a.full_name} (${a.contribution_percent}%)`))
          .join(', ')}
        {detail.on_behalf && detail.entered_by && (
          <span className="muted"> · {t('detail.enteredBy', { name: detail.entered_by })}</span>
        )}
      </dd>
      <dt>{t('detail.unit')}</dt>
      <dd>{detail.unit.name}</dd>
      <dt>{fieldLabel('field_code', t)}</dt>
      <dd>{detail.field?.name ?? '—'}</dd>
      <dt>{fieldLabel('confidentiality', t)}</dt>
      <dd>{CONFIDENTIALITY_LABELS[detail.confidentiality]}</dd>
      {TEXTS.filter((name) => detail[name]).map((name) => (
        <div key={name}>
          <dt>{fieldLabel(name, t)}</dt>
          <dd className="prewrap">{detail[name]}</dd>
        </div>
      ))}
      {detail.benefit_vnd !== null && (
        <>
          <dt>{fieldLabel('benefit_vnd', t)}</dt>
          <dd>
            {formatMoney(detail.benefit_vnd)} / {BENEFIT_PERIOD_LABELS[detail.benefit_period].toLowerCase()}
          </dd>
        </>
      )}
      {detail.first_applied_on && (
        <>
          <dt>{fieldLabel('first_applied_on', t)}</dt>
          <dd>{formatDate(`${detail.first_applied_on}T12:00:00+07:00`)}</dd>
        </>
      )}
      {detail.attachments.length > 0 && (
        <>
          <dt>{fieldLabel('attachments', t)}</dt>
          <dd>
            <ul>
              {detail.attachments.map((a) => (
                <li key={a.id}>
                  <a href={a.url}>{a.file_name}</a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
