/** The four plain questions, the benefit in đồng with its period, the field and confidentiality. */
import {
  BENEFIT_PERIODS,
  BENEFIT_PERIOD_LABELS,
  CONFIDENTIALITY_LEVELS,
  CONFIDENTIALITY_LABELS,
} from '@sangkien/shared/enums';
import { formatNumber } from '@sangkien/shared/format';
import { Field } from '../../components/form/field.tsx';
import { useFields } from '../../api/member-queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { readMoney, type FormValues } from './form-values.ts';

export interface FieldsProps {
  values: FormValues;
  update(change: Partial<FormValues>): void;
  /** The message for a field, by the API's field name. */
  error(name: string): string | undefined;
}

const QUESTIONS = ['title', 'problem', 'solution', 'benefit'] as const;

export function ShortFields({ values, update, error }: FieldsProps) {
  const { t } = useI18n();
  const fields = useFields();
  const secret = values.confidentiality === 'confidential';
  return (
    <>
      {QUESTIONS.map((name) => (
        <Field
          key={name}
          id={`f-${name}`}
          label={t(`submit.q.${name}`)}
          hint={t(`submit.q.${name}.hint`)}
          error={error(name)}
          required={name === 'title' || name === 'benefit' || !secret}
        >
          {(aria) =>
            name === 'title' ? (
              <input
                {...aria}
                name={name}
                value={values.title}
                maxLength={300}
                autoComplete="off"
                onChange={(e) => update({ title: e.target.value })}
              />
            ) : (
              <textarea
                {...aria}
                name={name}
                value={values[name]}
                rows={4}
                onChange={(e) => update({ [name]: e.target.value })}
              />
            )
          }
        </Field>
      ))}
      <div className="field-row">
        <Field
          id="f-benefit_vnd"
          label={t('submit.benefitVnd')}
          hint={t('submit.benefitVnd.hint')}
          error={error('benefit_vnd')}
        >
          {(aria) => (
            <input
              {...aria}
              name="benefit_vnd"
              inputMode="numeric"
              autoComplete="off"
              value={values.benefit_vnd}
              onChange={(e) => update({ benefit_vnd: e.target.value })}
              onBlur={() => {
                const money = readMoney(values.benefit_vnd);
                if (typeof money === 'number') update({ benefit_vnd: formatNumber(money) });
              }}
            />
          )}
        </Field>
        <Field id="f-benefit_period" label={t('submit.benefitPeriod')} error={error('benefit_period')}>
          {(aria) => (
            <select
              {...aria}
              name="benefit_period"
              value={values.benefit_period}
              onChange={(e) => update({ benefit_period: e.target.value as FormValues['benefit_period'] })}
            >
              {BENEFIT_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {BENEFIT_PERIOD_LABELS[p]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {fields.data && fields.data.length > 0 && (
        <Field id="f-field_code" label={t('submit.field')} hint={t('submit.field.hint')} error={error('field_code')}>
          {(aria) => (
            <select
              {...aria}
              name="field_code"
              value={values.field_code}
              onChange={(e) => update({ field_code: e.target.value })}
            >
              <option value="">{t('submit.field.none')}</option>
              {(fields.data ?? []).map((f) => (
                <option key={f.code} value={f.code}>
                  {f.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        id="f-confidentiality"
        label={t('submit.confidentiality')}
        hint={t('submit.confidentiality.hint')}
        error={error('confidentiality')}
      >
        {(aria) => (
          <select
            {...aria}
            name="confidentiality"
            value={values.confidentiality}
            onChange={(e) => update({ confidentiality: e.target.value as FormValues['confidentiality'] })}
          >
            {CONFIDENTIALITY_LEVELS.map((c) => (
              <option key={c} value={c}>
                {CONFIDENTIALITY_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
